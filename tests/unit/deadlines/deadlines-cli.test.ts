import { describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../shared/contract/index.js';
import { DAY_MS, HOUR_MS, dateIn, testClock, todayIn } from '../../clock.js';
import { casefile, errorOf, today, useTempDirs, utcMinuteFromNow, valueOf, vaultWith } from './cli-fixture.js';

const tempDir = useTempDirs();

type Listed = MethodOutput<'deadlines.list'>;

/**
 * Two cases: one with an incident 10 hours ago (72 h and 120 h windows open), one with a subject rotating in 20 days.
 */
async function twoCases(root: string) {
  return vaultWith(root, async (call) => {
    const recent = await call('cases.create', {
      title: 'Allegation at the checkpoint',
      dateReceived: today(),
      reportingChannel: 'hotline',
      entity: 'MINUSCA',
      incidentDates: [{ precision: 'exact', from: utcMinuteFromNow(-10), timeZone: 'UTC' }],
    });
    const rotating = await call('cases.create', {
      title: 'Allegation at the camp',
      dateReceived: today(),
      reportingChannel: 'hotline',
      entity: 'MINUSCA',
    });
    const rotation = dateIn('UTC', testClock.now() + 20 * DAY_MS);
    await call('people.add', {
      caseId: rotating.id,
      profile: {
        role: 'subject',
        personnelCategory: 'military_mc',
        nationality: 'XYZ',
        rotationOrContractEnd: rotation,
      },
    });
    return { recent: recent.reference, rotating: rotating.reference };
  });
}

describe('casefile deadlines', () => {
  it('lists open deadlines of every case, most urgent first, with countdowns', async () => {
    const setup = await twoCases(tempDir());
    const { recent, rotating } = setup.prepared;
    const run = await casefile(setup, ['deadlines']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^DUE \(UTC\)\s+COUNTDOWN\s+STATE\s+FIRMNESS\s+CASE\s+CONCERNS\s+ID\s+CLOCK$/);
    expect(lines.slice(1).map((line) => line.split(/\s{2,}/).at(-1))).toEqual([
      'Forensic medical examination',
      'HIV post-exposure prophylaxis',
      'Emergency contraception',
      "Subject's reference sample before rotation",
      'Subject interview before rotation',
    ]);
    expect(lines[1]).toMatch(/ 2d 1[34]h \d\dm left +Open +Binding limit +CF-\d{4}-0001 +Incident \S+ \(UTC\)/);
    expect(lines[4]).toContain(`${rotating}  Subject S-01`);
    expect(run.stdout).not.toContain('Allegation at');
    expect(lines[1]).toContain(recent);

    const json = valueOf<Listed>(await casefile(setup, ['deadlines', '--case', rotating, '--json']));
    expect(json.items.map((item) => item.clockId)).toEqual(['subject_reference_sample', 'subject_interview']);
    expect(json.items[0]?.concerns).toMatchObject({ kind: 'subject', label: 'S-01' });

    const explained = await casefile(setup, ['deadlines', '--case', recent, '--explain', '--fr']);
    expect(explained.stdout).toContain('Échéance : 72 heures après l’incident.');
    // --fr is --ui-lang fr: the command line's own words are French too.
    expect(explained.stdout).toMatch(/^ÉCHÉANCE \(UTC\)\s+COMPTE À REBOURS\s+ÉTAT\s/);
    // What a deadline concerns is worded in the command line's language, not given as a code.
    const french = await casefile(setup, ['--ui-lang', 'fr', 'deadlines', '--case', rotating]);
    expect(french.stdout.split('\n')[1]).toContain(`${rotating}  Personne mise en cause S-01`);
    // In Arabic, the core's explanation is Arabic too (not only the command line's own words).
    const arabic = await casefile(setup, ['--ui-lang', 'ar', 'deadlines', '--case', recent, '--explain']);
    const explanations = arabic.stdout.split('\n').filter((line) => line.startsWith('CF-'));
    expect(explanations).not.toEqual([]);
    for (const line of explanations) expect(line.split('): ')[1]).toMatch(/^\P{Script=Latin}*\p{Script=Arabic}/u);
  });

  it('closes a deadline by its short id with the action taken; --all shows it, closed, last', async () => {
    const setup = await twoCases(tempDir());
    const { recent } = setup.prepared;
    const listed = valueOf<Listed>(await casefile(setup, ['deadlines', '--case', recent, '--json']));
    const pep = listed.items.find((item) => item.clockId === 'hiv_pep');
    expect(pep).toBeDefined();

    const refused = await casefile(setup, ['deadlines', 'close', (pep?.id ?? '').slice(0, 8), '--json']);
    expect(refused.status).not.toBe(0);
    expect(errorOf(refused).code).toBe('USAGE');

    const closed = await casefile(setup, [
      'deadlines',
      'close',
      (pep?.id ?? '').slice(0, 8),
      '--action',
      'PEP started at the district clinic',
    ]);
    expect(closed.status).toBe(0);
    expect(closed.stdout).toMatch(
      new RegExp(`^${recent} HIV post-exposure prophylaxis: closed 2d 1[34]h \\d\\dm before due\\.`),
    );

    const open = valueOf<Listed>(await casefile(setup, ['deadlines', '--case', recent, '--json']));
    expect(open.items.map((item) => item.clockId)).toEqual(['forensic_exam', 'emergency_contraception']);
    const all = valueOf<Listed>(await casefile(setup, ['deadlines', '--case', recent, '--all', '--json']));
    expect(all.items.at(-1)).toMatchObject({
      clockId: 'hiv_pep',
      state: 'closed',
      closedAction: 'PEP started at the district clinic',
    });

    const again = await casefile(setup, ['deadlines', 'close', pep?.id ?? '', '--action', 'again', '--json']);
    expect(errorOf(again).code).toBe('CONFLICT');
    const unknown = await casefile(setup, ['deadlines', 'close', 'ffffffff', '--action', 'x', '--json']);
    expect(errorOf(unknown).code).toBe('NOT_FOUND');
  });

  it("prints due times on the mission's clock, its time zone named in the header", async () => {
    // Nairobi is UTC+3 all year: the forensic examination, due 72 h after an incident 10 hours ago,
    // reads three hours later there than in UTC.
    const setup = await vaultWith(
      tempDir(),
      async (call) => {
        await call('cases.create', {
          title: 'Allegation at the checkpoint',
          dateReceived: todayIn('Africa/Nairobi'),
          reportingChannel: 'hotline',
          entity: 'MINUSCA',
          incidentDates: [{ precision: 'exact', from: utcMinuteFromNow(-10), timeZone: 'UTC' }],
        });
      },
      'Africa/Nairobi',
    );
    const run = await casefile(setup, ['deadlines']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^DUE \(Africa\/Nairobi\)\s+COUNTDOWN/);
    const { items } = valueOf<Listed>(await casefile(setup, ['deadlines', '--json']));
    const forensic = items.find((item) => item.clockId === 'forensic_exam');
    const dueInNairobi = new Date(Date.parse(forensic?.dueAt ?? '') + 3 * HOUR_MS)
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ');
    const row = lines.find((line) => line.endsWith('Forensic medical examination'));
    expect(row?.startsWith(dueInNairobi)).toBe(true);
  });
});
