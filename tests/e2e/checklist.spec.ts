import { expect, test, type Page } from '@playwright/test'
import { layoutShifts } from './layout-shift'
import { blockPageScripts } from './no-scripts'

const url = '/delete-account/checklist'
const storageKey = 'leaving-coursera:delete-checklist:v1'

function progress(page: Page) {
  return page.locator('.checklist-count')
}

test('ticks survive a reload and are cleared by the reset button', async ({ page }) => {
  await page.goto(url)
  const certificates = page.getByRole('checkbox', { name: 'Download every certificate' })
  const receipts = page.getByRole('checkbox', { name: 'Save your receipts' })
  await expect(certificates).not.toBeChecked()
  await expect(progress(page)).toHaveText('0 of 9 done')

  await certificates.check()
  await receipts.check()
  await expect(progress(page)).toHaveText('2 of 9 done')

  await page.reload()
  await expect(certificates).toBeChecked()
  await expect(receipts).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Save your receipts' })).toBeChecked()
  await expect(progress(page)).toHaveText('2 of 9 done')

  // Dismissing the question keeps every tick.
  page.once('dialog', (dialog) => dialog.dismiss())
  await page.getByRole('button', { name: 'Clear all ticks' }).click()
  await expect(certificates).toBeChecked()

  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: 'Clear all ticks' }).click()
  await expect(certificates).not.toBeChecked()
  await expect(receipts).not.toBeChecked()
  await expect(page.getByRole('status').filter({ hasText: 'of 9 done' })).toHaveText('0 of 9 done')

  await page.reload()
  await expect(certificates).not.toBeChecked()
  await expect(progress(page)).toHaveText('0 of 9 done')
})

test('a tick box works from the keyboard, and its state is announced', async ({ page }) => {
  await page.goto(url)
  const first = page.getByRole('checkbox', {
    name: 'Cancel every subscription, where it is billed',
  })
  await first.focus()
  await page.keyboard.press('Space')
  await expect(first).toBeChecked()
  await expect(page.getByRole('status').filter({ hasText: 'of 9 done' })).toHaveText('1 of 9 done')
  // Focus is visible: the outline of :focus-visible is drawn.
  const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle)
  expect(outline).toBe('solid')
})

test('junk in storage reads as nothing ticked, and ticking repairs it', async ({ page }) => {
  await page.addInitScript(
    ([key]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, '{"not": "a list"')
        sessionStorage.setItem('seeded', '1')
      }
    },
    [storageKey],
  )
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(url)
  await expect(progress(page)).toHaveText('0 of 9 done')
  await page.getByRole('checkbox', { name: 'Make sure you can sign in' }).check()
  expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBe(
    '["check-sign-in"]',
  )
  expect(errors).toEqual([])
})

test('when the browser refuses storage, ticking still works and the page says so', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
  })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(url)
  const box = page.getByRole('checkbox', { name: 'Save your receipts' })
  await box.check()
  await expect(box).toBeChecked()
  await expect(progress(page)).toContainText('1 of 9 done')
  await expect(progress(page)).toContainText('This browser is not saving your ticks')
  expect(errors).toEqual([])
})

test('printed, it is a paper checklist: no navigation, every item, an empty box each', async ({
  page,
}) => {
  await page.goto(url)
  await page.getByRole('checkbox', { name: 'Save your receipts' }).check()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Clear all ticks' })).toBeHidden()
  const items = page.locator('.check-item')
  await expect(items).toHaveCount(9)
  for (const item of await items.all()) {
    await expect(item.locator('.check-title')).toBeVisible()
    const box = await item.locator('.check-slot').evaluate((el) => {
      const before = getComputedStyle(el, '::before')
      return { border: before.borderTopStyle, width: before.width, content: before.content }
    })
    expect(box.border).toBe('solid')
    expect(box.width).not.toBe('auto')
  }
  // The item ticked on screen prints ticked; the others print empty.
  const ticked = await page
    .locator('#save-receipts .check-slot')
    .evaluate((el) => getComputedStyle(el, '::before').content)
  expect(ticked).toContain('✓')
  const empty = await page
    .locator('#download-certificates .check-slot')
    .evaluate((el) => getComputedStyle(el, '::before').content)
  expect(empty).toBe('""')
})

test('without JavaScript it is a plain numbered list with no boxes to click', async ({ page }) => {
  await blockPageScripts(page)
  await page.goto(url)
  await expect(page.getByRole('checkbox')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Clear all ticks' })).toHaveCount(0)
  await expect(page.locator('.check-item')).toHaveCount(9)
  await expect(progress(page)).toHaveText('9 items')
  await expect(page.locator('.check-slot:empty')).toHaveCount(9)
  const number = await page
    .locator('#check-sign-in .check-slot')
    .evaluate((el) => getComputedStyle(el, '::before').content)
  // The slot shows the item's number (a CSS counter) where the box would be.
  expect(number).toContain('counter(check)')
})

for (const width of [320, 390, 1280]) {
  test(`the tick boxes and the progress line appear without moving the page (${width} px)`, async ({
    page,
  }) => {
    // Tall enough that the progress line and the first items are on screen, where a shift counts.
    await page.setViewportSize({ width, height: 1800 })
    await page.goto(url)
    await expect(page.getByRole('checkbox')).toHaveCount(9)
    expect(await layoutShifts(page)).toEqual([])
  })
}
