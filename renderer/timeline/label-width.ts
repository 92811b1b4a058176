/**
 * Widths of chart labels as the browser will draw them, so a label is shortened only when it
 * would really run into the next mark.
 */

const LABEL_FONT_SIZE = '12px';
let context: CanvasRenderingContext2D | null | undefined;

/** Width of `text` in pixels at the chart's label font (an estimate where no canvas can measure). */
export function labelWidth(text: string): number {
  if (context === undefined) {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (context) context.font = `${LABEL_FONT_SIZE} ${getComputedStyle(document.body).fontFamily}`;
  }
  return context ? context.measureText(text).width : text.length * 6.7;
}

/**
 * `text`, or its longest beginning of whole words that fits `roomPx` with an ellipsis; empty when
 * not even the first word fits. Whole words, because the mark's accessible name starts with the
 * full title: a person who speaks the words they see ("Status Under…") must be saying words of
 * that name (WCAG 2.5.3), which half a word ("Status: Under inv…") is not.
 */
export function fitLabel(text: string, roomPx: number): string {
  if (labelWidth(text) <= roomPx) return text;
  const words = text.split(/(?<=\s)/);
  let fitting = '';
  for (const word of words) {
    const longer = fitting + word;
    if (labelWidth(`${longer.trimEnd()}…`) > roomPx) break;
    fitting = longer;
  }
  return fitting.trim() === '' ? '' : `${fitting.trimEnd()}…`;
}
