/**
 * Sizes and speeds as a locale writes them ("12.3 MB", "12,3 Mo", "45.1 MB/s"), in decimal units as
 * file managers and disk vendors count them. The screens and the command line both write them so.
 */

const STEPS = [
  { unit: 'gigabyte', size: 1e9 },
  { unit: 'megabyte', size: 1e6 },
  { unit: 'kilobyte', size: 1e3 },
] as const;

const formatters = new Map<string, Intl.NumberFormat>();
function unitFormatter(
  locale: string,
  unit: string,
  fractionDigits: number,
  unitDisplay: 'short' | 'long' = 'short',
): Intl.NumberFormat {
  const key = `${locale}|${unit}|${fractionDigits}|${unitDisplay}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, found);
  }
  return found;
}

export function sizeInLocale(locale: string, bytes: number): string {
  const step = STEPS.find(({ size }) => bytes >= size);
  if (!step) return byteCountInLocale(locale, bytes);
  return unitFormatter(locale, step.unit, 1).format(bytes / step.size);
}

export function speedInLocale(locale: string, bytesPerSecond: number): string {
  return unitFormatter(locale, 'megabyte-per-second', 1).format(bytesPerSecond / 1e6);
}

/** The exact byte count, grouped ("67,108,864 bytes" is what a hash was computed over). */
export function byteCountInLocale(locale: string, bytes: number): string {
  return unitFormatter(locale, 'byte', 0, 'long').format(bytes);
}
