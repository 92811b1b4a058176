import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import { DAY_MS, dateIn, testClock } from '../../clock.js';
import { casefile, errorOf, useTempDirs, valueOf, vaultWithCase } from '../people/cli-fixture.js';

const tempDir = useTempDirs();
/** The day the fixture's case was received: never after the mission's today, whatever its zone. */
const received = () => dateIn('UTC', testClock.now() - DAY_MS);

describe('casefile person add (subjects) and casefile finding', () => {
  it("takes a subject's rank and investigating entity, records and lists findings, and the case follows", async () => {
    const root = tempDir();
    const setup = await vaultWithCase(root);
    const subject = (extra: string[]) =>
      casefile(setup, ['--json', 'person', 'add', '--case', setup.reference, '--role', 'subject', ...extra]);
    const s1 = valueOf(await subject(['--personnel-category', 'military_mc', '--rank', 'Sergeant']));
    expect(s1).toMatchObject({
      code: 'S-01',
      profile: { rankOrGrade: 'Sergeant', investigatingEntity: 'tcc_pcc' },
    });
    const s2 = valueOf(
      await subject(['--personnel-category', 'unknown', '--investigating-entity', 'agency_investigators']),
    );
    expect(s2).toMatchObject({ code: 'S-02', profile: { personnelCategory: 'unknown' } });
    expect((s2 as { profile: object }).profile).toMatchObject({ investigatingEntity: 'agency_investigators' });

    const record = (extra: string[]) =>
      casefile(setup, ['finding', 'record', '--case', setup.reference, '--decided-on', received(), ...extra]);
    const first = await record([
      '--person',
      'S-01',
      '--outcome',
      'closed_without_investigation',
      '--decided-by',
      'tcc_pcc',
      '--ground',
      'subject_separated_from_service',
      '--reason',
      'Repatriated at the end of the rotation',
    ]);
    expect(first.status).toBe(EXIT.ok);
    expect(first.stdout).toBe(
      `S-01: Closed without investigation, decided on ${received()} by Contributing country (National ` +
        `Investigation Officer). ${setup.reference} is now “Preliminary assessment”.\n`,
    );
    const second = await record([
      '--person',
      'S-02',
      '--outcome',
      'closed_without_investigation',
      '--decided-by',
      'agency_investigators',
      '--ground',
      'subject_not_identified',
      '--reason',
      'Never identified',
    ]);
    expect(second.stdout).toContain(`${setup.reference} is now “Closed (other circumstances)”.`);

    const listed = valueOf<{ items: { code: string; outcome: string }[] }>(
      await casefile(setup, ['--json', 'finding', 'list', '--case', setup.reference]),
    );
    expect(listed.items.map((f) => [f.code, f.outcome])).toEqual([
      ['S-01', 'closed_without_investigation'],
      ['S-02', 'closed_without_investigation'],
    ]);
    const one = await casefile(setup, ['finding', 'list', '--case', setup.reference, '--person', 'S-02']);
    expect(one.stdout).toMatch(/^S-02: Closed without investigation, decided on .* by The agency’s/);
  });

  it('refuses a finding with missing or wrong options in words, echoing nothing typed', async () => {
    const root = tempDir();
    const setup = await vaultWithCase(root);
    valueOf(
      await casefile(setup, [
        '--json',
        'person',
        'add',
        '--case',
        setup.reference,
        '--role',
        'subject',
        '--personnel-category',
        'police_unpol',
      ]),
    );
    const missing = await casefile(setup, ['finding', 'record', '--case', setup.reference, '--person', 'S-01']);
    expect(missing.status).toBe(EXIT.usage);
    expect(missing.stderr).toContain('--outcome OUTCOME');
    const wrong = await casefile(setup, [
      '--json',
      'finding',
      'record',
      '--case',
      setup.reference,
      '--person',
      'S-01',
      '--outcome',
      'cleared-totally',
      '--decided-by',
      'oios',
      '--decided-on',
      received(),
    ]);
    expect(wrong.status).toBe(EXIT.usage);
    expect(JSON.stringify(errorOf(wrong))).not.toContain('cleared-totally');
    const noReport = await casefile(setup, [
      '--json',
      'finding',
      'record',
      '--case',
      setup.reference,
      '--person',
      'S-01',
      '--outcome',
      'substantiated',
      '--decided-by',
      'oios',
      '--decided-on',
      received(),
    ]);
    expect(errorOf(noReport).message).toBe(
      'A finding reached by an investigation needs the reference of the investigation report.',
    );
  });
});
