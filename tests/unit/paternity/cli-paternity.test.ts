import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import { DAY_MS, dateIn, testClock } from '../../clock.js';
import { casefile, errorOf, useTempDirs, valueOf, vaultWithCase } from '../people/cli-fixture.js';

const tempDir = useTempDirs();
/** A UTC day (these vaults' mission zone) `days` before the test clock's today. */
const daysBefore = (days: number) => dateIn('UTC', testClock.now() - days * DAY_MS);

const caseWithMotherAndSubject = () =>
  vaultWithCase(tempDir(), [
    { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
    {
      role: 'subject',
      personnelCategory: 'military_mc',
      nationality: 'XYZ',
      unitOrContingent: 'Battalion 4',
      function: 'Logistics officer',
    },
    { role: 'witness', sex: 'male', ageBand: 'adult', language: 'fr' },
  ]);

describe('casefile paternity', () => {
  it('adds children by code, updates the options given and lists them, without names or amounts', async () => {
    const setup = await caseWithMotherAndSubject();
    const ref = setup.reference;
    const added = await casefile(setup, [
      'paternity',
      'add',
      '--case',
      ref,
      '--mother',
      'V-01',
      '--subject',
      'S-01',
      '--born',
      '2025-11',
      '--reported-on',
      daysBefore(1),
    ]);
    expect(added.status).toBe(EXIT.ok);
    expect(added.stdout).toBe(`Recorded in ${ref}: C-01 (mother V-01, subject S-01): Reported.\n`);

    // A sample needs the mother's consent to forensic sampling.
    const sampleArgs = ['paternity', 'update', '--case', ref, '--child', 'C-01', '--dna-taken', daysBefore(1)];
    const refused = await casefile(setup, ['--json', ...sampleArgs]);
    expect(refused.status).not.toBe(EXIT.ok);
    expect(errorOf(refused)).toMatchObject({ code: 'CONSENT_REQUIRED' });
    expect(errorOf(refused).message).toContain('No consent of V-01');
    const decidedAt = new Date(testClock.now() - 3 * DAY_MS).toISOString();
    valueOf(
      await casefile(setup, [
        '--json',
        'consent',
        'record',
        '--case',
        ref,
        '--person',
        'V-01',
        '--purpose',
        'forensic_sampling',
        '--decision',
        'given',
        '--decided-at',
        decidedAt,
      ]),
    );
    const updated = await casefile(setup, [
      ...sampleArgs,
      '--status',
      'dna_requested',
      '--state',
      'Ruritania',
      '--contacted-on',
      daysBefore(1),
      '--contact-how',
      'note_verbale',
      '--support-amount',
      'USD 150 a month',
      '--support-ordered-on',
      daysBefore(0),
    ]);
    expect(updated.stdout).toBe(
      `Updated in ${ref}: C-01 (mother V-01, subject S-01): DNA test requested; DNA sample taken ${daysBefore(1)}; ` +
        `Member State contacted ${daysBefore(1)} (Note verbale); support ordered ${daysBefore(0)}.\n`,
    );
    // Only the option given changes; the birth and the contact stay.
    const second = valueOf<{ birth: object; memberStateContact: object; support: object }>(
      await casefile(setup, [
        '--json',
        'paternity',
        'update',
        '--case',
        ref,
        '--child',
        'C-01',
        '--dna-sent',
        daysBefore(0),
      ]),
    );
    expect(second).toMatchObject({
      birth: { precision: 'month', from: '2025-11' },
      memberStateContact: { state: 'Ruritania', how: 'note_verbale' },
      support: { amount: 'USD 150 a month' },
    });

    valueOf(
      await casefile(setup, [
        '--json',
        'paternity',
        'add',
        '--case',
        ref,
        '--mother',
        'V-01',
        '--subject',
        'S-01',
        '--reported-on',
        daysBefore(0),
      ]),
    );
    const listed = await casefile(setup, ['paternity', 'list', '--case', ref]);
    expect(
      listed.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.slice(0, 4)),
    ).toEqual(['C-01', 'C-02']);
    expect(listed.stdout).not.toMatch(/Ruritania|USD/);
    const json = valueOf<{ items: { code: string }[] }>(
      await casefile(setup, ['--json', 'paternity', 'list', '--case', ref]),
    );
    expect(json.items.map((item) => item.code)).toEqual(['C-01', 'C-02']);
  });

  it('refuses missing options, a wrong role and an unknown child in words', async () => {
    const setup = await caseWithMotherAndSubject();
    const ref = setup.reference;
    const missing = await casefile(setup, ['paternity', 'add', '--case', ref, '--mother', 'V-01']);
    expect(missing.status).toBe(EXIT.usage);
    expect(missing.stderr).toContain('--subject PERSON');
    const wrongRole = await casefile(setup, [
      '--json',
      'paternity',
      'add',
      '--case',
      ref,
      '--mother',
      'W-01',
      '--subject',
      'S-01',
      '--reported-on',
      daysBefore(0),
    ]);
    expect(errorOf(wrongRole).message).toBe(
      'W-01 is not recorded as a victim: the mother must be a victim of this case.',
    );
    const born = await casefile(setup, ['paternity', 'add', '--case', ref, '--born', 'last spring']);
    expect(born.status).toBe(EXIT.usage);
    expect(born.stderr).toContain('--born takes a day');
    expect(born.stderr).not.toContain('last spring');
    const unknown = await casefile(setup, ['--json', 'paternity', 'update', '--case', ref, '--child', 'C-09']);
    expect(errorOf(unknown)).toMatchObject({ code: 'NOT_FOUND', message: `There is no child record C-09 in ${ref}.` });
  });
});
