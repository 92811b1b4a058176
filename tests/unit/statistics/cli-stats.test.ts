import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { casefile, useTempDirs, valueOf, vaultWithCase } from '../people/cli-fixture.js';

const tempDir = useTempDirs();

describe('casefile stats', () => {
  it('writes the statistics of a period as JSON, refuses bad options and never overwrites', async () => {
    const root = tempDir();
    const s = await vaultWithCase(root, [
      { role: 'victim', sex: 'female', ageBand: 'minor', language: 'fr' },
      { role: 'subject', personnelCategory: 'military_mc', nationality: 'BGD' },
    ]);
    const year = Number(s.reference.slice(3, 7));
    const period = ['--from', `${year - 1}-12-01`, '--to', `${year}-12-31`];
    const out = path.join(root, 'stats.json');
    const saved = valueOf<{ path: string; sha256: string }>(
      await casefile(s, ['stats', ...period, '--format', 'json', '--out', out, '--suppress-below', 'none', '--json']),
    );
    expect(saved.path).toBe(out);
    const written = JSON.parse(fs.readFileSync(out, 'utf8')) as {
      tables: { id: string; rows: { key: string; cells: unknown[] }[] }[];
    };
    const table = (id: string) =>
      Object.fromEntries(written.tables.find((t) => t.id === id)!.rows.map((r) => [r.key, r.cells]));
    expect(table('allegations')).toMatchObject({ allegations: [1], victims: [1], subjects: [1], excluded: [0] });
    expect(table('victims')['child']).toEqual([1, 0, 0, 1]);
    expect(table('countries')).toEqual({ BGD: [1, 1] });

    // The default hides the single case's counts.
    const hidden = path.join(root, 'hidden.json');
    await casefile(s, ['stats', ...period, '--format', 'json', '--out', hidden, '--mission', 'MINUSCA']);
    expect(fs.readFileSync(hidden, 'utf8')).toContain('"suppressed"');

    const again = await casefile(s, ['stats', ...period, '--format', 'json', '--out', out]);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toMatch(/already exists/);
    const badFormat = await casefile(s, ['stats', ...period, '--format', 'docx', '--out', path.join(root, 'x')]);
    expect(badFormat.status).toBe(2);
    const backwards = await casefile(s, [
      'stats',
      '--from',
      '2026-03-01',
      '--to',
      '2026-01-01',
      '--format',
      'csv',
      '--out',
      path.join(root, 'y'),
    ]);
    expect(backwards.status).not.toBe(0);
    expect(backwards.stderr).toMatch(/--to/);
  }, 60_000);
});
