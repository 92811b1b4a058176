import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { casefile, errorOf, useTempDirs, valueOf, vaultWithCase } from '../people/cli-fixture.js';

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

  it('refuses a mission no case names, saying which ones there are, and writes nothing', async () => {
    const root = tempDir();
    const s = await vaultWithCase(root);
    const year = Number(s.reference.slice(3, 7));
    const out = path.join(root, 'typo.json');
    const run = await casefile(s, [
      'stats',
      '--from',
      `${year - 1}-01-01`,
      '--to',
      `${year}-12-31`,
      '--mission',
      'MINUSKA',
      '--format',
      'json',
      '--out',
      out,
      '--json',
    ]);
    expect(run.status).toBe(6);
    expect(errorOf(run)).toEqual({
      code: 'NOT_FOUND',
      message: 'No case names that mission or entity. Those named on cases: MINUSCA.',
    });
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);

  it('keeps a case out of the published count and counts it again (footnote 11)', async () => {
    const root = tempDir();
    const s = await vaultWithCase(root, [{ role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' }]);
    const year = Number(s.reference.slice(3, 7));
    const counts = async (name: string) => {
      const out = path.join(root, `${name}.json`);
      const period = ['--from', `${year - 1}-01-01`, '--to', `${year}-12-31`];
      await casefile(s, ['stats', ...period, '--format', 'json', '--out', out, '--suppress-below', 'none']);
      const written = JSON.parse(fs.readFileSync(out, 'utf8')) as {
        tables: { id: string; rows: { key: string; cells: unknown[] }[] }[];
      };
      return Object.fromEntries(
        written.tables.find((t) => t.id === 'allegations')!.rows.map((r) => [r.key, r.cells[0]]),
      );
    };
    const excluded = await casefile(s, [
      'case',
      'exclusion',
      s.reference,
      '--ground',
      'already_counted',
      '--reason',
      'The same report as the one received the day before.',
    ]);
    expect(excluded.status).toBe(0);
    expect(excluded.stdout).toContain(
      `${s.reference} is not counted in the statistics: The same matter as an allegation already counted.`,
    );
    expect(await counts('excluded')).toMatchObject({ allegations: 0, excluded: 1 });

    // Half a change, both at once, or a ground that does not exist: refused, nothing changed.
    const half = await casefile(s, ['case', 'exclusion', s.reference, '--ground', 'already_counted']);
    expect(half.status).toBe(2);
    const both = await casefile(s, ['case', 'exclusion', s.reference, '--clear', '--reason', 'x']);
    expect(both.status).toBe(2);
    const unknown = await casefile(s, ['case', 'exclusion', s.reference, '--ground', 'duplicate', '--reason', 'x y z']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--ground/);
    expect(await counts('still-excluded')).toMatchObject({ allegations: 0, excluded: 1 });

    const cleared = await casefile(s, ['case', 'exclusion', s.reference, '--clear']);
    expect(cleared.stdout).toContain(`${s.reference} is counted in the statistics again.`);
    expect(await counts('counted')).toMatchObject({ allegations: 1, excluded: 0 });
  }, 60_000);
});
