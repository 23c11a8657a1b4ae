import type { Page } from 'playwright-core'

/** Presses Tab until the focused element matches the selector, as a keyboard user would. */
export async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Could not reach "${selector}" with Tab in ${max} presses`)
}

/** Answers the current question by keyboard: in each radio group, picks option `index` (0 = first). */
export async function answerByKeyboard(page: Page, indexes: readonly number[]): Promise<void> {
  for (const index of indexes) {
    await tabTo(page, 'input[type=radio]:not(:disabled)')
    await page.keyboard.press('Space')
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown')
  }
}

export async function groupsOnPage(page: Page): Promise<number> {
  return page.locator('.question-card .option-group').count()
}
