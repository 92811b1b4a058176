import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import { cli } from '../cli/harness.js';
import { todayIn } from '../../clock.js';
import { casefile, errorOf, useTempDirs, valueOf, vaultWithCase, writeText } from './cli-fixture.js';

const tempDir = useTempDirs();

describe('casefile person add', () => {
  it('adds people from options, printing the code; the case is named by reference or id', async () => {
    const root = tempDir();
    const setup = await vaultWithCase(root);
    const run = await casefile(setup, [
      'person',
      'add',
      '--case',
      setup.reference,
      '--role',
      'victim',
      '--sex',
      'female',
      '--age-band',
      'minor',
      '--language',
      'fr',
    ]);
    expect(run.status).toBe(EXIT.ok);
    expect(run.stdout).toMatch(new RegExp(`^Added V-01 \\(Victim\\) to ${setup.reference}\\. Id: [0-9a-f-]{36}\\n$`));

    const subject = valueOf(
      await casefile(setup, [
        '--json',
        'person',
        'add',
        '--case',
        setup.reference,
        '--role',
        'subject',
        '--personnel-category',
        'military_mc',
        '--nationality',
        'xyz',
        '--unit',
        'Battalion 4',
        '--function',
        'Driver',
      ]),
    );
    expect(subject).toMatchObject({
      code: 'S-01',
      profile: {
        role: 'subject',
        personnelCategory: 'military_mc',
        nationality: 'XYZ',
        unitOrContingent: 'Battalion 4',
        function: 'Driver',
      },
    });
    const interpreter = valueOf(
      await casefile(setup, [
        '--json',
        'person',
        'add',
        '--case',
        subject['caseId'] as string,
        '--role',
        'interpreter',
        '--languages',
        'fr, sg',
        '--vetted',
      ]),
    );
    expect(interpreter).toMatchObject({
      code: 'I-01',
      profile: { languages: ['fr', 'sg'], vetting: { vetted: true } },
    });
  });

  it(
    'takes the people.add JSON from --input (a file or stdin), with identity, and ' + 'never prints the identity',
    async () => {
      const root = tempDir();
      const setup = await vaultWithCase(root);
      const guardian = valueOf(
        await casefile(setup, [
          '--json',
          'person',
          'add',
          '--case',
          setup.reference,
          '--role',
          'guardian',
          '--relationship',
          'parent',
        ]),
      );
      const input = writeText(
        root,
        'victim.json',
        JSON.stringify({
          profile: { role: 'victim', sex: 'female', ageBand: 'unknown', language: 'fr', guardianPersonId: 'G-01' },
          identity: {
            fullName: 'Grace Secret-Name',
            dateOfBirth: { precision: 'year', from: String(Number(todayIn('UTC').slice(0, 4)) - 15) },
          },
        }),
      );
      const run = await casefile(setup, ['--json', 'person', 'add', '--case', setup.reference, '--input', input]);
      const victim = valueOf(run);
      expect(victim).toMatchObject({
        code: 'V-01',
        ageBandAtIncident: 'minor',
        identityRecorded: ['fullName', 'dateOfBirth'],
        profile: { guardianPersonId: guardian['id'] },
      });
      expect(run.stdout + run.stderr).not.toContain('Secret-Name');

      const fromStdin = await casefile(setup, ['person', 'add', '--input', '-'], {
        stdin: JSON.stringify({
          caseId: setup.reference,
          profile: { role: 'witness', sex: 'male', ageBand: 'adult', language: null },
        }),
      });
      expect(fromStdin.stdout).toContain('Added W-01 (Witness)');
    },
  );

  it(
    'refuses what it cannot take, before unlocking: missing case or role, options of ' +
      'another role, input and options together',
    async () => {
      const root = tempDir();
      const setup = await vaultWithCase(root);
      const attempts: Array<[string[], number, RegExp]> = [
        [['person', 'add', '--role', 'victim'], EXIT.usage, /Name the case/],
        [['person', 'add', '--case', setup.reference], EXIT.usage, /--role/],
        [
          ['person', 'add', '--case', setup.reference, '--role', 'victim', '--nationality', 'FRA'],
          EXIT.usage,
          /--nationality does not apply to the role Victim/,
        ],
        [['person', 'add', '--case', setup.reference, '--role', 'pilot'], EXIT.usage, /--role is one of/],
        [
          ['person', 'add', '--case', setup.reference, '--role', 'subject'],
          EXIT.usage,
          /The person profile needs --personnel-category CATEGORY/,
        ],
        [
          [
            'person',
            'add',
            '--case',
            setup.reference,
            '--input',
            writeText(root, 'p.json', '{"profile":{"role":"witness","sex":"male","ageBand":"adult","language":null}}'),
            '--sex',
            'male',
          ],
          EXIT.usage,
          /not both/,
        ],
        [['person', 'remove', '--case', setup.reference], EXIT.usage, /takes one of: add/],
        [['person', 'add', '--case', 'CF-1999-0001', '--role', 'witness'], EXIT.notFound, /No such case|not found/],
      ];
      for (const [args, status, message] of attempts) {
        const run = await casefile(setup, args);
        expect({ args, status: run.status }).toEqual({ args, status });
        expect(run.stderr).toMatch(message);
      }
      const json = await casefile(setup, [
        '--json',
        'person',
        'add',
        '--case',
        setup.reference,
        '--role',
        'guardian',
        '--guardian',
        'G-09',
      ]);
      expect(errorOf(json).code).toBe('USAGE');
    },
  );

  it('lists its subcommand in the help, which every command can still build', async () => {
    const help = await cli(['--help']);
    expect(help.status).toBe(EXIT.ok);
    expect(help.stdout).toMatch(/person add\|edit\|show\s+Add a person/);
    expect(help.stdout).toMatch(/consent record/);
    expect(help.stdout).toMatch(/interview add\|sign\|amend/);
    const own = await cli(['person', '--help']);
    expect(own.stdout).toContain('Identity fields (names, contacts, date of birth)');
  });
});

