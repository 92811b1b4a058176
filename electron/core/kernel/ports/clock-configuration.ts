import type { ClockConfiguration } from '../../../../shared/contract/deadlines.js';
import type { VaultDatabase } from '../vault/database.js';

/**
 * The team's clocks and mission calendar (deadlines/clock-settings.ts), read by every feature
 * that places a moment on the mission's calendar: a case's year, the chronology, a letter's date.
 */
export interface ClockConfigurationSource {
  read(db: VaultDatabase): ClockConfiguration;
}
