import { describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../shared/contract/index.js';
import { casefile, errorOf, today, useTempDirs, valueOf, vaultWith } from '../deadlines/cli-fixture.js';

const tempDir = useTempDirs();

type Chronology = MethodOutput<'timeline.list'> & { caseId: string; reference: string };

async function caseWithChronology(root: string) {
  return vaultWith(root, async (call) => {
    const record = await call('cases.create', {
      title: 'Allegation at the market',
      dateReceived: today(),
      reportingChannel: 'hotline',
      entity: 'MINUSCA',
      incidentDates: [{ precision: 'range', from: '2025-06', to: '2025-08' }, { precision: 'unknown' }],
    });
    await call('people.add', {
      caseId: record.id,
      profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
      identity: { fullName: 'Aminata Kossi', confidentiality: 'strictly_confidential' },
    });
    await call('timeline.add', {
      caseId: record.id,
      event: {
        date: { precision: 'month', from: '2025-07' },
        kind: 'incident',
        title: 'S-01 met V-01 at the market',
        basis: 'reported_by_source',
      },
    });
    await call('timeline.add', {
      caseId: record.id,
      event: {
        date: { precision: 'unknown' },
        kind: 'incident',
        title: 'Money given to V-01',
        basis: 'reported_by_source',
      },
    });
    return record.reference;
  });
}

describe('casefile timeline', () => {
  it('prints the chronology with dates as stated, precision, kind and basis; unknown dates apart', async () => {
    const setup = await caseWithChronology(tempDir());
    const run = await casefile(setup, ['timeline', setup.prepared]);
    expect(run.status).toBe(0);
    const [summary, , header, ...rest] = run.stdout.trimEnd().split('\n');
    expect(summary).toBe(`${setup.prepared}: 3 dated, 2 of unknown date.`);
    expect(header).toMatch(/^DATE \(AS STATED\)\s+PRECISION\s+KIND\s+BASIS\s+ORIGIN\s+TITLE$/);
    expect(rest[0]).toMatch(
      /^between 2025-06 and 2025-08\s+Between two dates\s+Incident\s+Reported by a source\s+derived\s+Alleged/,
    );
    expect(rest[1]).toMatch(
      /^2025-07\s+Month\s+Incident\s+Reported by a source\s+manual\s+S-01 met V-01 at the market$/,
    );
    expect(rest[2]).toMatch(/Status change\s+Established\s+derived\s+Case opened: Preliminary assessment$/);
    expect(rest.slice(4)).toEqual([
      'Date unknown:',
      expect.stringMatching(/^DATE \(AS STATED\)/),
      expect.stringMatching(
        /^unknown\s+Unknown\s+Incident\s+Reported by a source\s+derived\s+Alleged incident 2 \/ 2$/,
      ),
      expect.stringMatching(/^unknown\s+Unknown\s+Incident\s+Reported by a source\s+manual\s+Money given to V-01$/),
    ]);
    expect(run.stdout).not.toContain('Aminata');
  });

  it('prints its headings, precisions, kinds and bases in the command line’s language', async () => {
    const setup = await caseWithChronology(tempDir());
    const run = await casefile(setup, ['--ui-lang', 'fr', 'timeline', setup.prepared]);
    expect(run.status).toBe(0);
    const [summary, , header, first] = run.stdout.split('\n');
    expect(summary).toBe(`${setup.prepared} : événements datés : 3 ; de date inconnue : 2.`);
    expect(header).toMatch(/^DATE \(TELLE QU’INDIQUÉE\)\s+PRÉCISION\s+NATURE\s+FONDEMENT\s+ORIGINE\s+TITRE$/);
    expect(first).toMatch(/\scalculé\s+Incident allégué 1 \/ 2$/);
    expect(run.stdout).toContain('Date inconnue :');
    const arabic = await casefile(setup, ['--ui-lang', 'ar', 'timeline', setup.prepared]);
    expect(arabic.status).toBe(0);
    expect(arabic.stdout.split('\n')[0]).toBe(`${setup.prepared}: أحداث مؤرخة: 3؛ أحداث مجهولة التاريخ: 2.`);
    expect(arabic.stdout).toContain('تاريخ مجهول:');
  });

  it('prints JSON with --json, French titles with --fr, and refuses an unknown case', async () => {
    const setup = await caseWithChronology(tempDir());
    const json = valueOf<Chronology>(await casefile(setup, ['timeline', setup.prepared, '--json', '--fr']));
    expect(json.reference).toBe(setup.prepared);
    expect(json.dated.map((entry) => entry.title)).toEqual([
      'Incident allégué 1 / 2',
      'S-01 met V-01 at the market',
      'Dossier ouvert : Évaluation préliminaire',
    ]);
    expect(json.undated).toHaveLength(2);
    expect(json.ordering).toContain('Les événements de date inconnue');
    const missing = await casefile(setup, ['timeline', 'CF-2026-9999', '--json']);
    expect(errorOf(missing).code).toBe('NOT_FOUND');
  });
});