describe('casefile person edit|show and the subjects a victim alleges against', () => {
  const subject = { role: 'subject', personnelCategory: 'police_unpol', nationality: null } as const;
  const victim = { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' } as const;

  it('links a victim to subjects by code, shows them by code, and refuses what is not a subject', async () => {
    const root = tempDir();
    const setup = await vaultWithCase(root, [subject, subject, victim]);
    const person = (...args: string[]) => casefile(setup, ['--json', 'person', ...args, '--case', setup.reference]);

    const added = valueOf<{ code: string; profile: { allegedSubjectIds: string[] } }>(
      await person('add', '--role', 'victim', '--subjects', 'S-01, S-02'),
    );
    expect(added.code).toBe('V-02');
    const shown = valueOf<{ allegedSubjectCodes: string[]; profile: { allegedSubjectIds: string[] } }>(
      await person('show', 'V-02'),
    );
    expect(shown.allegedSubjectCodes).toEqual(['S-01', 'S-02']);
    expect(shown.profile.allegedSubjectIds).toEqual(added.profile.allegedSubjectIds);

    const notSubject = errorOf(await person('add', '--role', 'victim', '--subjects', 'V-01'));
    expect(notSubject).toMatchObject({
      code: 'VALIDATION',
      message: 'Each person the victim’s allegation is against must be a person of this case recorded as a subject.',
    });
    expect(errorOf(await person('add', '--role', 'victim', '--subjects', 'S-07'))).toMatchObject({
      code: 'NOT_FOUND',
      message: `There is no S-07 in ${setup.reference}.`,
    });
    expect(errorOf(await person('edit', 'S-01', '--subjects', 'S-02'))).toMatchObject({
      code: 'USAGE',
      message: '--subjects does not apply to the role Subject.',
    });

    // V-01's allegation is against S-02 only; her language is kept as recorded.
    const edited = await casefile(setup, ['person', 'edit', 'V-01', '--case', setup.reference, '--subjects', 'S-02']);
    expect(edited.stdout).toBe(`Updated V-01 in ${setup.reference}.\n`);
    const show = await casefile(setup, ['person', 'show', 'V-01', '--case', setup.reference]);
    expect(show.stdout).toContain('V-01 — Victim, in ');
    expect(show.stdout).toContain('  Language: French\n');
    expect(show.stdout).toContain('  Alleged against: S-02\n');
    expect(show.stdout).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-.*S-02|Alleged against: [0-9a-f]{8}/);

    valueOf(await person('edit', 'V-01', '--subjects', 'none'));
    const unlinked = await casefile(setup, ['person', 'show', 'V-01', '--case', setup.reference]);
    expect(unlinked.stdout).toContain('  Alleged against: not recorded (her closure letter reads every subject');
  });
});
