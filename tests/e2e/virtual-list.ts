import type { Locator, Page } from '@playwright/test';

/** How many rows a virtualised table has drawn, its spacer rows left out. */
export const drawnRows = (table: Locator): Promise<number> => table.locator('tbody tr:not(.virtual-spacer)').count();

/**
 * Scrolls a paged list's box (`scroller`) until `target` is drawn: by `step` pixels at a time, or
 * to the end each time when none is given (each end loads the next page), 30 tries at most.
 */
export async function scrollUntilDrawn(page: Page, scroller: Locator, target: Locator, step?: number): Promise<void> {
  for (let turn = 0; turn < 30; turn += 1) {
    if (await target.count()) return;
    await scroller.evaluate((element, by) => element.scrollBy({ top: by ?? element.scrollHeight }), step);
    await page.waitForTimeout(100);
  }
}
