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

/**
 * Types `text` into a paged list's empty search box a key at a time, as a person does, waits until
 * `searched` holds (the list narrowed to the word), and answers how many pages `method` was asked
 * for meanwhile: once for the word when typing pauses, not once per key.
 */
export async function pagesAskedWhileTyping(
  vault: { calls: readonly string[] },
  search: Locator,
  text: string,
  method: string,
  searched: () => Promise<void>,
): Promise<number> {
  const before = vault.calls.length;
  await search.pressSequentially(text, { delay: 30 });
  await searched();
  return vault.calls.slice(before).filter((name) => name === method).length;
}
