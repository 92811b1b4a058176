import { describe, expect, it } from 'vitest';
import { hoursAgo } from '../../clock.js';
import { casefile, today, useTempDirs, utcMinuteFromNow, valueOf, vaultWith } from '../deadlines/cli-fixture.js';

const tempDir = useTempDirs();

/** The clock column: the last cell of each row of the deadlines table. */
const clockColumn = (stdout: string): string[] =>
  stdout
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split(/\s{2,}/).at(-1)!);

/**
 * A case whose incident, 10 hours ago, opens the three rapid-response windows, with its victim; the team has
 * renamed one shipped clock (emergency contraception) to its own words before.
 */
async function caseWithRenamedClock(root: string) {
  return vaultWith(root, async (call) => {
    const { clocks } = await call('clocks.get', {});
    const renamed = clocks.map((clock) =>
      clock.id === 'emergency_contraception' ? { ...clock, name: 'EC (mission protocol)' } : clock,
    );
    await call('clocks.update', { clocks: renamed });
    const created = await call('cases.create', {
      title: 'Allegation at the checkpoint',
      dateReceived: today(),
      reportingChannel: 'hotline',
      entity: 'MINUSCA',
      incidentDates: [{ precision: 'exact', from: utcMinuteFromNow(-10), timeZone: 'UTC' }],
    });
    await call('people.add', {
      caseId: created.id,
      profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
    });
    return created.reference;
  });
}

describe('casefile deadlines names each clock in the command line’s language', () => {
  it('prints a shipped clock’s name in French or Arabic, a renamed one as the team wrote it', async () => {
    const setup = await caseWithRenamedClock(tempDir());
    const english = await casefile(setup, ['deadlines']);
    expect(clockColumn(english.stdout)).toEqual([
      'Forensic medical examination',
      'HIV post-exposure prophylaxis',
      'EC (mission protocol)',
    ]);

    const french = await casefile(setup, ['--ui-lang', 'fr', 'deadlines']);
    expect(french.status).toBe(0);
    expect(clockColumn(french.stdout)).toEqual([
      'Examen médico-légal',
      'Prophylaxie post-exposition au VIH',
      'EC (mission protocol)',
    ]);

    const arabic = await casefile(setup, ['--ui-lang', 'ar', 'deadlines']);
    expect(arabic.status).toBe(0);
    expect(clockColumn(arabic.stdout)).toEqual([
      'الفحص الطبي الشرعي',
      'العلاج الوقائي بعد التعرض لفيروس نقص المناعة البشرية',
      'EC (mission protocol)',
    ]);
    // The explanations name the clock in the same words.
    const explained = await casefile(setup, ['--ui-lang', 'ar', 'deadlines', '--explain']);
    expect(explained.stdout).toMatch(/\nCF-\d{4}-\d{4} الفحص الطبي الشرعي \(/);
    expect(explained.stdout).not.toContain('Forensic medical examination');
    // --json keeps the clock's stored name: a program reads what the vault holds.
    const json = valueOf<{ items: Array<{ clockName: string }> }>(
      await casefile(setup, ['--ui-lang', 'fr', 'deadlines', '--json']),
    );
    expect(json.items[0]?.clockName).toBe('Forensic medical examination');
  });

  it('names the closed deadline in French when one is closed by hand', async () => {
    const setup = await caseWithRenamedClock(tempDir());
    const { items } = valueOf<{ items: Array<{ id: string; clockId: string }> }>(
      await casefile(setup, ['deadlines', '--json']),
    );
    const pep = items.find((item) => item.clockId === 'hiv_pep')!;
    const closed = await casefile(setup, [
      '--ui-lang',
      'fr',
      ...['deadlines', 'close', pep.id.slice(0, 8), '--action', 'PPE commencée au dispensaire'],
    ]);
    expect(closed.stdout).toMatch(/^CF-\d{4}-\d{4} Prophylaxie post-exposition au VIH ?: clos /);
  });

  it('names in French the deadlines an investigative action closed', async () => {
    const setup = await caseWithRenamedClock(tempDir());
    const ref = setup.prepared;
    const recorded = valueOf<{ id: string }>(
      await casefile(setup, [
        '--json',
        ...['investigation', 'record', '--case', ref, '--kind', 'forensic_medical_exam', '--person', 'V-01'],
        ...['--by', 'Enquêtrice', '--requested-at', hoursAgo(3)],
      ]),
    );
    const concluded = await casefile(setup, [
      ...['investigation', 'conclude', '--case', ref, '--action', recorded.id],
      ...['--outcome', 'done', '--outcome-at', hoursAgo(1), '--qualified', 'yes'],
    ]);
    expect(concluded.status).toBe(0);
    const list = await casefile(setup, ['--ui-lang', 'fr', 'investigation', 'list', '--case', ref]);
    expect(list.stdout).toContain('clos : Examen médico-légal');
    expect(list.stdout).not.toContain('Forensic medical examination');
  });
});
