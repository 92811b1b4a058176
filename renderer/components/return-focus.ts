/** Headings a fallback focus can land on, first in document order. */
const HEADINGS = 'h1, h2, h3';

/** How long after a dialog goes a redraw that removes the focused control still moves focus on. */
const REDRAW_WATCH_MS = 10_000;

/**
 * After a dialog goes: focus back on the control that opened it. When that control is gone (the
 * list it was in was redrawn, the view moved on), on the heading of the region it was in, else of
 * the main content, so the keyboard and the screen reader carry on from a known place instead of
 * the top of the page. Left alone when something already took focus (a new screen's first field).
 */
export function returnFocus(dialog: HTMLElement | null, opener: HTMLElement | null, region: HTMLElement | null): void {
  if (!focusIsLost(dialog)) return;
  if (opener && focusOn(opener)) {
    // The view often redraws once its data reloads (the person just added opens): if that
    // removes the opener, focus must not fall to the page either.
    carryFocusOnRemoval(opener, region);
    return;
  }
  focusRegionHeading(region);
}

function focusIsLost(dialog: HTMLElement | null): boolean {
  const current = document.activeElement;
  return (
    current === null ||
    current === document.body ||
    !current.isConnected ||
    (dialog !== null && dialog.contains(current))
  );
}

function focusRegionHeading(region: HTMLElement | null): void {
  const scope = region?.isConnected ? region : document.querySelector<HTMLElement>('main');
  if (!scope) return;
  const heading = scope.querySelector<HTMLElement>(HEADINGS);
  if (heading && focusOn(heading, true)) return;
  focusOn(scope, true);
}

/** Until the person acts (or a while passes), moves focus to the region's heading if `focused` is removed. */
function carryFocusOnRemoval(focused: HTMLElement, region: HTMLElement | null): void {
  const observer = new MutationObserver(() => {
    if (focused.isConnected) return;
    stop();
    if (focusIsLost(null)) focusRegionHeading(region);
  });
  const timer = window.setTimeout(() => stop(), REDRAW_WATCH_MS);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
    window.removeEventListener('keydown', stop, true);
    window.removeEventListener('pointerdown', stop, true);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  window.addEventListener('keydown', stop, true);
  window.addEventListener('pointerdown', stop, true);
}

/**
 * Focuses `element` if it is still on the page and usable; `programmatic` makes a heading or region focusable for it.
 */
function focusOn(element: HTMLElement, programmatic = false): boolean {
  if (!element.isConnected || element.matches(':disabled')) return false;
  if (programmatic && !element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.focus();
  return document.activeElement === element;
}
