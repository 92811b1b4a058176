import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import { COMMANDS } from '../../../electron/cli/table/index.js';
import { commandHelp, generalHelp } from '../../../electron/cli/usage.js';
import { chooseCliLanguage, speaking } from '../../../electron/cli/words.js';
import { METHOD_NAMES } from '../../../shared/contract/index.js';
import { cliWords as arabic } from '../../../shared/i18n/ar/cli.js';
import { methodSummaries as arabicSummaries } from '../../../shared/i18n/ar/method-summaries.js';
import { cliWords as english } from '../../../shared/i18n/en/cli.js';
import { cliWords as french } from '../../../shared/i18n/fr/cli.js';
import { methodSummaries as frenchSummaries } from '../../../shared/i18n/fr/method-summaries.js';
import { cli, makeVault, PASSPHRASE, useTempDirs } from './harness.js';

/**
 * Words only an English sentence has (none is a French or an Arabic word), after what a person
 * types as is is taken out: options, quoted JSON keys, method names, value lists written a|b.
 */
const ENGLISH = /\b(the|and|of|with|from|this|which|when|is|are|not|your|was|were)\b/i;

const typedAsIs = (text: string): string =>
  text
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/-{1,2}[\w-]+/g, ' ')
    .replace(/\b\w+\.\w+(\.\w+)*\b/g, ' ')
    .replace(/\S*\|\S*/g, ' ');

const englishLines = (output: string): string[] => output.split('\n').filter((line) => ENGLISH.test(typedAsIs(line)));

