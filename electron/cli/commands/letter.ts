import { LetterFormat } from '../../../shared/contract/letters.js';
import { DocumentLanguage } from '../../../shared/documents/document-model.js';
import { labelText } from '../../../shared/i18n/labels.js';
import {
  caseOption,
  checked,
  resolveCase,
  resolvePerson,
  runUnlocked,
  stringOption,
  subcommandOf,
} from '../case-file-options.js';
import type { Command, CommandContext } from '../command.js';
import { CliFailure, usage } from '../failure.js';
import { commandLinePorts, followJob, newFileOption, runUnlockedWithFiles } from './evidence-access.js';
import { recoveryKeyFileOption } from './unlock.js';

const SUBCOMMANDS = ['templates', 'applicable', 'render', 'export-all'] as const;

async function templates(context: CommandContext): Promise<void> {
  await runUnlocked(
    context,
    async () => undefined,
    async (session) => {
      const { templates: list } = await session.call('letters.templates', {});
      const rows = list.map(
        (t) =>
          `${t.id.padEnd(28)} ${t.recipient.padEnd(16)} ${t.languages.join(',').padEnd(9)} ` +
          `v${t.version}${t.edited ? ' (edited)' : ''}  ${t.name}`,
      );
      context.out.result(['TEMPLATE                     RECIPIENT        LANGUAGES VERSION', ...rows].join('\n'), {
        templates: list,
      });
    },
  );
}

/** Which letters the case calls for now: each kind, whom it may concern, or why it does not apply. */
async function applicable(context: CommandContext): Promise<void> {
  await runUnlocked(
    context,
    async () => {
      const caseRef = stringOption(context, 'case');
      if (caseRef === undefined) throw usage('Say which case: --case REF.');
      return caseRef;
    },
    async (session, caseRef) => {
      const theCase = await resolveCase(session, caseRef);
      const { letters } = await session.call('letters.applicable', { caseId: theCase.id, locale: 'en' });
      const lines = letters.map((entry) => {
        const name = `${entry.kind.padEnd(26)} ${labelText('en', 'letterKind', entry.kind)}`;
        if (entry.applies) {
          const whom =
            entry.subjects.length > 0 ? ` (${entry.subjects.map((subject) => subject.code).join(', ')})` : '';
          return `${name}\n  applies${whom}`;
        }
        const exception = entry.exceptionPossible ? '\n  may be made as an exception (--exception-reason)' : '';
        return `${name}\n${entry.reasons.map((reason) => `  does not apply: ${reason}`).join('\n')}${exception}`;
      });
      context.out.result([`Letters for ${theCase.reference}:`, ...lines].join('\n'), { letters });
    },
  );
}

/** Everything render needs from the command line, checked before the unlock. */
function renderRequest(context: CommandContext) {
  const caseRef = stringOption(context, 'case');
  const templateId = stringOption(context, 'template');
  if (caseRef === undefined || templateId === undefined)
    throw usage('Say which case and template: --case REF --template ID.');
  const language = checked(DocumentLanguage, stringOption(context, 'lang') ?? 'en', '--lang');
  const format = checked(LetterFormat, stringOption(context, 'format') ?? 'pdf', '--format');
  return {
    caseRef,
    templateId,
    language,
    format,
    recipient: stringOption(context, 'recipient'),
    victim: stringOption(context, 'victim'),
    subject: stringOption(context, 'subject'),
    exceptionReason: stringOption(context, 'exception-reason'),
    destination: newFileOption(context, 'out'),
  };
}

async function render(context: CommandContext): Promise<void> {
  const ports = commandLinePorts();
  await runUnlockedWithFiles(
    context,
    ports,
    async () => renderRequest(context),
    async (session, request) => {
      const theCase = await resolveCase(session, request.caseRef);
      const victimId = request.victim === undefined ? undefined : await resolvePerson(session, theCase, request.victim);
      const subjectId =
        request.subject === undefined ? undefined : await resolvePerson(session, theCase, request.subject);
      const letter = await session.call('letters.generate', {
        caseId: theCase.id,
        templateId: request.templateId,
        language: request.language,
        formats: [request.format],
        ...(victimId ? { victimId } : {}),
        ...(subjectId ? { subjectId } : {}),
        ...(request.recipient ? { details: { recipientName: request.recipient } } : {}),
        ...(request.exceptionReason !== undefined ? { exception: { reason: request.exceptionReason } } : {}),
      });
      ports.exportTo = request.destination;
      const saved = await session.call('letters.export', { letterId: letter.id, format: request.format });
      if (saved.cancelled) throw new CliFailure('CANCELLED', 'The letter was registered but not written.');
      const output = letter.outputs.find((candidate) => candidate.format === request.format);
      context.out.result(
        `Registered ${letter.templateId} v${letter.templateVersion} (${letter.language}) ` +
          `for ${theCase.reference} and wrote ${saved.path} (SHA-256 ` +
          `${output?.sha256 ?? '?'}).` +
          (letter.withheld.length > 0
            ? `\nIdentities withheld (no consent for this recipient): ${letter.withheld.map((w) => w.code).join(', ')}.`
            : '') +
          (letter.exception ? '\nMade as an exception: it does not apply to the case as it stands.' : ''),
        { letter, path: saved.path },
      );
    },
  );
}

