import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import { DAY_MS, dateIn, testClock } from '../../clock.js';
import { casefile, errorOf, useTempDirs, valueOf, vaultWithCase, writeText } from '../people/cli-fixture.js';

/**
 * `letter render --input FILE`: every particular a legal officer signs given as JSON, checked by field
 * without echoing it; a letter with warnings (placeholder signatory or contact, past reply date…) is
 * refused unless `--despite-warnings`.
 */

const tempDir = useTempDirs();

/** A case with one contingent member: the notification to the contributing country applies at once. */
async function caseWithContingentMember(root: string) {
  const setup = await vaultWithCase(root);
  const subject = writeText(
    root,
    'subject.json',
    JSON.stringify({
      profile: {
        role: 'subject',
        personnelCategory: 'military_mc',
        nationality: 'URY',
        unitOrContingent: 'URUBATT company B',
        function: 'Sergeant',
      },
    }),
  );
  expect((await casefile(setup, ['person', 'add', '--case', setup.reference, '--input', subject])).status).toBe(
    EXIT.ok,
  );
  return setup;
}

const inWords = (day: string): string =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.parse(day),
  );

const renderArgs = (reference: string, out: string, extra: string[]) => [
  '--json',
  'letter',
  'render',
  '--case',
  reference,
  '--template',
  'tcc_notification',
  '--out',
  out,
  ...extra,
];

describe('casefile letter render --input', () => {
  it('refuses bad JSON and a wrong field by name, never echoing what was given, before writing anything', async () => {
    const root = tempDir();
    const setup = await caseWithContingentMember(root);
    const secret = 'Sergeant-Secret-Name';
    const badJson = writeText(root, 'bad.json', `{"author": {"name": "${secret}"`);
    const out = join(root, 'letter.pdf');
    const notJson = await casefile(setup, renderArgs(setup.reference, out, ['--input', badJson]));
    expect(notJson.status).not.toBe(EXIT.ok);
    expect(errorOf(notJson).message).toMatch(/not valid JSON/);
    expect(notJson.stdout + notJson.stderr).not.toContain(secret);

    const wrong = writeText(
      root,
      'wrong.json',
      JSON.stringify({ replyBy: 'next Tuesday', author: { name: secret }, [secret]: 1 }),
    );
    const refused = await casefile(setup, renderArgs(setup.reference, out, ['--input', wrong]));
    expect(refused.status).not.toBe(EXIT.ok);
    expect(errorOf(refused).code).toBe('VALIDATION');
    expect(errorOf(refused).message).toMatch(/^The letter's particulars \(--input\) are refused: .*replyBy/);
    expect(refused.stdout + refused.stderr).not.toContain(secret);
    expect(refused.stdout + refused.stderr).not.toContain('next Tuesday');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a letter with a placeholder signatory or a past reply date, saying why; makes it when told', async () => {
    const root = tempDir();
    const setup = await caseWithContingentMember(root);
    const yesterday = dateIn('UTC', testClock.now() - DAY_MS);
    const placeholder = writeText(
      root,
      'placeholder.json',
      JSON.stringify({
        author: { name: 'The investigator in charge', title: '' },
        replyBy: yesterday,
        noteNumber: 'OLA/2026/0412',
      }),
    );
    const out = join(root, 'letter.pdf');
    const refused = await casefile(setup, renderArgs(setup.reference, out, ['--input', placeholder]));
    expect(refused.status).not.toBe(EXIT.ok);
    expect(errorOf(refused).message).toBe(
      [
        'The letter was not made. Check first:',
        '  - The signatory is a placeholder, not a person: name who signs the letter.',
        '  - No contact point is named: the letter would give a placeholder as its contact.',
        `  - The reply date, ${inWords(yesterday)}, is not after the letter’s date.`,
        'Give what is missing in --input, or add --despite-warnings to make it as it stands.',
      ].join('\n'),
    );
    expect(existsSync(out)).toBe(false);
    const made = await casefile(
      setup,
      renderArgs(setup.reference, out, ['--input', placeholder, '--despite-warnings']),
    );
    expect(made.status).toBe(EXIT.ok);
    expect(existsSync(out)).toBe(true);
  });

  it('puts every particular in the letter: signatory, contact, note, annexes, legal basis', async () => {
    const root = tempDir();
    const setup = await caseWithContingentMember(root);
    const inAMonth = dateIn('UTC', testClock.now() + 30 * DAY_MS);
    const particulars = writeText(
      root,
      'particulars.json',
      JSON.stringify({
        reference: 'MINUSCA/CDT/2026/117',
        noteNumber: 'OLA/2026/0412',
        replyBy: inAMonth,
        author: { name: 'Amina Diallo', title: 'Director, Conduct and Discipline Service' },
        contact: { name: 'Paul Okafor', title: 'Legal Officer', email: 'okafor@example.org' },
        recipientName: 'the Permanent Mission of Uruguay to the United Nations',
        interimMeasures: 'The contingent member was confined to base.',
        annexes: ['Evidence index'],
      }),
    );
    const out = join(root, 'letter.pdf');
    const run = await casefile(setup, renderArgs(setup.reference, out, ['--input', particulars]));
    valueOf(run);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of [
      'Amina Diallo',
      'Director, Conduct and Discipline Service',
      'Paul Okafor, Legal Officer',
      'OLA/2026/0412',
      'MINUSCA/CDT/2026/117',
      'The contingent member was confined to base.',
      'Evidence index',
      'revised model memorandum of understanding (A/61/19 (Part III))',
      'a member of its national contingent',
      // The notification's own clocks are shown, counted from its date, as the request says.
      'within the time limit shown below',
      'Appointment of a National Investigation Officer',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain('62/63');
    expect(text).not.toContain('investigator in charge');
  });
});
