import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import { labelText } from '../../../shared/i18n/labels.js';
import { DAY_MS, dateIn, testClock } from '../../clock.js';
import { casefile, errorOf, useTempDirs, valueOf, vaultWithCase, writeText } from '../people/cli-fixture.js';

const tempDir = useTempDirs();
const VICTIM_NAME = 'Nadège Kouassi-Ferrand';

async function caseWithVictimAndSubject(root: string) {
  const setup = await vaultWithCase(root);
  const victim = writeText(
    root,
    'victim.json',
    JSON.stringify({
      profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
      identity: { fullName: VICTIM_NAME },
    }),
  );
  expect((await casefile(setup, ['person', 'add', '--case', setup.reference, '--input', victim])).status).toBe(EXIT.ok);
  const subject = writeText(
    root,
    'subject.json',
    JSON.stringify({
      profile: {
        role: 'subject',
        personnelCategory: 'police_unpol',
        nationality: 'URY',
        unitOrContingent: 'UNPOL Bambari',
        function: 'Police adviser',
      },
    }),
  );
  expect((await casefile(setup, ['person', 'add', '--case', setup.reference, '--input', subject])).status).toBe(
    EXIT.ok,
  );
  return setup;
}

/**
 * Puts the case under investigation and records the finding on its subject S-01, dated the day
 * received: a referral needs it substantiated (letter-applicability.ts), and the case closes from it.
 */
async function recordFinding(setup: Awaited<ReturnType<typeof vaultWithCase>>, root: string, outcome: string) {
  const input = writeText(
    root,
    'under-investigation.json',
    JSON.stringify({ caseId: setup.reference, to: 'under_investigation', reason: 'Credible' }),
  );
  valueOf(await casefile(setup, ['--json', 'call', 'cases.changeStatus', '--input', input]));
  valueOf(
    await casefile(setup, [
      '--json',
      'finding',
      'record',
      '--case',
      setup.reference,
      '--person',
      'S-01',
      '--outcome',
      outcome,
      '--decided-by',
      'oios',
      '--decided-on',
      dateIn('UTC', testClock.now() - DAY_MS),
      '--report',
      'OIOS-0042/26',
    ]),
  );
}

