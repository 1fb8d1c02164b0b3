import { expect, test, type Page } from '@playwright/test'
import { pageUrls } from './site-map'

/**
 * What a reader on a phone trips over, checked without eyes on every route at 390 px: pages
 * wider than the screen, targets too small or too close to tap, inline code that draws
 * backticks. Plus the checklist on paper and the cards and rows that are tapped whole.
 * One page load per route and width: these run on every push.
 */
test.use({ viewport: { width: 390, height: 844 } })

/** Everything a finger can activate, as the browser draws it. */
const targetSelector =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, label'

interface Box {
  x: number
  y: number
  width: number
  height: number
}

interface Target extends Box {
  name: string
  /** An inline link in running text: WCAG 2.5.8's inline exception. */
  inline: boolean
  /** Its boxes, one per line an inline link runs over. */
  boxes: Box[]
  /** Index of the label that activates it too (an input's label), or -1. */
  within: number
}

/** The targets of the page in page coordinates, as 2.5.8 sees them. */
function readTargets(page: Page): Promise<Target[]> {
  return page.evaluate((selector) => {
    const all = Array.from(document.querySelectorAll<HTMLElement>(selector))
    const visible = all.filter((el) => {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false
      // A label is a target only where it activates a control.
      if (el instanceof HTMLLabelElement && !el.control) return false
      const r = el.getBoundingClientRect()
      // Off-screen until focused (the skip link), or clipped to nothing (sr-only).
      return r.width > 1 && r.height > 1 && r.bottom + window.scrollY > 0
    })
    const isBlock = (el: Element) => !getComputedStyle(el).display.startsWith('inline')
    /** Text beside the target in its block, not inside any target: a sentence around it. */
    const inSentence = (el: HTMLElement) => {
      if (getComputedStyle(el).display !== 'inline') return false
      let block = el.parentElement
      while (block && !isBlock(block)) block = block.parentElement
      if (!block) return false
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest(selector)) continue
        if (node.parentElement?.closest('.sr-only')) continue
        if (/[\p{L}\p{N}]/u.test(node.textContent ?? '')) return true
      }
      return false
    }
    return visible.map((el) => {
      const r = el.getBoundingClientRect()
      // An input and its label are one target: tapping either activates the input.
      const host =
        (el instanceof HTMLInputElement && el.labels?.[0]) || el.parentElement?.closest('label')
      return {
        name: `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${(el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 40)}"`,
        boxes: Array.from(el.getClientRects(), (b) => ({
          x: b.x + window.scrollX,
          y: b.y + window.scrollY,
          width: b.width,
          height: b.height,
        })),
        x: r.x + window.scrollX,
        y: r.y + window.scrollY,
        width: r.width,
        height: r.height,
        // Source tags sit after sentences but are asked to be tappable on their own.
        inline: !el.classList.contains('cite') && inSentence(el),
        within: host ? visible.indexOf(host) : -1,
      }
    })
  }, targetSelector)
}

const minimum = 24

/**
 * WCAG 2.2 SC 2.5.8 Target Size (Minimum): each target is at least 24 by 24 px, or a 24 px
 * circle centred on it intersects no other target and no other undersized target's circle,
 * or it is a link inside a sentence. Returns what fails, described.
 */
function tooSmall(targets: Target[]): string[] {
  const centre = (t: Target) => ({ cx: t.x + t.width / 2, cy: t.y + t.height / 2 })
  const undersized = (t: Target) => t.width < minimum - 0.5 || t.height < minimum - 0.5
  const related = (a: number, b: number) =>
    targets[a]!.within === b || targets[b]!.within === a || a === b
  const failures: string[] = []
  targets.forEach((t, i) => {
    if (t.inline || !undersized(t) || t.within >= 0) return
    const { cx, cy } = centre(t)
    const r = minimum / 2
    for (const [j, o] of targets.entries()) {
      if (related(i, j)) continue
      // The circle against the other target's boxes (a link over two lines has two)...
      const touchesBox = o.boxes.some((b) => {
        const dx = Math.max(b.x - cx, 0, cx - (b.x + b.width))
        const dy = Math.max(b.y - cy, 0, cy - (b.y + b.height))
        return dx * dx + dy * dy < r * r - 0.5
      })
      // ...and against the other undersized target's circle.
      const other = centre(o)
      const touchesCircle =
        undersized(o) && !o.inline && Math.hypot(other.cx - cx, other.cy - cy) < minimum - 0.5
      if (touchesBox || touchesCircle) {
        failures.push(
          `${t.name} (${t.width.toFixed(0)}×${t.height.toFixed(0)}) is too close to ${o.name}`,
        )
        return
      }
    }
  })
  return failures
}

