import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import { hoursAgo } from '../../clock.js';
import { casefile, errorOf, useTempDirs, valueOf, vaultWithCase } from '../people/cli-fixture.js';

const tempDir = useTempDirs();

const caseWithVictim = () =>
  vaultWithCase(tempDir(), [
    { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
    { role: 'witness', sex: 'male', ageBand: 'adult', language: 'fr' },
    { role: 'interpreter', languages: ['sg'], vetting: { vetted: true } },
  ]);

describe('casefile assistance', () => {
  it('offers, refuses the referral without consent, refers with it, and lists without the provider', async () => {
    const setup = await caseWithVictim();
    const ref = setup.reference;
    const offered = valueOf<{ id: string }>(
      await casefile(setup, [
        '--json',
        'assistance',
        'offer',
        '--case',
        ref,
        '--victim',
        'V-01',
        '--service',
        'medical',
        '--provider',
        'Clinique Espoir',
        '--at',
        hoursAgo(5),
      ]),
    );
    const step = (status: string, at: string) => [
      'assistance',
      'update',
      '--case',
      ref,
      '--referral',
      offered.id,
      '--status',
      status,
      '--at',
      at,
    ];
    expect((await casefile(setup, step('accepted', hoursAgo(4)))).status).toBe(EXIT.ok);
    const refused = await casefile(setup, ['--json', ...step('in_progress', hoursAgo(3))]);
    expect(refused.status).not.toBe(EXIT.ok);
    expect(errorOf(refused).code).toBe('CONSENT_REQUIRED');

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
        'referral_to_services',
        '--decision',
        'given',
        '--decided-at',
        hoursAgo(3.5),
      ]),
    );
    const referred = await casefile(setup, step('in_progress', hoursAgo(3)));
    expect(referred.stdout).toMatch(/^Updated in .*: V-01: Medical care — Referred, in progress \(/);

    const listed = await casefile(setup, ['assistance', 'list', '--case', ref]);
    expect(listed.status).toBe(EXIT.ok);
    expect(listed.stdout).toContain('V-01: Medical care — Referred, in progress');
    expect(listed.stdout).toContain('provider recorded');
    expect(listed.stdout).not.toContain('Clinique Espoir');

    const badStep = await casefile(setup, ['--json', ...step('offered', hoursAgo(1))]);
    expect(badStep.status).not.toBe(EXIT.ok);
    expect(errorOf(badStep).message).toContain('--status');
  });
});

describe('casefile victim-contact', () => {
  it('logs a contact by codes and lists it without who made it or the note', async () => {
    const setup = await caseWithVictim();
    const ref = setup.reference;
    const logged = await casefile(setup, [
      'victim-contact',
      'log',
      '--case',
      ref,
      '--victim',
      'V-01',
      '--by',
      'Investigator Jeanne Martin',
      '--how',
      'phone',
      '--language',
      'sg',
      '--interpreter',
      'I-01',
      '--told',
      'progress, assistance',
      '--note',
      'Asked about her safety at home',
      '--at',
      hoursAgo(2),
    ]);
    expect(logged.status).toBe(EXIT.ok);
    expect(logged.stdout).toMatch(/^Logged in .*: .* V-01: By phone, in sg; told: progress of the case and assistance/);
    const listed = await casefile(setup, ['victim-contact', 'list', '--case', ref, '--victim', 'V-01']);
    expect(listed.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(listed.stdout).not.toMatch(/Martin|safety/);

    const notVictim = await casefile(setup, [
      '--json',
      'victim-contact',
      'log',
      '--case',
      ref,
      '--victim',
      'W-01',
      '--by',
      'Investigator',
      '--how',
      'in_person',
      '--language',
      'fr',
      '--told',
      'progress',
    ]);
    expect(errorOf(notVictim).message).toBe(
      'Contacts are logged with a victim; W-01 is not recorded as a victim in this case.',
    );
  });
});
