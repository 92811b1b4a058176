import type { Page } from '@playwright/test';
import type { TFunction } from 'i18next';

/**
 * A test-only language made from English at run time, never shipped: every lowercase letter accented, and the
 * vowels and n, s, t doubled, so each string comes out about 40 to 50% longer, as French, Arabic or a longer
 * language would. Capitals, digits and punctuation stay, so codes (V-01, E-0001) and numbers read as they are;
 * {{placeholders}}, <tags> and $t(...) nestings of a catalogue string are kept as written.
 *
 * The map works letter by letter, so the words of two pieces put side by side are the pseudo words of the
 * whole: a name made of several text nodes in the page is the pseudo form of the name the catalogue gives.
 */
const ACCENTED: Record<string, string> = {
  a: 'áà',
  b: 'ƀ',
  c: 'ç',
  d: 'đ',
  e: 'éè',
  f: 'ƒ',
  g: 'ğ',
  h: 'ĥ',
  i: 'íì',
  j: 'ĵ',
  k: 'ķ',
  l: 'ľ',
  m: 'ɱ',
  n: 'ñň',
  o: 'óò',
  p: 'þ',
  q: 'ʠ',
  r: 'ř',
  s: 'šś',
  t: 'ţť',
  u: 'úù',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ýÿ',
  z: 'ž',
};

const KEPT_OR_LETTER = /\{\{[^}]*\}\}|<[^>]*>|\$t\([^)]*\)|[a-z]/g;

/** The pseudo-locale form of an English text. */
export function pseudo(text: string): string {
  return text.replace(KEPT_OR_LETTER, (match) => ACCENTED[match] ?? match);
}

/** The English catalogue's words in the pseudo-locale: what the page shows once the pseudo-locale is on. */
export function pseudoCatalogue(english: TFunction): TFunction {
  const translate = (...args: Parameters<TFunction>) => {
    const text: unknown = (english as unknown as (...all: unknown[]) => unknown)(...args);
    return typeof text === 'string' ? pseudo(text) : text;
  };
  return translate as unknown as TFunction;
}

/**
 * Turns every text the page shows (text nodes, and the attributes that make accessible names and hints) into the
 * pseudo-locale as it is drawn, from the first frame of each load. What a person types is left alone: inputs,
 * text areas and editable text (the interview notes editor) keep their words.
 */
export async function installPseudoLocale(page: Page): Promise<void> {
  await page.addInitScript(
    ({ map, pattern }) => {
      const letters = new RegExp(pattern, 'g');
      const convert = (text: string) => text.replace(letters, (match) => map[match] ?? match);
      const ATTRIBUTES = ['aria-label', 'aria-valuetext', 'aria-description', 'title', 'placeholder', 'alt'];
      const editable = (node: Node) => {
        const element = node instanceof Element ? node : node.parentElement;
        return !element || !!element.closest('script, style, textarea, [contenteditable]');
      };
      const convertText = (node: Node) => {
        if (editable(node)) return;
        const text = node.nodeValue ?? '';
        const converted = convert(text);
        if (converted !== text) node.nodeValue = converted;
      };
      // An editable box's own name and hint are the UI's words; only what is typed in it is left alone.
      const convertAttributes = (element: Element) => {
        for (const name of ATTRIBUTES) {
          const value = element.getAttribute(name);
          if (value !== null) {
            const converted = convert(value);
            if (converted !== value) element.setAttribute(name, converted);
          }
        }
      };
      const convertTree = (root: Node) => {
        if (root.nodeType === Node.TEXT_NODE) return convertText(root);
        if (!(root instanceof Element)) return;
        convertAttributes(root);
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.nodeType === Node.TEXT_NODE) convertText(node);
          else convertAttributes(node as Element);
        }
      };
      // Converting twice changes nothing (converted letters are not in the map), so the observer's own
      // changes come back to it as no-ops.
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'characterData') convertText(record.target);
          else if (record.type === 'attributes') convertAttributes(record.target as Element);
          else record.addedNodes.forEach(convertTree);
        }
      }).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ATTRIBUTES,
      });
    },
    { map: ACCENTED, pattern: KEPT_OR_LETTER.source },
  );
}

/**
 * Text the page cuts or lets run out of its box, on what is visible now: an element that hides its overflow
 * (hidden or clip, either way) while its content is larger than its box, with no ellipsis saying so by design;
 * and a button, tab, label or table heading whose words are wider than the control. Scroll areas (auto,
 * scroll) and content hidden for screen readers only (a box of one pixel) are meant to be so.
 */
export async function cutOrOverflowingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (element: HTMLElement) => {
      const classes = Array.from(element.classList).slice(0, 2).join('.');
      const words = (element.innerText || element.getAttribute('aria-label') || '')
        .trim()
        .replace(/\s+/g, ' ')
        .slice(0, 40);
      return `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''} "${words}"`;
    };
    const CONTROLS = 'button, [role="tab"], label, th, summary, [role="button"]';
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      if (!element.innerText?.trim()) continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'contents') continue;
      const wider = element.scrollWidth > element.clientWidth + 1;
      const taller = element.scrollHeight > element.clientHeight + 1;
      const cuts = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
      const byDesign = style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none';
      if (!byDesign && ((wider && cuts(style.overflowX)) || (taller && cuts(style.overflowY)))) {
        const size = `${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`;
        found.push(`cut: ${describe(element)} (${size})`);
      } else if (wider && style.overflowX === 'visible' && element.matches(CONTROLS)) {
        found.push(`runs out of its box: ${describe(element)}`);
      }
    }
    return found;
  });
}
