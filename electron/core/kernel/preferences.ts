import * as fs from 'node:fs';
import { DEFAULT_SETTINGS, Settings } from '../../../shared/domain/settings.js';
import { fileFailure } from './files/io-errors.js';
import { writeFileAtomic } from './files/private-files.js';

/** Preferences are a few small values; a larger file is not ours and is ignored. */
const MAX_PREFERENCES_BYTES = 64 * 1024;

function readJson(file: string): unknown {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > MAX_PREFERENCES_BYTES) return undefined;
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined; // missing, unreadable or not JSON: defaults
  }
}

/**
 * preferences.json, field by field: a missing or damaged value falls back to its default and
 * the others are kept. Never throws: a bad preferences file must not keep anyone out of a vault.
 */
export function readPreferences(file: string): Settings {
  const json = readJson(file);
  const stored =
    typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, schema] of Object.entries(Settings.shape)) {
    const parsed = schema.safeParse(stored[key]);
    if (parsed.success) settings[key] = parsed.data;
  }
  return Settings.parse(settings);
}

/** Validated, owner-only, replaced atomically. */
export function writePreferences(file: string, settings: Settings): void {
  const valid = Settings.parse(settings);
  try {
    writeFileAtomic(file, `${JSON.stringify(valid, null, 2)}\n`);
  } catch (error) {
    throw fileFailure(error, 'store');
  }
}