for (const url of pageUrls) {
  test(`${url} fits a phone, its targets can be tapped, its code shows no backticks`, async ({
    page,
  }) => {
    await page.goto(url)
    // No sideways scrolling at 390 px, nor at 320 px (the same page, narrowed).
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 844 })
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }))
      expect(scrollWidth, `page width at ${width} px`).toBeLessThanOrEqual(innerWidth)
    }
    await page.setViewportSize({ width: 390, height: 844 })

    expect(tooSmall(await readTargets(page)), 'targets under 24 px and too close').toEqual([])

    // Cards, checklist rows and buttons: at least 44 px high, whatever their content.
    const tall = await page
      .locator('.choice, .door, .check-title label, button, .button-primary, .button-secondary')
      .evaluateAll((els) =>
        els
          .filter((el) => (el as HTMLElement).checkVisibility())
          .map((el) => ({
            name: el.textContent?.trim().slice(0, 40),
            h: el.getBoundingClientRect().height,
          }))
          .filter(({ h }) => h < 44 - 0.5),
      )
    expect(tall, 'cards, rows and buttons under 44 px').toEqual([])

    // What CSS draws around inline code counts as much as its text.
    const backticks = await page.locator('code').evaluateAll((els) =>
      els.flatMap((el) =>
        (['::before', '::after'] as const)
          .map((pseudo) => ({ pseudo, content: getComputedStyle(el, pseudo).content }))
          .filter(({ content }) => !['none', 'normal', '""'].includes(content))
          .map(({ pseudo, content }) => `${el.textContent}${pseudo}: ${content}`),
      ),
    )
    expect(backticks, 'inline code drawing something around itself').toEqual([])
  })
}

test('the target check catches a lone small target and a crowded pair', () => {
  const box = (x: number, y: number, width: number, height: number): Target => ({
    name: `${x},${y}`,
    x,
    y,
    width,
    height,
    boxes: [{ x, y, width, height }],
    inline: false,
    within: -1,
  })
  // 16 px tall but alone: the spacing exception holds.
  expect(tooSmall([box(0, 0, 80, 16), box(0, 40, 80, 24)])).toEqual([])
  // Two 15 px tags 4 px apart: both fail. 40 px wide, their centres are far enough apart.
  expect(tooSmall([box(0, 0, 15, 15), box(19, 0, 15, 15)])).toHaveLength(2)
  expect(tooSmall([box(0, 0, 40, 15), box(44, 0, 40, 15)])).toEqual([])
  // A small tag right under a large target.
  expect(tooSmall([box(0, 0, 40, 15), box(0, 17, 200, 44)])).toHaveLength(1)
  // Inline links in a sentence are exempt.
  expect(tooSmall([{ ...box(0, 0, 15, 15), inline: true }, box(19, 0, 15, 15)])).toHaveLength(1)
})

test('the printed checklist gives the address of every link that leaves the page', async ({
  page,
}) => {
  await page.goto('/delete-account/checklist')
  const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin
  await page.emulateMedia({ media: 'print' })
  const links = await page.locator('main a[href]').evaluateAll((els) =>
    els
      .filter((el) => (el as HTMLElement).checkVisibility())
      .map((el) => ({
        href: el.getAttribute('href')!,
        text: el.textContent ?? '',
        after: getComputedStyle(el, '::after').content,
      })),
  )
  // An email link shows its address as its text.
  for (const { href, text } of links.filter(({ href }) => href.startsWith('mailto:')))
    expect(text).toBe(href.slice('mailto:'.length))
  const leaving = links.filter(({ href }) => !href.startsWith('#') && !href.startsWith('mailto:'))
  expect(leaving.length).toBeGreaterThan(3)
  // "find who bills you" and every other same-site link print the site's full address.
  expect(leaving.some(({ href }) => href.startsWith('/'))).toBe(true)
  for (const { href, after } of leaving) {
    const address = href.startsWith('/') ? origin + href : href
    expect(after, href).toBe(`" (${address})"`)
  }
  // In-page anchors print no address (a source tag keeps its closing bracket).
  for (const { href, after } of links.filter(({ href }) => href.startsWith('#')))
    expect(after, href).not.toContain('(')
})

test('tapping a checklist item’s title ticks it, and the tick is kept', async ({ page }) => {
  await page.goto('/delete-account/checklist')
  const box = page.getByRole('checkbox', { name: 'Save your receipts' })
  await expect(box).not.toBeChecked()
  await page.locator('#save-receipts .check-title').click()
  await expect(box).toBeChecked()
  // The row left of the title, beside the box, is part of the target too.
  const row = (await page.locator('#save-receipts .check-title label').boundingBox())!
  const slot = (await page.locator('#save-receipts .check-slot').boundingBox())!
  await page.mouse.click(slot.x + 2, row.y + row.height - 4)
  await expect(box).not.toBeChecked()
  await page.locator('#save-receipts .check-title').click()
  await page.reload()
  await expect(page.getByRole('checkbox', { name: 'Save your receipts' })).toBeChecked()
})

test('tapping anywhere on a /cancel choice card follows its link', async ({ page, baseURL }) => {
  await page.goto('/cancel')
  const card = page.locator('.choice').filter({ hasText: 'The line names Apple' })
  await expect(card.getByRole('link')).toHaveAccessibleName('Cancel with Apple')
  await card.scrollIntoViewIfNeeded()
  const box = (await card.boundingBox())!
  // The words on the left, far from the link's own text.
  await page.mouse.click(box.x + 12, box.y + 12)
  await expect(page).toHaveURL(`${baseURL}/cancel/apple`)
})
