import { z } from 'zod'
import { isSourceId, type SourceId } from '@/lib/policy/sources'
import { isCalendarDate } from '@/lib/policy/dates'

/** Billing channels a cancel guide can be about. */
export const channels = ['web', 'app', 'apple', 'google'] as const
/** Topics for every other guide. */
export const topics = ['home', 'cancel', 'refunds', 'delete-account', 'help', 'sources'] as const

const calendarDate = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? 'must be a quoted date like "2026-11-26" (YAML turns an unquoted date into a timestamp)'
        : 'must be a quoted date like "2026-11-26"',
  })
  .refine(isCalendarDate, { message: 'must be a real calendar date written YYYY-MM-DD' })

const slugPath = z
  .string()
  .regex(/^(\/|(\/[a-z0-9-]+)+)$/, { message: 'must be a site path like "/cancel/web"' })

export const frontmatterSchema = z
  .strictObject({
    title: z.string().min(3).max(90),
    /** Used in search results and share cards. */
    description: z.string().min(30).max(180),
    /** Short name for breadcrumbs and navigation. */
    navTitle: z.string().min(2).max(40).optional(),
    channel: z.enum(channels).optional(),
    topic: z.enum(topics).optional(),
    reviewed: calendarDate,
    sources: z
      .array(z.string())
      .min(1, { message: 'must list at least one source id' })
      .refine((ids) => ids.every(isSourceId), {
        error: (issue) => {
          const ids = issue.input as string[]
          const unknown = ids.filter((id) => !isSourceId(id))
          return `has unknown source ids: ${unknown.join(', ')} (see lib/policy/sources.ts)`
        },
      })
      .transform((ids) => ids as SourceId[]),
    /** The "In short" box at the top of the guide, for the reader in a hurry. */
    summary: z.string().min(20).max(400).optional(),
    /**
     * On a page of another edition than English: the address of its English twin. Each
     * French page declares it; an English page never does.
     */
    translationOf: slugPath.optional(),
    /** Paths of related guides, shown at the end of the page. */
    related: z.array(slugPath).default([]),
    /** An honest difficulty and time estimate, with what it is based on. */
    effort: z
      .strictObject({
        difficulty: z.enum(['easy', 'medium', 'hard']),
        minutes: z.number().int().positive().max(120),
        basis: z.string().min(10),
      })
      .optional(),
  })
  .refine((fm) => (fm.channel === undefined) !== (fm.topic === undefined), {
    message: 'needs exactly one of "channel" or "topic"',
    path: ['channel'],
  })

export type Frontmatter = z.infer<typeof frontmatterSchema>

/**
 * Validates one guide's frontmatter. A bad file fails the build with the file name and the
 * field, never a cast.
 */
export function parseFrontmatter(file: string, data: unknown): Frontmatter {
  const result = frontmatterSchema.safeParse(data)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(frontmatter)'
    return `  - ${field}: ${issue.message}`
  })
  throw new Error(`Invalid frontmatter in ${file}:\n${problems.join('\n')}`)
}
