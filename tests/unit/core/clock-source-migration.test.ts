import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/kernel/db/migrate.js';
import { MIGRATIONS } from '../../../electron/core/kernel/db/migrations/index.js';
import { createPrivateFile } from '../../../electron/core/kernel/files/private-files.js';
import { openVaultDatabase, type VaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import { generateDataKey } from '../../../electron/core/kernel/vault/keys.js';
import { DEFAULT_CLOCKS } from '../../../shared/clocks/clock.js';
import { useTempDirs } from './helpers.js';

const tempDir = useTempDirs();
const dbs: VaultDatabase[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) if (db.open) db.close();
});

const SHIPPED_SOURCE = 'A/72/751 completion benchmarks (domain.md §3, secondary copy)';
const WRITTEN_BY_TEAM = 'Our mission’s standing order 12';

describe('migration 0027: the clock source saved with the old wording', () => {
  it('rewords the shipped source in saved clock settings and leaves a source the team wrote', () => {
    const file = path.join(tempDir(), 'casefile.db');
    createPrivateFile(file);
    const db = openVaultDatabase(file, generateDataKey(), { isNew: true });
    dbs.push(db);
    const before = MIGRATIONS.findIndex((m) => m.version === 27);
    migrate(db, { vaultId: randomUUID() }, MIGRATIONS.slice(0, before));
    const saved = DEFAULT_CLOCKS.map((clock, i) => ({ ...clock, source: i === 0 ? WRITTEN_BY_TEAM : SHIPPED_SOURCE }));
    db.prepare(
      `INSERT INTO vault_settings (key, value, updated_at) VALUES ('clocks', ?, '2026-01-01T00:00:00.000Z')`,
    ).run(JSON.stringify(saved));
    migrate(db, { vaultId: randomUUID() }, MIGRATIONS);
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