describe('the language the command line speaks', () => {
  it('is --ui-lang, else $CASEFILE_LANG, else the locale as POSIX reads it, else English', () => {
    expect(chooseCliLanguage(['--ui-lang', 'fr', 'case', 'list'], {})).toBe('fr');
    expect(chooseCliLanguage(['case', '--ui-lang=fr'], { CASEFILE_LANG: 'en' })).toBe('fr');
    expect(chooseCliLanguage(['case'], { CASEFILE_LANG: 'fr', LANG: 'en_GB.UTF-8' })).toBe('fr');
    expect(chooseCliLanguage([], { LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(chooseCliLanguage([], { LC_MESSAGES: 'fr_CA', LANG: 'en_US.UTF-8' })).toBe('fr');
    // LC_ALL wins over LANG, and C means no language: English.
    expect(chooseCliLanguage([], { LC_ALL: 'C', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(chooseCliLanguage([], { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(chooseCliLanguage([], {})).toBe('en');
    // After `--` a word is an argument, never an option.
    expect(chooseCliLanguage(['call', '--', '--ui-lang', 'fr'], {})).toBe('en');
    expect(chooseCliLanguage(['--ui-lang', 'de'], { LANG: 'fr_FR.UTF-8' })).toBe('unknown');
    expect(chooseCliLanguage([], { LANG: 'ar_EG.UTF-8' })).toBe('ar');
    // timeline's and deadlines' --fr, older than --ui-lang, is its alias.
    expect(chooseCliLanguage(['timeline', 'CF-2026-0001', '--fr'], { LANG: 'ar_EG.UTF-8' })).toBe('fr');
  });

  it('reads --ui-lang as it reads the environment: any case, a region after the language', () => {
    expect(chooseCliLanguage(['--ui-lang', 'FR'], {})).toBe('fr');
    expect(chooseCliLanguage(['--ui-lang=fr-CA'], {})).toBe('fr');
    expect(chooseCliLanguage(['--ui-lang', 'ar_EG'], {})).toBe('ar');
    expect(chooseCliLanguage(['--ui-lang', 'AR'], { LANG: 'fr_FR.UTF-8' })).toBe('ar');
    expect(chooseCliLanguage(['--ui-lang', 'french'], {})).toBe('unknown');
    expect(chooseCliLanguage(['--ui-lang', 'de-FR'], {})).toBe('unknown');
  });

  it('refuses a language it does not speak in every language it speaks, naming them, never the value', async () => {
    const run = await cli(['--ui-lang', 'xx-secret', '--help']);
    expect(run.status).toBe(EXIT.usage);
    expect(run.stdout).toBe('');
    // Each line lists the languages as its own language writes a list, after the program's name as it writes it.
    expect(run.stderr).toBe(
      [
        `casefile: ${english.unknownLanguage('en, fr, ar')}`,
        `casefile : ${french.unknownLanguage('en, fr, ar')}`,
        `casefile: ${arabic.unknownLanguage('en، fr، ar')}`,
        '',
      ].join('\n'),
    );
    expect(run.stderr).not.toContain('xx-secret');
    const json = await cli(['--json', '--ui-lang', 'xx-secret', 'methods']);
    expect(json.status).toBe(EXIT.usage);
    // A script reads the three sentences, without the program's name before them.
    expect(json.json()).toMatchObject({
      error: {
        code: 'USAGE',
        message: [
          english.unknownLanguage('en, fr, ar'),
          french.unknownLanguage('en, fr, ar'),
          arabic.unknownLanguage('en، fr، ar'),
        ].join('\n'),
      },
    });
    expect(json.stdout).not.toContain('xx-secret');
  });
});

describe('the command line in French', () => {
  const tempDir = useTempDirs();
  const fr = { LANG: 'fr_FR.UTF-8' };

  it('writes its help, and every command’s help, without an English sentence', async () => {
    const general = await cli(['--help'], { env: fr });
    expect(general.status).toBe(0);
    expect(general.stdout).toContain(french.help.title);
    expect(englishLines(general.stdout)).toEqual([]);
    for (const command of COMMANDS) {
      const help = await cli(['--ui-lang', 'fr', command.name, '--help']);
      expect(help.status, command.name).toBe(0);
      expect(help.stdout, command.name).toContain(french.commands[command.name].summary);
      expect(englishLines(help.stdout), command.name).toEqual([]);
    }
    // The same pages in English do have English sentences: the check above can fail.
    expect(englishLines((await cli(['case', '--help'])).stdout)).not.toEqual([]);
  });

  it('lists cases under French headings, with statuses in French', async () => {
    const dir = tempDir();
    await makeVault(dir);
    const run = await cli(['--vault', dir, 'case', 'list'], { env: { ...fr, CASEFILE_PASSPHRASE: PASSPHRASE } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [heading, row] = run.stdout.split('\n');
    expect(heading).toMatch(/^RÉFÉRENCE\s+STATUT\s+CAT\.\s+URGENT\s+REÇU LE\s+VICTIMES\s+BLOQUANTS\s+TITRE$/);
    expect(row).toContain('Évaluation préliminaire');
    expect(englishLines(run.stdout.replace('Fixture allegation', ''))).toEqual([]);
  });

  it('answers a command’s listing in French', async () => {
    const dir = tempDir();
    await makeVault(dir);
    const env = { ...fr, CASEFILE_PASSPHRASE: PASSPHRASE };
    const actions = await cli(['--vault', dir, 'action', 'list', '--case', 'CF-2026-0001'], { env });
    expect(actions.stdout).toBe('Aucune mesure enregistrée dans CF-2026-0001.\n');
    const findings = await cli(['--vault', dir, 'finding', 'list', '--case', 'CF-2026-0001'], { env });
    expect(findings.stdout).toBe('Aucune constatation enregistrée dans CF-2026-0001.\n');
  });

  it('adds, verifies, describes and hands over evidence in French, and refuses in French', async () => {
    const dir = tempDir();
    await makeVault(dir);
    const env = { ...fr, CASEFILE_PASSPHRASE: PASSPHRASE };
    const file = join(tempDir(), 'note.txt');
    writeFileSync(file, 'a statement');
    const added = await cli(['--vault', dir, 'evidence', 'add', file, '--case', 'CF-2026-0001'], { env });
    expect(added.status).toBe(0);
    expect(added.stdout).toMatch(
      /^Fichier note\.txt \(11\soctets, SHA-256 [0-9a-f]{64}\) ajouté à E-0001 dans CF-2026-0001\./,
    );
    const verified = await cli(['--vault', dir, 'evidence', 'verify', '--all'], { env });
    expect(verified.stdout).toMatch(/^OK : 1 fichier déchiffré et haché à nouveau/);
    const provenance = await cli(['--vault', dir, 'evidence', 'provenance', 'E-0001', '--case', 'CF-2026-0001'], {
      env,
    });
    expect(provenance.stdout).toContain('empreinte de la clé du signataire');
    const noCase = await cli(['--vault', dir, 'evidence', 'export', 'E-0001', '--to', join(dir, 'x.txt')], { env });
    expect(noCase.status).toBe(EXIT.usage);
    expect(noCase.stderr).toContain('E-0001 est un numéro propre à un dossier');
    const handedOver = await cli(
      ['--vault', dir, 'custody', 'add', 'E-0001', '--case', 'CF-2026-0001', '--kind', 'handed_over'].concat([
        '--from',
        'Enquêtrice',
        '--to',
        'Laboratoire',
        '--purpose',
        'Analyse',
      ]),
      { env },
    );
    expect(handedOver.stdout).toMatch(
      /^Consigné pour E-0001 \(CF-2026-0001\) : n° 1 remis le .*note\.txt : l’empreinte/,
    );
    const chain = await cli(['--vault', dir, 'custody', 'list', 'E-0001', '--case', 'CF-2026-0001'], { env });
    expect(chain.stdout.split('\n')[0]).toMatch(/^n° 1 remis le .* — Analyse$/);
    const outputs = [
      handedOver.stdout,
      chain.stdout,
      added.stdout,
      verified.stdout,
      provenance.stdout.replace(/^ {2}déclaration.*$/m, ''),
      noCase.stderr,
    ];
    for (const output of outputs) expect(englishLines(output)).toEqual([]);
  });

  it('tells in French whether a backup is due, and refuses a backup command in French', async () => {
    const dir = tempDir();
    await makeVault(dir);
    const env = { ...fr, CASEFILE_PASSPHRASE: PASSPHRASE };
    const status = await cli(['--vault', dir, 'backup', 'status'], { env });
    expect(status.stdout).toBe(
      'Ce coffre n’a jamais été sauvegardé.\nAucune sauvegarde n’est encore à faire (le rappel vient après 7 jours).\n',
    );
    const both = await cli(['--vault', dir, 'backup', 'status', '--to', join(dir, 'b')], { env });
    expect(both.status).toBe(EXIT.usage);
    expect(englishLines(both.stderr)).toEqual([]);
    expect(both.stderr).toContain(french.backup.notBoth);
  });

  it('adds a person in French, its role worded in French, and refuses another role’s option in French', async () => {
    const dir = tempDir();
    await makeVault(dir);
    const env = { ...fr, CASEFILE_PASSPHRASE: PASSPHRASE };
    const added = await cli(['--vault', dir, 'person', 'add', '--case', 'CF-2026-0001', '--role', 'victim'], { env });
    expect(added.stdout).toMatch(/^V-\d\d \(Victime\) ajouté à CF-2026-0001\. Id : [0-9a-f-]{36}\n$/);
    const wrong = await cli(
      ['--vault', dir, 'person', 'add', '--case', 'CF-2026-0001', '--role', 'subject'].concat(['--subjects', 'none']),
      { env },
    );
    expect(wrong.status).toBe(EXIT.usage);
    expect(wrong.stderr).toContain('--subjects ne s’applique pas au rôle Mis en cause.');
    for (const output of [added.stdout, wrong.stderr]) expect(englishLines(output)).toEqual([]);
  });

  it('plans an interview in French, and refuses an interview command in French', async () => {
    const dir = tempDir();
    await makeVault(dir);
    const env = { ...fr, CASEFILE_PASSPHRASE: PASSPHRASE };
    const caseOption = ['--case', 'CF-2026-0001'];
    const person = await cli(['--vault', dir, 'person', 'add', ...caseOption, '--role', 'witness', '--json'], { env });
    const { code } = JSON.parse(person.stdout) as { code: string };
    const planned = await cli(
      ['--vault', dir, 'interview', 'add', ...caseOption, '--person', code, '--place-type', 'un_office'],
      { env },
    );
    expect(planned.stdout).toMatch(new RegExp(`^Entretien de ${code} prévu dans CF-2026-0001\\. Id : `));
    const extra = await cli(['--vault', dir, 'interview', 'add', 'X'], { env });
    expect(extra.status).toBe(EXIT.usage);
    expect(extra.stderr).toContain(french.interview.addTakesNoId);
    for (const output of [planned.stdout, extra.stderr]) expect(englishLines(output)).toEqual([]);
  });

  it('refuses in French: a parse error, a refusal of the core, a wrong passphrase', async () => {
    const dir = tempDir();
    await makeVault(dir);
    const env = { ...fr, CASEFILE_PASSPHRASE: PASSPHRASE };
    const typo = await cli(['--vault', dir, 'case', 'list', '--sort', 'weight'], { env });
    expect(typo.status).toBe(EXIT.usage);
    expect(typo.stderr).toContain('--sort attend KEY ou KEY:asc|desc');
    const missing = await cli(['--vault', dir, 'case', 'show', 'CF-2026-0042'], { env });
    expect(missing.status).toBe(EXIT.notFound);
    const wrong = await cli(['--vault', dir, 'unlock', '--check'], {
      env: { ...fr, CASEFILE_PASSPHRASE: 'not the passphrase' },
    });
    expect(wrong.status).toBe(EXIT.wrongSecret);
    // A French colon has a space before it: `casefile : `, as the CLI's other French lines write it.
    expect(wrong.stderr).toMatch(/^casefile : Phrase secrète incorrecte/);
    for (const refusal of [typo, missing, wrong]) {
      expect(refusal.stderr).toMatch(/^casefile : \S/);
      expect(englishLines(refusal.stderr)).toEqual([]);
    }
  });
});

describe('the command line in Arabic', () => {
  it('writes its help in Arabic when asked by --ui-lang or by the locale', async () => {
    for (const run of [
      await cli(['--ui-lang', 'ar', '--help']),
      await cli(['--help'], { env: { LANG: 'ar_EG.UTF-8' } }),
    ]) {
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(arabic.help.title);
      expect(englishLines(run.stdout)).toEqual([]);
    }
  });

  it('refuses in Arabic', async () => {
    const run = await cli(['--ui-lang', 'ar', 'unlok']);
    expect(run.status).toBe(EXIT.usage);
    expect(run.stderr).toBe(
      `casefile: ${arabic.commandLine.unknownCommand(arabic.commandLine.didYouMean(['unlock']))}\n`,
    );
    expect(englishLines(run.stderr)).toEqual([]);
  });
});

describe('the Arabic catalogue on every help page', () => {
  it('writes the help and every command’s help in Arabic, without an English sentence', () => {
    // Help reads only the words; the language given is the one its labels would come from.
    const pages = speaking('en', arabic, () => [
      generalHelp(COMMANDS),
      ...COMMANDS.map((command) => commandHelp(command, {})),
    ]);
    for (const page of pages) {
      expect(page).toMatch(/\p{Script=Arabic}/u);
      expect(englishLines(page)).toEqual([]);
    }
  });
});

describe('every language’s help pages', () => {
  const placeholders = (lines: readonly string[]) => [...lines.join('\n').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
  it('name the same lists of values ({{…}}) as the English ones', () => {
    for (const words of [french, arabic]) {
      for (const command of COMMANDS) {
        const name = command.name;
        expect(placeholders(words.commands[name].details).sort(), name).toEqual(
          placeholders(english.commands[name].details).sort(),
        );
      }
    }
  });
});

/** A vault with the fixture case, its mission on Bangui's clock, and what a command line there needs. */
async function missionVault(tempDir: () => string) {
  const dir = tempDir();
  await makeVault(dir);
  const env = { CASEFILE_PASSPHRASE: PASSPHRASE };
  const { calendar } = (await cli(['--vault', dir, '--json', 'call', 'clocks.get'], { env })).json() as {
    calendar: Record<string, unknown>;
  };
  const update = JSON.stringify({ calendar: { ...calendar, timeZone: 'Africa/Bangui' } });
  expect((await cli(['--vault', dir, 'call', 'clocks.update', '--input', '-'], { env, stdin: update })).status).toBe(0);
  const run = (language: string, argv: string[]) => cli(['--ui-lang', language, '--vault', dir, ...argv], { env });
  return { dir, run };
}

describe.each([
  { language: 'fr', words: french, summaries: frenchSummaries },
  { language: 'ar', words: arabic, summaries: arabicSummaries },
])('the last commands in $language', ({ language, words, summaries }) => {
  const tempDir = useTempDirs();
  const caseOption = ['--case', 'CF-2026-0001'];

  it('lists letter templates and the letters a case calls for without an English sentence', async () => {
    const { run } = await missionVault(tempDir);
    const templates = await run(language, ['letter', 'templates']);
    expect(templates.status).toBe(0);
    expect(templates.stdout.split('\n')[0]).toContain(words.letter.headings.template);
    const applicable = await run(language, ['letter', 'applicable', ...caseOption]);
    expect(applicable.status).toBe(0);
    expect(applicable.stdout).toContain(words.letter.lettersFor('CF-2026-0001'));
    const refused = await run(language, ['letter', 'applicable']);
    expect(refused.status).toBe(EXIT.usage);
    expect(refused.stderr).toContain(words.letter.sayCase);
    // Shipped templates are named by their kind in the reader's language, as the templates screen names them.
    for (const output of [templates.stdout, applicable.stdout, refused.stderr])
      expect(englishLines(output)).toEqual([]);
  });

  it('exports, verifies and previews a bundle, its time on the mission clock, with no English sentence', async () => {
    const { dir, run } = await missionVault(tempDir);
    const secret = join(tempDir(), 'bundle-passphrase');
    writeFileSync(secret, 'a long bundle passphrase for the courier');
    const bundle = join(tempDir(), 'hand-over.casefile');
    const withSecret = ['--bundle-passphrase-file', secret];
    const exported = await run(language, ['bundle', 'export', 'CF-2026-0001', '--to', bundle, ...withSecret]);
    expect(exported.status, exported.stderr).toBe(0);
    const verified = await run(language, ['bundle', 'verify', bundle, ...withSecret]);
    expect(verified.status, verified.stderr).toBe(0);
    const preview = await run(language, ['bundle', 'import', bundle, '--dry-run', ...withSecret]);
    expect(preview.status, preview.stderr).toBe(0);
    expect(preview.stdout).toContain(words.bundle.dryRun);
    // The test clock's instant, on Bangui's clock (UTC+1) and named so, in the language's own date.
    const { createdAt } = (
      await cli(['--vault', dir, '--json', 'bundle', 'verify', bundle, ...withSecret], {
        env: { CASEFILE_PASSPHRASE: PASSPHRASE },
      })
    ).json() as { createdAt: string };
    expect(createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    const onMissionClock = new Intl.DateTimeFormat(language === 'ar' ? 'ar-u-nu-latn' : 'fr-FR', {
      dateStyle: 'medium',
      timeStyle: 'short',
      hourCycle: 'h23',
      timeZone: 'Africa/Bangui',
    }).format(new Date(createdAt));
    expect(verified.stdout).toContain(words.instant(onMissionClock, 'Africa/Bangui'));
    for (const output of [exported.stdout, verified.stdout, preview.stdout]) expect(englishLines(output)).toEqual([]);
  });

  it('shows a person and lists the methods without an English word of its own', async () => {
    const { run } = await missionVault(tempDir);
    const added = await run(language, ['--json', 'person', 'add', ...caseOption, '--role', 'victim']);
    const { code } = added.json() as { code: string };
    const shown = await run(language, ['person', 'show', code, ...caseOption]);
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(words.person.everySubject);
    expect(englishLines(shown.stdout)).toEqual([]);
    const methods = await run(language, ['methods']);
    expect(methods.stdout).toContain(`(${words.methods.whileLocked})`);
    // A listing for developers and integrators, said so first and in its help: what each method does is the
    // language's catalogue, beside its name, and so is the JSON's summary; only names and schemas are code.
    expect(methods.stdout.split('\n')[0]).toBe(words.methods.forDevelopers);
    expect((await run(language, ['methods', '--help'])).stdout).toContain(words.commands.methods.summary);
    const lines = methods.stdout.split('\n');
    for (const name of METHOD_NAMES) {
      const beside = lines.filter((line) => line.startsWith(`${name} `)).map((line) => line.slice(name.length).trim());
      expect(beside, name).toEqual([summaries[name]]);
    }
    expect(englishLines(methods.stdout.replace(/\{.*\}/g, ''))).toEqual([]);
    const listed = (await run(language, ['--json', 'methods'])).json() as Array<{ name: string; summary: string }>;
    expect(Object.fromEntries(listed.map((method) => [method.name, method.summary]))).toEqual(summaries);
  });

  it('tells custody times on the mission’s clock, or on the event’s own zone; --json keeps ISO', async () => {
    const { run } = await missionVault(tempDir);
    const file = join(tempDir(), 'note.txt');
    writeFileSync(file, 'a statement');
    expect((await run(language, ['evidence', 'add', file, ...caseOption])).status).toBe(0);
    const event = ['--kind', 'handed_over', '--from', 'A', '--to', 'B', '--purpose', 'Analyse'];
    await run(language, ['custody', 'add', 'E-0001', ...caseOption, ...event, '--at', '2026-03-01T14:30:00Z']);
    const inKolkata = ['--at', '2026-03-02T08:05:00Z', '--time-zone', 'Asia/Kolkata'];
    await run(language, ['custody', 'add', 'E-0001', ...caseOption, ...event, ...inKolkata]);
    const chain = await run(language, ['custody', 'list', 'E-0001', ...caseOption]);
    const locale = language === 'ar' ? 'ar-u-nu-latn' : 'fr-FR';
    const at = (instant: string, zone: string) =>
      words.instant(
        new Intl.DateTimeFormat(locale, {
          dateStyle: 'medium',
          timeStyle: 'short',
          hourCycle: 'h23',
          timeZone: zone,
        }).format(new Date(instant)),
        zone,
      );
    expect(chain.stdout).toContain(at('2026-03-01T14:30:00Z', 'Africa/Bangui'));
    expect(chain.stdout).toContain('15:30');
    expect(chain.stdout).toContain(at('2026-03-02T08:05:00Z', 'Asia/Kolkata'));
    expect(chain.stdout).toContain('13:35');
    expect(englishLines(chain.stdout)).toEqual([]);
    // The case's own times too: opened, and each change of status, as the case overview shows them.
    const shown = await run(language, ['case', 'show', 'CF-2026-0001']);
    const { case: record } = (await run(language, ['--json', 'case', 'show', 'CF-2026-0001'])).json() as {
      case: { createdAt: string };
    };
    expect(shown.stdout).toContain(at(record.createdAt, 'Africa/Bangui'));
    const json = await run(language, ['--json', 'custody', 'list', 'E-0001', ...caseOption]);
    expect((json.json() as { items: { at: string }[] }).items.map((item) => item.at)).toEqual([
      '2026-03-01T14:30:00.000Z',
      '2026-03-02T08:05:00.000Z',
    ]);
  });
});
