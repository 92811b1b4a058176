/**
 * Widths of chart labels as the browser will draw them, so a label is shortened only when it
 * would really run into the next mark.
 */

const LABEL_FONT_SIZE = '12px';
let context: CanvasRenderingContext2D | null | undefined;

/** Width of `text` in pixels at the chart's label font (an estimate where no canvas can measure). */
export function labelWidth(text: string): number {
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d');
    if (context) context.font = `${LABEL_FONT_SIZE} ${getComputedStyle(document.body).fontFamily}`;
  }
  return context ? context.measureText(text).width : text.length * 6.7;
}

/** `text`, or its longest beginning that fits `roomPx` with an ellipsis; empty when not even that fits. */
export function fitLabel(text: string, roomPx: number): string {
  if (labelWidth(text) <= roomPx) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (labelWidth(`${text.slice(0, middle).trimEnd()}…`) <= roomPx) low = middle;
    else high = middle - 1;
  }
  return low === 0 ? '' : `${text.slice(0, low).trimEnd()}…`;
}
