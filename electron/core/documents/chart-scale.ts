/**
 * The value axis of a chart, decided alike for the PDF and the DOCX so that both draw the same
 * scale: from zero to a round top above the largest figure, in steps of 1, 2 or 5 times a power of
 * ten (whole steps when every figure is whole: counts never get a tick at 2.5).
 */

/** The chart's value axis: its top and the values its gridlines and labels are at. */
export function valueAxis(values: readonly (number | null)[]): { max: number; step: number; ticks: number[] } {
  const shown = values.filter((value): value is number => value !== null);
  const largest = Math.max(0, ...shown);
  const whole = shown.every((value) => Number.isInteger(value));
  if (largest === 0) return { max: 1, step: 1, ticks: [0, 1] };
  const rough = largest / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  let step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power;
  if (whole) step = Math.max(1, step);
  const max = Math.ceil(largest / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; i * step <= max + step / 1e6; i++) ticks.push(Number((i * step).toPrecision(12)));
  return { max, step, ticks };
}
