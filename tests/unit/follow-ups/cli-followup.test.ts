import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import { dateIn, DAY_MS, hoursAgo, testClock } from '../../clock.js';
import { casefile, errorOf, useTempDirs, valueOf, vaultWithCase } from '../people/cli-fixture.js';

const tempDir = useTempDirs();

const caseWithSubject = () =>
  vaultWithCase(tempDir(), [
    {
      role: 'subject',
      personnelCategory: 'military_mc',
      nationality: 'XYZ',
      unitOrContingent: 'Battalion 4',
      function: 'Driver',
    },
    { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
  ]);

describe('casefile action', () => {
  it('records an action about a subject by code and lists it without its free text', async () => {
    const setup = await caseWithSubject();
    const ref = setup.reference;
    const recorded = await casefile(setup, [
      'action',
      'record',
      '--case',
      ref,
      '--subject',
      'S-01',
      '--kind',
      'repatriation',
      '--source',
      'contributing_country',
      '--reference',
      'Note verbale 114',
      '--description',
      'Flown home by Major Ashcombe',
      '--at',
      hoursAgo(2),
    ]);
    expect(recorded.status).toBe(EXIT.ok);
    expect(recorded.stdout).toMatch(/^Recorded in .*: .* S-01: Repatriation \(The contributing country\)\. Id: /);
    const listed = await casefile(setup, ['action', 'list', '--case', ref]);
    expect(listed.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(listed.stdout).not.toMatch(/Ashcombe|114/);

    const victim = await casefile(setup, [
      '--json',
      'action',
      'record',
      '--case',
      ref,
      '--subject',
      'V-01',
      '--kind',
      'repatriation',
      '--source',
      'mission',
    ]);
    expect(victim.status).toBe(EXIT.usage);
    expect(errorOf(victim).message).toBe('V-01 is not a subject: actions are recorded about the subjects of a case.');
    const badKind = await casefile(setup, [
      '--json',
      'action',
      'record',
      '--case',
      ref,
      '--subject',
      'S-01',
      '--kind',
      'flogging',
      '--source',
      'mission',
    ]);
    expect(badKind.status).toBe(EXIT.usage);
    expect(errorOf(badKind).message).toContain('--kind');
    expect(errorOf(badKind).message).not.toContain('flogging');
  });
});

describe('casefile followup', () => {
  it('opens an item, records its reply and lists the item answered', async () => {
    const setup = await caseWithSubject();
    const ref = setup.reference;
    const opened = valueOf<{ id: string; due: { dueAt: string; closedAt: null } }>(
      await casefile(setup, [
        '--json',
        'followup',
        'open',
        '--case',
        ref,
        '--to',
        'contributing_country',
        '--kind',
        'notification',
        '--subject',
        'S-01',
        '--addressee',
        'Permanent Mission of Ruritania',
        '--sent-at',
        hoursAgo(48),
      ]),
    );
    expect(opened.due.closedAt).toBeNull();
    const awaiting = await casefile(setup, ['followup', 'list', '--case', ref]);
    expect(awaiting.stdout).toContain('Notification to Contributing country about S-01: Awaiting a reply; reply due ');
    expect(awaiting.stdout).not.toContain('Ruritania');

    const replied = await casefile(setup, [
      'followup',
      'reply',
      '--case',
      ref,
      '--item',
      opened.id,
      '--summary',
      'A National Investigation Officer was appointed.',
      '--at',
      hoursAgo(1),
    ]);
    expect(replied.status).toBe(EXIT.ok);
    expect(replied.stdout).toMatch(/^Reply recorded in .*: Reply received; answered .*; replies: 1\. Id: /);

    const early = await casefile(setup, [
      '--json',
      'followup',
      'reply',
      '--case',
      ref,
      '--item',
      opened.id,
      '--summary',
      'Too early',
      '--at',
      hoursAgo(72),
    ]);
    expect(early.status).toBe(EXIT.usage);
    expect(errorOf(early).message).toMatch(/^A reply cannot be dated before the referral or notification was sent/);
    const missing = await casefile(setup, ['--json', 'followup', 'reply', '--case', ref, '--item', opened.id]);
    expect(missing.status).toBe(EXIT.usage);
  });

  it('links a letter of the register to an item, once, and says so in words', async () => {
    const setup = await caseWithSubject();
    const ref = setup.reference;
    // A Member State referral concerns an expert on mission (S-02) whose allegation is substantiated.
    valueOf(
      await casefile(setup, ['--json', 'person', 'add', '--input', '-'], {
        stdin: JSON.stringify({
          caseId: ref,
          profile: { role: 'subject', personnelCategory: 'police_unpol', nationality: 'XYZ' },
        }),
      }),
    );
    valueOf(
      await casefile(setup, ['--json', 'call', 'cases.changeStatus', '--input', '-'], {
        stdin: JSON.stringify({ caseId: ref, to: 'under_investigation', reason: 'Credible' }),
      }),
    );
    const decided = [
      '--decided-by',
      'oios',
      '--decided-on',
      dateIn('UTC', testClock.now() - DAY_MS),
      '--report',
      'OIOS-1/26',
    ];
    valueOf(
      await casefile(setup, [
        '--json',
        'finding',
        'record',
        '--case',
        ref,
        '--person',
        'S-02',
        '--outcome',
        'substantiated',
        ...decided,
      ]),
    );
    const item = valueOf<{ id: string }>(
      await casefile(setup, [
        '--json',
        'followup',
        'open',
        '--case',
        ref,
        '--to',
        'member_state',
        '--kind',
        'referral',
      ]),
    );
    const out = join(tempDir(), 'referral.pdf');
    const rendered = ['letter', 'render', '--case', ref, '--template', 'member_state_referral', '--subject', 'S-02'];
    rendered.push('--out', out, '--despite-warnings');
    const { letter } = valueOf<{ letter: { id: string } }>(await casefile(setup, ['--json', ...rendered]));
    const link = ['followup', 'link', '--case', ref, '--item', item.id, '--letter', letter.id];
    const linked = await casefile(setup, link);
    expect(linked.status).toBe(EXIT.ok);
    expect(linked.stdout).toMatch(/^Letter linked in .*: .*Referral to Member State.*; letters linked: 1\. Id: /);

    const twice = await casefile(setup, ['--json', ...link]);
    expect(twice.status).not.toBe(EXIT.ok);
    expect(errorOf(twice).message).toBe('This letter is already part of this exchange.');
    const noLetter = await casefile(setup, ['--json', 'followup', 'link', '--case', ref, '--item', item.id]);
    expect(noLetter.status).toBe(EXIT.usage);
    expect(errorOf(noLetter).message).toBe('Give the follow-up item and the letter: --item ID --letter ID.');
  });
});
