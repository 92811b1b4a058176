import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCKS } from '../../../shared/clocks/clock.js';
import { useVaultsBefore } from './vault-before.js';

const { vaultBefore, migrateThrough } = useVaultsBefore();

const SHIPPED_SOURCE = 'A/72/751 completion benchmarks (domain.md §3, secondary copy)';
const WRITTEN_BY_TEAM = 'Our mission’s standing order 12';

describe('migration 0027: the clock source saved with the old wording', () => {
  it('rewords the shipped source in saved clock settings and leaves a source the team wrote', () => {
    const db = vaultBefore(27);
    const saved = DEFAULT_CLOCKS.map((clock, i) => ({ ...clock, source: i === 0 ? WRITTEN_BY_TEAM : SHIPPED_SOURCE }));
    db.prepare(
      `INSERT INTO vault_settings (key, value, updated_at) VALUES ('clocks', ?, '2026-01-01T00:00:00.000Z')`,
    ).run(JSON.stringify(saved));
    migrateThrough(db);
    const clocks = JSON.parse(
      (db.prepare(`SELECT value FROM vault_settings WHERE key = 'clocks'`).get() as { value: string }).value,
    ) as { id: string; source: string }[];
    const unClock = DEFAULT_CLOCKS.find((clock) => clock.source.startsWith('The Secretary-General'));
    expect(unClock).toBeDefined();
    // Every saved clock that carried the shipped words now carries the corrected source, as shipped today.
    expect(clocks.slice(1).every((clock) => clock.source === unClock!.source)).toBe(true);
    expect(clocks[0]!.source).toBe(WRITTEN_BY_TEAM);
    expect(JSON.stringify(clocks)).not.toContain('completion benchmarks');
  });
});
