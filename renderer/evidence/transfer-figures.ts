import { displayLocale } from '../components/format-dates.js';

/**
 * Sizes and speeds in the user's language ("12.3 MB", "12,3 Mo", "45.1 MB/s"), in decimal units
 * as file managers and disk vendors count them.
 */

const STEPS = [
  { unit: 'gigabyte', size: 1e9 },
  { unit: 'megabyte', size: 1e6 },
  { unit: 'kilobyte', size: 1e3 },
] as const;

const formatters = new Map<string, Intl.NumberFormat>();
function unitFormatter(
  language: string,
  unit: string,
  fractionDigits: number,
  unitDisplay: 'short' | 'long' = 'short',
): Intl.NumberFormat {
  const key = `${language}|${unit}|${fractionDigits}|${unitDisplay}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(displayLocale(language), {
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

export function formatBytes(language: string, bytes: number): string {
  const step = STEPS.find(({ size }) => bytes >= size);
  if (!step) return formatByteCount(language, bytes);
  return unitFormatter(language, step.unit, 1).format(bytes / step.size);
}

export function formatSpeed(language: string, bytesPerSecond: number): string {
  return unitFormatter(language, 'megabyte-per-second', 1).format(bytesPerSecond / 1e6);
}

/** The exact byte count, grouped ("67,108,864 bytes" is what a hash was computed over). */
export function formatByteCount(language: string, bytes: number): string {
  return unitFormatter(language, 'byte', 0, 'long').format(bytes);
}

/** Whole percent done, never 100 before the end. */
export function percentDone(done: number, total: number): number {
  if (total <= 0) return 0;
  return done >= total ? 100 : Math.min(99, Math.floor((done / total) * 100));
}
