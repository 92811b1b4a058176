import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import type { InterviewRecord } from '../../../shared/contract/interviews.js';
import { richTextToPlain } from '../../../shared/domain/rich-text.js';
import { todayIn } from '../../clock.js';
import { casefile, errorOf, hoursAgo, useTempDirs, valueOf, vaultWithCase, writeText } from '../people/cli-fixture.js';

const tempDir = useTempDirs();

const NAME = 'Grace Secret-Name';

describe('casefile consent record and interview add|conduct|notes|sign|amend', () => {
  it(
    "takes a 15-year-old's interview from plan to amendment, refused until guardian " +
      'consent and assent are recorded',
    async () => {
      const root = tempDir();
      const setup = await vaultWithCase(root);
      const all: string[] = [];
      const run = async (args: string[], options: { stdin?: string } = {}) => {
        const result = await casefile(setup, args, options);
        all.push(result.stdout, result.stderr);
        return result;
      };
      const ref = setup.reference;
      await run(['person', 'add', '--case', ref, '--role', 'guardian', '--relationship', 'parent']);
      const victimFile = writeText(
        root,
        'victim.json',
        JSON.stringify({
          profile: { role: 'victim', sex: 'female', ageBand: 'unknown', language: 'fr', guardianPersonId: 'G-01' },
          identity: {
            fullName: NAME,
            dateOfBirth: { precision: 'day', from: `${Number(todayIn('UTC').slice(0, 4)) - 15}-01-01` },
          },
        }),
      );
      expect((await run(['person', 'add', '--case', ref, '--input', victimFile])).stdout).toContain(
        'Added V-01 (Victim)',
      );

      const arrangements = {
        arrangements: {
          scheduledAt: hoursAgo(1),
          place: { type: 'ngo_premises', private: true },
          team: [{ name: 'Investigator One', gender: 'female', role: 'lead', trainedInChildInterviewing: true }],
          genderPreference: { offered: true },
          supportPerson: { offered: true, present: true },
          language: 'fr',
          recorded: false,
          riskAssessment: {
            assessedAt: hoursAgo(5),
            level: 'low',
            risks: 'Being seen',
            mitigations: 'Side entrance',
            proceed: true,
          },
        },
      };
      const planned = valueOf<InterviewRecord>(
        await run([
          '--json',
          'interview',
          'add',
          '--case',
          ref,
          '--person',
          'V-01',
          '--input',
          writeText(root, 'plan.json', JSON.stringify(arrangements)),
        ]),
      );
      expect(planned).toMatchObject({ personCode: 'V-01', status: 'planned' });
      const id = planned.id;

      const refused = await run(['--json', 'interview', 'conduct', id, '--conducted-at', hoursAgo(1)]);
      expect(refused.status).toBe(EXIT.failure);
      expect(errorOf(refused)).toEqual({
        code: 'CONSENT_REQUIRED',
        reason: 'principles.consentMissing',
        message: expect.stringContaining("R4: V-01 was interviewed without the guardian's consent"),
      });
      const human = await run(['interview', 'conduct', id, '--conducted-at', hoursAgo(1)]);
      expect(human.stderr).toContain("without the child's own assent recorded before it");

      const byGuardian = await run([
        'consent',
        'record',
        '--case',
        ref,
        '--person',
        'V-01',
        '--purpose',
        'interview',
        '--decision',
        'given',
        '--guardian',
        'G-01',
        '--decided-at',
        hoursAgo(3),
      ]);
      expect(byGuardian.stdout).toMatch(
        // The time on the mission's clock, its zone named (--json keeps the ISO instant).
        /^Recorded for V-01: Interview — given by the guardian \(G-01\), decided \d+ \w+ \d{4}, [\d:]+ \(\S+\)\. Id: /,
      );
      const assent = await run(['--json', 'consent', 'record', '--case', ref, '--input', '-'], {
        stdin: JSON.stringify({
          personId: 'V-01',
          purpose: 'interview',
          decision: 'given',
          by: 'self',
          decidedAt: hoursAgo(2),
        }),
      });
      expect(valueOf(assent)).toMatchObject({ by: 'self', decision: 'given', purpose: 'interview' });

      expect((await run(['interview', 'conduct', id, '--conducted-at', hoursAgo(1)])).stdout).toMatch(
        /^Recorded the interview of V-01 of .* as conducted\.$/m,
      );
      const saved = await run([
        'interview',
        'notes',
        id,
        '--notes-file',
        writeText(root, 'notes.txt', 'She describes the vehicle.\nIt was dark.\n'),
      ]);
      expect(saved.stdout).toContain('(revision 1)');
      const signed = valueOf<InterviewRecord>(await run(['--json', 'interview', 'sign', id]));
      expect(signed.status).toBe('signed');
      expect(
        (await run(['interview', 'notes', id, '--notes-file', writeText(root, 'late.txt', 'Late edit')])).status,
      ).toBe(EXIT.failure);

      const amendedRun = await run([
        'interview',
        'amend',
        id,
        '--reason',
        'She corrected the time',
        '--notes-file',
        writeText(root, 'v2.txt', 'She describes the vehicle.\nIt was dusk.\n'),
      ]);
      expect(amendedRun.stdout).toMatch(
        /^Amended the interview of V-01 .*: version 2; every earlier version stays readable\.$/m,
      );
      const reread = valueOf<InterviewRecord>(
        await run([
          '--json',
          'call',
          'interviews.get',
          '--input',
          writeText(root, 'get.json', JSON.stringify({ interviewId: id })),
        ]),
      );
      expect(richTextToPlain(reread.notes)).toBe('She describes the vehicle.\nIt was dark.');
      expect(reread.amendments.map((a) => [a.version, a.reason, richTextToPlain(a.notes)])).toEqual([
        [2, 'She corrected the time', 'She describes the vehicle.\nIt was dusk.'],
      ]);

      // The name never reaches the terminal, whatever the command.
      for (const text of all) expect(text).not.toContain('Secret-Name');
    },
  );

  it('refuses a withdrawal of a consent not in force, and usage mistakes before unlocking', async () => {
    const root = tempDir();
    const setup = await vaultWithCase(root);
    await casefile(setup, ['person', 'add', '--case', setup.reference, '--role', 'witness']);
    const withdrawal = await casefile(setup, [
      '--json',
      'consent',
      'record',
      '--case',
      setup.reference,
      '--person',
      'W-01',
      '--purpose',
      'interview',
      '--decision',
      'withdrawn',
    ]);
    expect(errorOf(withdrawal)).toEqual({
      code: 'CONFLICT',
      reason: 'consents.withdrawNothing',
      message: 'W-01: only a consent in force can be withdrawn; record a refusal instead.',
    });

    const attempts: Array<[string[], RegExp]> = [
      [['consent', 'record', '--person', 'W-01', '--purpose', 'interview', '--decision', 'given'], /needs the case/],
      [['consent', 'record', '--case', setup.reference, '--person', 'W-01'], /--person, --purpose and --decision/],
      [
        [
          'consent',
          'record',
          '--case',
          setup.reference,
          '--person',
          'W-01',
          '--purpose',
          'interview',
          '--decision',
          'given',
          '--decided-at',
          '2026-03-02T10:30',
        ],
        /with its zone/,
      ],
      [['interview', 'sign'], /Name the interview/],
      [['interview', 'add', '--case', setup.reference, '--person', 'W-01'], /--place-type/],
      [['interview', 'amend', 'some-id', '--notes-file', writeText(root, 'n.txt', 'x')], /reason/],
      [['interview', 'amend', 'some-id', '--reason', 'Typo'], /--notes-file/],
      [['interview', 'publish', 'some-id'], /takes one of: add, conduct, notes, sign, amend/],
    ];
    for (const [args, message] of attempts) {
      const run = await casefile(setup, args);
      expect({ args, status: run.status }).toEqual({ args, status: EXIT.usage });
      expect(run.stderr).toMatch(message);
    }
    const unknownPerson = await casefile(setup, [
      '--json',
      'interview',
      'add',
      '--case',
      setup.reference,
      '--person',
      'V-07',
      '--place-type',
      'un_office',
      '--private',
    ]);
    expect(errorOf(unknownPerson)).toEqual({ code: 'NOT_FOUND', message: `There is no V-07 in ${setup.reference}.` });
    const planned = valueOf<InterviewRecord>(
      await casefile(setup, [
        '--json',
        'interview',
        'add',
        '--case',
        setup.reference,
        '--person',
        'W-01',
        '--place-type',
        'un_office',
        '--private',
        '--recorded',
      ]),
    );
    expect(planned).toMatchObject({
      personCode: 'W-01',
      place: { type: 'un_office', private: true },
      recorded: true,
      team: [],
    });
  });
});