/** Everything export-all needs from the command line, checked before the unlock. */
function exportAllRequest(context: CommandContext) {
  const caseRef = stringOption(context, 'case');
  if (caseRef === undefined) throw usage('Say which case: --case REF.');
  const formats = (stringOption(context, 'format') ?? 'pdf')
    .split(',')
    .map((format) => checked(LetterFormat, format.trim(), '--format'));
  return {
    caseRef,
    kind: context.options['all'] === true ? ('all' as const) : ('closure' as const),
    formats: [...new Set(formats)],
    destination: newFileOption(context, 'out'),
  };
}

/** A case's letters into a new folder, as the app's batch export: a job whose progress goes to stderr. */
async function exportAll(context: CommandContext): Promise<void> {
  const ports = commandLinePorts();
  await runUnlockedWithFiles(
    context,
    ports,
    async () => exportAllRequest(context),
    async (session, request) => {
      const theCase = await resolveCase(session, request.caseRef);
      ports.exportTo = request.destination;
      const started = await session.call('letters.exportBatch', {
        caseId: theCase.id,
        kind: request.kind,
        formats: request.formats,
      });
      const job = await followJob(session, context, started.jobId, `Exporting the letters of ${theCase.reference}`);
      if (job.kind !== 'letterBatch') throw new CliFailure('INTERNAL', 'Unexpected job.');
      const lines = job.files.map((file) => `  ${file.path}  SHA-256 ${file.sha256}`);
      context.out.result([`Wrote ${job.files.length} file(s) into ${job.folder}:`, ...lines].join('\n'), { job });
    },
  );
}

const RUNNERS: Record<(typeof SUBCOMMANDS)[number], (context: CommandContext) => Promise<void>> = {
  templates,
  applicable,
  render,
  'export-all': exportAll,
};

export const letterCommand: Command = {
  name: 'letter',
  synopsis:
    'templates | applicable --case REF | render --case REF --template ID [--lang en|fr|ar] [--format pdf|docx] ' +
    '--out PATH [--recipient NAME] [--victim V-01] [--subject S-01] [--exception-reason TEXT] | ' +
    'export-all --case REF --out FOLDER [--all] [--format pdf,docx]',
  headline: 'letter templates|applicable|render|export-all',
  summary:
    'List the letter templates, say which letters a case calls for, or make a letter: registered (encrypted) in ' +
    'the vault and written to --out.',
  details: [
    'render merges the case into the template after the consent filter: a person whose recorded',
    'consent does not cover the recipient appears as pseudonym, age band and sex. The letter is kept',
    'in the register with the SHA-256 of its file; --out must not exist (nothing is overwritten).',
    'Closure letters name their victim (--victim V-01); referrals their subject when there are several.',
    "applicable says, for each kind of letter, whether the case's facts call for it and for which subjects",
    '(by personnel category, and for referrals after the investigation, a substantiated finding), or why not.',
    'A referral that does not apply is made only as an exception: --exception-reason gives the reason, kept in',
    'the register (the audit trail records that an exception was made). A closure letter is never an exception.',
    "export-all writes the case's closure letters (every letter with --all) into the new folder --out, showing",
    'its progress on stderr; stopped (Ctrl-C), it leaves no folder and no file.',
  ].join('\n'),
  options: {
    case: { ...caseOption, required: 'applicable, render and export-all' },
    template: {
      type: 'string',
      valueName: 'ID',
      required: 'render',
      description: 'render: the template (see letter templates).',
    },
    lang: { type: 'string', valueName: 'LANG', description: 'render: en, fr or ar (default en).' },
    format: {
      type: 'string',
      valueName: 'FORMAT',
      description: 'render: pdf or docx (default pdf); export-all: pdf, docx or pdf,docx.',
    },
    out: {
      type: 'string',
      valueName: 'PATH',
      required: 'render and export-all',
      description: 'render: the file to write; export-all: the folder to make (neither may exist).',
    },
    all: { type: 'boolean', description: 'export-all: every letter of the case, not only the closure letters.' },
    recipient: { type: 'string', valueName: 'NAME', description: 'render: the addressee, as the letter names it.' },
    victim: { type: 'string', valueName: 'CODE', description: 'render: the victim of a closure letter (V-01 or id).' },
    subject: { type: 'string', valueName: 'CODE', description: 'render: the subject of a referral (S-01 or id).' },
    'exception-reason': {
      type: 'string',
      valueName: 'TEXT',
      description: 'render: make a referral that does not apply, as an exception, for this reason.',
    },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'templates, applicable, render or export-all' },
  async run(context) {
    await RUNNERS[subcommandOf(context, 'letter', SUBCOMMANDS)](context);
  },
};
