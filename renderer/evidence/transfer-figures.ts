import { byteCountInLocale, sizeInLocale, speedInLocale } from '../../shared/i18n/byte-sizes.js';
import { displayLocale } from '../components/format-dates.js';

/** Sizes and speeds in the user's language ("12.3 MB", "12,3 Mo", "45.1 MB/s"). */

export function formatBytes(language: string, bytes: number): string {
  return sizeInLocale(displayLocale(language), bytes);
}

export function formatSpeed(language: string, bytesPerSecond: number): string {
  return speedInLocale(displayLocale(language), bytesPerSecond);
}

/** The exact byte count, grouped ("67,108,864 bytes" is what a hash was computed over). */
export function formatByteCount(language: string, bytes: number): string {
  return byteCountInLocale(displayLocale(language), bytes);
}

/** Whole percent done, from 0 to 100, never 100 before the end. */
export function percentDone(done: number, total: number): number {
  if (total <= 0 || done <= 0) return 0;
  return done >= total ? 100 : Math.min(99, Math.floor((done / total) * 100));
}
