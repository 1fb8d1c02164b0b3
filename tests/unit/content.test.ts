// @time-zones: frontmatter dates must stay calendar dates, whatever the zone.
import { readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileAll, compileGuide, slugFromPath } from '@/lib/content/compile'
import { getGuide, listGuides } from '@/lib/content/guides.server'
import { parseFrontmatter } from '@/lib/content/frontmatter'
import manifest from '../fixtures/published-anchors.json' with { type: 'json' }

const root = process.cwd()

describe('content module', () => {
  it('maps file paths to addresses', () => {
    expect(slugFromPath('index.mdx')).toBe('/')
    expect(slugFromPath('cancel/index.mdx')).toBe('/cancel')
    expect(slugFromPath('cancel/web.mdx')).toBe('/cancel/web')
    expect(slugFromPath('delete-account/checklist.mdx')).toBe('/delete-account/checklist')
  })

  it('lists every guide once, hub first, each with compiled code and valid frontmatter', async () => {
    const guides = await listGuides('en')
    expect(guides.length).toBeGreaterThanOrEqual(2)
    expect(guides[0]?.slug).toBe('/')
    const slugs = guides.map((g) => g.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const g of guides) {
      expect(g.code.length, g.file).toBeGreaterThan(0)
      expect(g.frontmatter.reviewed, g.file).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(g.frontmatter.sources.length, g.file).toBeGreaterThan(0)
    }
  })

  it('finds one guide by address and returns null for an unknown one', async () => {
    const guide = await getGuide('/cancel/web', 'en')
    expect(guide?.frontmatter.channel).toBe('web')
    expect(guide?.anchors.filter((a) => a.kind === 'step').length).toBeGreaterThanOrEqual(3)
    expect(await getGuide('/no-such-guide', 'en')).toBeNull()
  })

  it('answers a language that has no guides yet with an empty list, not a crash', async () => {
    expect(await compileAll(path.join(root, 'content'), 'de', root)).toEqual([])
  })
})

describe('frontmatter schema', () => {
  const good = {
    title: 'A good guide',
    description: 'A description that is long enough to be useful in search results.',
    topic: 'help',
    reviewed: '2026-11-26',
    sources: ['coursera-terms'],
  }

  it('accepts a complete frontmatter and fills defaults', () => {
    expect(parseFrontmatter('x.mdx', good).related).toEqual([])
  })

  it.each([
    [
      'an unquoted date',
      { ...good, reviewed: new Date('2026-11-26') },
      'reviewed: must be a quoted date',
    ],
    [
      'an impossible date',
      { ...good, reviewed: '2026-02-30' },
      'reviewed: must be a real calendar date',
    ],
    [
      'an unknown source',
      { ...good, sources: ['my-blog'] },
      'sources: has unknown source ids: my-blog',
    ],
    ['no source', { ...good, sources: [] }, 'sources: must list at least one source id'],
    [
      'neither channel nor topic',
      { ...good, topic: undefined },
      'channel: needs exactly one of "channel" or "topic"',
    ],
    [
      'a related page that is not a path',
      { ...good, related: ['cancel web'] },
      'related.0: must be a site path',
    ],
  ])('rejects %s, naming the field', (_name, data, message) => {
    expect(() => parseFrontmatter('content/en/x.mdx', data)).toThrowError(message)
    expect(() => parseFrontmatter('content/en/x.mdx', data)).toThrowError('content/en/x.mdx')
  })
})

describe('broken guide files fail with the file name and the problem', async () => {
  const dir = path.join(root, 'tests/fixtures/content-bad')
  const expected: Record<string, string> = {
    'unquoted-date.mdx': 'reviewed: must be a quoted date',
    'impossible-date.mdx': 'reviewed: must be a real calendar date',
    'unknown-source.mdx': 'sources: has unknown source ids: my-blog',
    'missing-title.mdx': 'title:',
    'both-channel-and-topic.mdx': 'needs exactly one of "channel" or "topic"',
    'unknown-field.mdx': 'reviewd',
    'step-without-id.mdx': 'every <Step> needs an id',
    'item-without-id.mdx': 'every <ChecklistItem> needs an id',
    'duplicate-id.mdx': 'the id "sign-in" is used twice',
    'dangling-alias.mdx': 'alias "old-section" points at "no-such-section"',
  }
  const files = (await readdir(dir)).sort()
  it('has a fixture for every expectation', () => {
    expect(files).toEqual(Object.keys(expected).sort())
  })
  it.each(files)('%s', async (name) => {
    const file = `tests/fixtures/content-bad/${name}`
    const source = await readFile(path.join(dir, name), 'utf8')
    const compile = compileGuide({ source, file, slug: '/x', lang: 'en' })
    await expect(compile).rejects.toThrowError(file)
    await expect(compileGuide({ source, file, slug: '/x', lang: 'en' })).rejects.toThrowError(
      expected[name],
    )
  })
})

describe('published addresses never disappear', async () => {
  const guides = [...(await listGuides('en')), ...(await listGuides('fr'))]
  const pages = manifest.pages as Record<string, string[]>
  /** Routes written as app/ folders rather than MDX guides. */
  const appRoutes = (await readdir(path.join(root, 'app'), { recursive: true }))
    .filter((f) => /(page|route)\.tsx$/.test(f) && !f.includes('['))
    .map(
      (f) =>
        '/' +
        path
          .dirname(f)
          .split(path.sep)
          .filter((p) => !p.startsWith('('))
          .join('/'),
    )
    .map((p) => (p === '/.' ? '/' : p.replace(/\/\.$/, '')))

  it.each(Object.keys(pages))('%s still exists with every anchor it ever had', (url) => {
    const guide = guides.find((g) => g.slug === url)
    if (!guide) {
      expect(appRoutes, `${url} is neither a guide nor an app route`).toContain(url)
      return
    }
    const ids = guide.anchors.map((a) => a.id)
    const missing = (pages[url] ?? []).filter((id) => !ids.includes(id))
    expect(
      missing,
      `${url} lost anchors: keep each as an alias (<Step aliases> or <Anchor>)`,
    ).toEqual([])
  })

  it('lists every guide and every anchor that is published now', async () => {
    const unlisted: Record<string, string[]> = {}
    for (const g of guides) {
      const listed = pages[g.slug]
      const extra = g.anchors.map((a) => a.id).filter((id) => !listed?.includes(id))
      if (!listed || extra.length > 0) unlisted[g.slug] = extra
    }
    if (process.env.PUBLISH_ANCHORS === '1' && Object.keys(unlisted).length > 0) {
      // Add-only: publishing appends new addresses and never removes one.
      for (const [url, ids] of Object.entries(unlisted))
        pages[url] = [...(pages[url] ?? []), ...ids]
      const file = path.join(root, 'tests/fixtures/published-anchors.json')
      await writeFile(file, JSON.stringify({ ...manifest, pages }, null, 2) + '\n')
      return
    }
    expect(
      unlisted,
      'publish them: PUBLISH_ANCHORS=1 npx vitest run tests/unit/content.test.ts',
    ).toEqual({})
  })
})