describe('casefile letter', () => {
  it('lists the shipped templates', async () => {
    const setup = await vaultWithCase(tempDir());
    const { templates } = valueOf<{ templates: { id: string; version: number }[] }>(
      await casefile(setup, ['--json', 'letter', 'templates']),
    );
    expect(templates.map((t) => t.id)).toEqual(
      expect.arrayContaining(['member_state_referral', 'closure_not_substantiated']),
    );
    expect(templates.every((t) => t.version >= 1)).toBe(true);
  });

  it("names templates in the reader's language as the templates screen does, a team's own name kept", async () => {
    const root = tempDir();
    const setup = await vaultWithCase(root);
    const shippedName = 'Referral to a Member State (through OLA)';
    const inLanguage = async (language: string) =>
      (await casefile(setup, ['--ui-lang', language, 'letter', 'templates'])).stdout;
    const french = await inLanguage('fr');
    expect(french).toContain('Renvoi à un État Membre (par le Bureau des affaires juridiques)');
    expect(french).not.toContain(shippedName);
    const arabic = await inLanguage('ar');
    expect(arabic).toContain(labelText('ar', 'letterKind', 'member_state_referral'));
    expect(arabic).not.toContain(shippedName);
    // The languages of a template as each language writes a series: the Arabic comma, French and English ', '.
    expect(arabic).toMatch(/^member_state_referral .*en، fr، ar /mu);
    expect(arabic).not.toMatch(/en,fr/);
    expect(french).toMatch(/^closure_other .*en, fr, ar, es /mu);

    const which = writeText(root, 'which.json', JSON.stringify({ id: 'member_state_referral' }));
    const { source } = valueOf<{ source: { name: string } }>(
      await casefile(setup, ['--json', 'call', 'letters.template', '--input', which]),
    );
    const renamed = writeText(
      root,
      'renamed.json',
      JSON.stringify({ id: 'member_state_referral', source: { ...source, name: 'Saisine OLA (modèle du bureau)' } }),
    );
    valueOf(await casefile(setup, ['--json', 'call', 'letters.saveTemplate', '--input', renamed]));
    const afterRename = await inLanguage('ar');
    expect(afterRename).toContain('Saisine OLA (modèle du bureau)');
    expect(afterRename).not.toContain(labelText('ar', 'letterKind', 'member_state_referral'));
  });

  it(
    'renders a Member State referral to --out: registered, the reference in the PDF, ' + 'the victim only by code',
    async () => {
      const root = tempDir();
      const setup = await caseWithVictimAndSubject(root);
      await recordFinding(setup, root, 'substantiated');
      const out = join(root, 'referral.pdf');
      const run = await casefile(setup, [
        '--json',
        'letter',
        'render',
        '--case',
        setup.reference,
        '--template',
        'member_state_referral',
        '--lang',
        'en',
        '--format',
        'pdf',
        '--out',
        out,
        // No signatory or note number given: made as it stands (cli-letter-input.test.ts tests the warnings).
        '--despite-warnings',
      ]);
      const { letter } = valueOf<{
        letter: { outputs: { format: string; sha256: string }[]; withheld: { code: string }[] };
      }>(run);
      expect(letter.withheld.map((w) => w.code)).toContain('V-01');
      const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
      expect(text).toContain(setup.reference);
      expect(text).not.toContain(VICTIM_NAME);
      const sha = execFileSync('sha256sum', [out], { encoding: 'utf8' }).split(' ')[0];
      expect(letter.outputs.find((o) => o.format === 'pdf')?.sha256).toBe(sha);
    },
  );

  it('says which letters the case calls for; a referral that does not apply is made only as an exception', async () => {
    const root = tempDir();
    const setup = await caseWithVictimAndSubject(root);
    const shown = await casefile(setup, ['letter', 'applicable', '--case', setup.reference]);
    expect(shown.status).toBe(EXIT.ok);
    // S-01 is an individual police officer (an expert on mission) and the case is being assessed.
    expect(shown.stdout).toContain(
      'member_state_referral      Referral to a Member State (through OLA)\n  does not apply: A “Referral to a ' +
        'Member State (through OLA)” about S-01 is made once the investigation has found the allegation ' +
        'substantiated, and no finding is recorded for S-01 yet.\n  may be made as an exception (--exception-reason)',
    );
    expect(shown.stdout).toMatch(/tcc_notification .*\n {2}does not apply: S-01 is “Police \(UNPOL\)”/);
    expect(shown.stdout).not.toMatch(/closure_substantiated .*\n[^\n]*\n {2}may be made as an exception/);

    const render = (out: string, extra: string[] = []) =>
      casefile(setup, [
        '--json',
        'letter',
        'render',
        '--case',
        setup.reference,
        '--template',
        'member_state_referral',
        '--out',
        join(root, out),
        '--despite-warnings',
        ...extra,
      ]);
    const refused = await render('refused.pdf');
    expect(errorOf(refused)).toMatchObject({ code: 'VALIDATION' });
    expect(errorOf(refused).message).toMatch(/^A “Referral to a Member State \(through OLA\)” about S-01 is made once/);
    expect(existsSync(join(root, 'refused.pdf'))).toBe(false);
    const reason = 'The Member State asked for it before the report is final.';
    const { letter } = valueOf<{ letter: { exception?: { reason: string } } }>(
      await render('exception.pdf', ['--exception-reason', reason]),
    );
    expect(letter.exception).toEqual({ reason });
    expect(existsSync(join(root, 'exception.pdf'))).toBe(true);

    await recordFinding(setup, root, 'substantiated');
    const { letters } = valueOf<{ letters: { kind: string; applies: boolean; subjects: { code: string }[] }[] }>(
      await casefile(setup, ['--json', 'letter', 'applicable', '--case', setup.reference]),
    );
    expect(
      letters.filter((entry) => entry.applies).map((entry) => [entry.kind, entry.subjects.map((s) => s.code)]),
    ).toEqual([
      ['member_state_referral', ['S-01']],
      ['closure_substantiated', []],
    ]);
  });

  it('never overwrites, and refuses an unknown language before unlocking', async () => {
    const root = tempDir();
    const setup = await vaultWithCase(root);
    const taken = join(root, 'taken.pdf');
    writeFileSync(taken, 'already here');
    const overwrite = await casefile(setup, [
      '--json',
      'letter',
      'render',
      '--case',
      setup.reference,
      '--template',
      'member_state_referral',
      '--out',
      taken,
    ]);
    expect(overwrite.status).not.toBe(EXIT.ok);
    expect(errorOf(overwrite).code).toBe('CONFLICT');
    const badLang = await casefile(setup, [
      '--json',
      'letter',
      'render',
      '--case',
      setup.reference,
      '--template',
      'member_state_referral',
      '--lang',
      'de',
      '--out',
      join(root, 'x.pdf'),
    ]);
    expect(errorOf(badLang).code).toBe('VALIDATION');
    expect(existsSync(join(root, 'x.pdf'))).toBe(false);
  });
});

describe('casefile letter closure-ground', () => {
  it('records why the matter closed for one victim; her letter is then offered, the case still open', async () => {
    const root = tempDir();
    const setup = await caseWithVictimAndSubject(root);
    const ground = ['letter', 'closure-ground', '--case', setup.reference, '--victim', 'V-01'];
    const missing = await casefile(setup, [...ground, '--ground', 'other', '--decided-by', 'oios']);
    expect(missing.status).toBe(EXIT.usage);
    const noWords = await casefile(setup, [
      '--json',
      ...ground,
      ...['--ground', 'other', '--decided-by', 'oios', '--decided-on', '2026-03-10'],
    ]);
    expect(errorOf(noWords).message).toBe('For the ground “other”, write the reason as the victim will read it.');
    const { closure } = valueOf<{ closure: { code: string; ground: string; decidedBy: string } }>(
      await casefile(setup, [
        '--json',
        ...ground,
        ...['--ground', 'victim_declined_to_participate', '--decided-by', 'oios', '--decided-on', '2026-03-10'],
      ]),
    );
    expect(closure).toMatchObject({ code: 'V-01', ground: 'victim_declined_to_participate', decidedBy: 'oios' });
    const { letters } = valueOf<{ letters: { kind: string; victims: { code: string; reason: string | null }[] }[] }>(
      await casefile(setup, ['--json', 'letter', 'applicable', '--case', setup.reference]),
    );
    expect(letters.find((entry) => entry.kind === 'closure_other')?.victims).toEqual([
      expect.objectContaining({ code: 'V-01', reason: null }),
    ]);
  });
});

describe('casefile letter export-all', () => {
  it(
    "writes a case's closure letters into a new folder, with progress on stderr and " + 'clean JSON on stdout',
    async () => {
      const root = tempDir();
      const setup = await caseWithVictimAndSubject(root);
      // The case has a subject: it closes from the subject's finding (issue 10).
      await recordFinding(setup, root, 'insufficient_evidence');
      const letter = join(root, 'closure.pdf');
      valueOf(
        await casefile(setup, [
          '--json',
          'letter',
          'render',
          '--case',
          setup.reference,
          '--template',
          'closure_not_substantiated',
          '--lang',
          'fr',
          '--victim',
          'V-01',
          '--advocate',
          'VRA Bambari',
          '--out',
          letter,
          // No signatory named: made as it stands.
          '--despite-warnings',
        ]),
      );

      const folder = join(root, 'closure-letters');
      const run = await casefile(setup, ['--json', 'letter', 'export-all', '--case', setup.reference, '--out', folder]);
      const { job } = valueOf<{
        job: { kind: string; state: string; total: number; files: { path: string; sha256: string }[] };
      }>(run);
      expect(job).toMatchObject({ kind: 'letterBatch', state: 'done', total: 1 });
      expect(existsSync(job.files[0]!.path)).toBe(true);
      expect(execFileSync('sha256sum', [job.files[0]!.path], { encoding: 'utf8' }).split(' ')[0]).toBe(
        job.files[0]!.sha256,
      );
      expect(run.stderr).toMatch(/^Exporting the letters of .+: 1 of 1 file$/m);

      // The folder exists now: a second run refuses it and writes nothing.
      const again = await casefile(setup, [
        '--json',
        'letter',
        'export-all',
        '--case',
        setup.reference,
        '--out',
        folder,
      ]);
      expect(again.status).not.toBe(EXIT.ok);
    },
  );
});

describe('casefile letter applicable, closure letters per victim', () => {
  it('lists each victim by code, whether her closure letter applies and why not, from her subjects', async () => {
    const root = tempDir();
    const officer = { role: 'subject', personnelCategory: 'police_unpol', nationality: null } as const;
    const victim = { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' } as const;
    const setup = await vaultWithCase(root, [officer, officer, victim, victim]);
    for (const [code, subject] of [
      ['V-01', 'S-01'],
      ['V-02', 'S-02'],
    ]) {
      valueOf(
        await casefile(setup, ['--json', 'person', 'edit', code!, '--case', setup.reference, '--subjects', subject!]),
      );
    }
    await recordFinding(setup, root, 'substantiated');
    const shown = await casefile(setup, ['letter', 'applicable', '--case', setup.reference]);
    expect(shown.stdout).toMatch(/closure_substantiated +Closure letter[^\n]*\n {2}V-01: applies\n {2}V-02: does not/);
    expect(shown.stdout).toContain(
      '  V-02: does not apply: A closure letter for V-02 tells how the matter ended, and no finding is ' +
        'recorded yet on S-02.',
    );
    expect(shown.stdout).toMatch(/closure_not_substantiated +[^\n]*\n {2}V-01: does not apply: For V-01, the matter/);
    const { letters } = valueOf<{
      letters: { kind: string; victims: { code: string; applies: boolean; reason: string | null }[] }[];
    }>(await casefile(setup, ['--json', 'letter', 'applicable', '--case', setup.reference]));
    expect(letters.find((entry) => entry.kind === 'closure_substantiated')?.victims).toEqual([
      expect.objectContaining({ code: 'V-01', applies: true, reason: null }),
      expect.objectContaining({ code: 'V-02', applies: false, reason: expect.stringContaining('on S-02.') }),
    ]);
  });
});
