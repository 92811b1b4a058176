import { LetterFormat, LetterParticulars } from '../../../shared/contract/letters.js';
import { DocumentLanguage } from '../../../shared/documents/document-model.js';
import { InvestigatingEntity } from '../../../shared/domain/case.js';
import { WithoutInvestigationGround } from '../../../shared/domain/finding.js';
import { labelText } from '../../../shared/i18n/labels.js';
import { messageText } from '../../../shared/i18n/messages.js';
import { describeRefusedInput } from '../input-problems.js';
import {
  checked,
  oneOf,
  readInputObject,
  resolveCase,
  resolvePerson,
  runUnlocked,
  stringOption,
  subcommandOf,
} from '../case-file-options.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import type { VaultSession } from '../session.js';
import { CliFailure, usage } from '../failure.js';
import { commandLinePorts, followJob, newFileOption, runUnlockedWithFiles } from './evidence-access.js';

const SUBCOMMANDS = ['templates', 'applicable', 'render', 'export-all', 'closure-ground'] as const;

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
        // A closure letter goes to each victim once the matter ended for her: said victim by victim.
        if (entry.victims.length > 0) {
          const each = entry.victims.map(({ code, reason }) =>
            reason === null ? `  ${code}: applies` : `  ${code}: does not apply: ${reason}`,
          );
          return [name, ...each].join('\n');
        }
        if (entry.applies) {
          const whom =
            entry.subjects.length > 0 ? ` (${entry.subjects.map((subject) => subject.code).join(', ')})` : '';
          return `${name}\n  applies${whom}`;
        }
        const exception = entry.exceptionPossible ? '\n  may be made as an exception (--exception-reason)' : '';
        return `${name}\n${entry.reasons.map((reason) => `  does not apply: ${reason}`).join('\n')}${exception}`;
      });
      const withVerdicts = letters.map((entry) => ({
        ...entry,
        victims: entry.victims.map((victim) => ({ ...victim, applies: victim.reason === null })),
      }));
      context.out.result([`Letters for ${theCase.reference}:`, ...lines].join('\n'), { letters: withVerdicts });
    },
  );
}

/** Everything render needs from the command line, checked before the unlock. */
function renderRequest(context: CommandContext) {
  const caseRef = stringOption(context, 'case');
  const templateId = stringOption(context, 'template');
  if (caseRef === undefined || templateId === undefined)
    throw usage('Say which case and template: --case REF --template ID.');
  const lang = stringOption(context, 'lang');
  // Left out: a closure letter takes its victim's recorded language where letters have it (else English).
  const language = lang === undefined ? undefined : checked(DocumentLanguage, lang, '--lang');
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
    despiteWarnings: context.options['despite-warnings'] === true,
    advocate: advocateOption(context),
    discreet: context.options['discreet'] === true,
    destination: newFileOption(context, 'out'),
  };
}

/**
 * --input FILE (or - for stdin): the letter's particulars as JSON (LetterParticulars: reference,
 * noteNumber, reportReference, replyBy, author, contact, annexes, interimMeasures…), checked here so a
 * mistake is told before the unlock, by field, never echoing what was given.
 */
async function particularsInput(context: CommandContext): Promise<LetterParticulars> {
  const value = await readInputObject(context);
  if (value === undefined) return {};
  const parsed = LetterParticulars.safeParse(value);
  if (!parsed.success) {
    throw new CliFailure(
      'VALIDATION',
      `The letter's particulars (--input) are refused: ${describeRefusedInput(parsed.error, value)}.`,
    );
  }
  return parsed.data;
}

/** --advocate NAME with its contact (--advocate-phone, --advocate-email); none without a name. */
function advocateOption(context: CommandContext) {
  const name = stringOption(context, 'advocate');
  const phone = stringOption(context, 'advocate-phone');
  const email = stringOption(context, 'advocate-email');
  if (name === undefined) {
    if (phone !== undefined || email !== undefined) throw usage('Name the advocate too: --advocate NAME.');
    return undefined;
  }
  return { name, ...(phone !== undefined ? { phone } : {}), ...(email !== undefined ? { email } : {}) };
}

/** The victim's id and, where a letter can be written in it, her recorded language. */
async function victimOf(session: VaultSession, theCase: { id: string; reference: string }, ref: string) {
  const id = await resolvePerson(session, theCase, ref);
  const { items } = await session.call('people.list', { caseId: theCase.id });
  const profile = items.find((item) => item.id === id)?.profile;
  const recorded = profile?.role === 'victim' ? DocumentLanguage.safeParse(profile.language) : undefined;
  return { id, language: recorded?.success ? recorded.data : undefined };
}

async function render(context: CommandContext): Promise<void> {
  const ports = commandLinePorts();
  await runUnlockedWithFiles(
    context,
    ports,
    async () => ({ ...renderRequest(context), particulars: await particularsInput(context) }),
    async (session, request) => {
      const theCase = await resolveCase(session, request.caseRef);
      const recipientName = oneOf(
        request.particulars.recipientName,
        request.recipient,
        'The addressee (recipientName)',
      );
      const victim = request.victim === undefined ? undefined : await victimOf(session, theCase, request.victim);
      const victimId = victim?.id;
      const language = request.language ?? victim?.language ?? 'en';
      const subjectId =
        request.subject === undefined ? undefined : await resolvePerson(session, theCase, request.subject);
      const asked = {
        caseId: theCase.id,
        templateId: request.templateId,
        language,
        ...(victimId ? { victimId } : {}),
        ...(subjectId ? { subjectId } : {}),
        details: {
          ...request.particulars,
          ...(recipientName ? { recipientName } : {}),
          ...(request.advocate ? { advocate: request.advocate } : {}),
          ...(request.discreet ? { discreet: true } : {}),
        },
        ...(request.exceptionReason !== undefined ? { exception: { reason: request.exceptionReason } } : {}),
      };
      // What a legal officer checks first (a placeholder signatory, a past reply date…): made only when told to.
      const { warnings } = await session.call('letters.preview', asked);
      if (warnings.length > 0 && !request.despiteWarnings) {
        throw new CliFailure(
          'VALIDATION',
          [
            'The letter was not made. Check first:',
            ...warnings.map(
              (warning) => `  - ${messageText('en', `letterWarnings.${warning.code}`, { date: warning.date ?? '' })}`,
            ),
            'Give what is missing in --input, or add --despite-warnings to make it as it stands.',
          ].join('\n'),
        );
      }
      const letter = await session.call('letters.generate', { ...asked, formats: [request.format] });
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
          (letter.exception ? '\nMade as an exception: it does not apply to the case as it stands.' : '') +
          (letter.discreet ? '\nDiscreet form: no letterhead or emblem, neutral headings.' : ''),
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

/** Everything closure-ground needs from the command line, checked before the unlock. */
function closureGroundRequest(context: CommandContext) {
  const caseRef = stringOption(context, 'case');
  const victim = stringOption(context, 'victim');
  const ground = stringOption(context, 'ground');
  const decidedBy = stringOption(context, 'decided-by');
  const decidedOn = stringOption(context, 'decided-on');
  if ([caseRef, victim, ground, decidedBy, decidedOn].includes(undefined)) {
    throw usage(
      'Say which case and victim, the ground, who decided and when: ' +
        '--case --victim --ground --decided-by --decided-on.',
    );
  }
  return {
    caseRef: caseRef as string,
    victim: victim as string,
    ground: checked(WithoutInvestigationGround, ground, '--ground'),
    decidedBy: checked(InvestigatingEntity, decidedBy, '--decided-by'),
    decidedOn: decidedOn as string,
    reason: stringOption(context, 'reason'),
  };
}

/** Why the matter closed for one victim: her closure letter says it (and who decided). */
async function closureGround(context: CommandContext): Promise<void> {
  await runUnlocked(
    context,
    async () => closureGroundRequest(context),
    async (session, request) => {
      const theCase = await resolveCase(session, request.caseRef);
      const personId = await resolvePerson(session, theCase, request.victim);
      const closure = await session.call('letters.recordVictimClosure', {
        caseId: theCase.id,
        personId,
        ground: request.ground,
        decidedBy: request.decidedBy,
        decidedOn: request.decidedOn,
        ...(request.reason !== undefined ? { reasonToVictim: request.reason } : {}),
      });
      context.out.result(
        `Recorded for ${closure.code} in ${theCase.reference}: ${labelText('en', 'closureGround', closure.ground)}, ` +
          `decided by ${labelText('en', 'investigatingEntity', closure.decidedBy)} on ${closure.decidedOn}.`,
        { closure },
      );
    },
  );
}

const RUNNERS: Record<(typeof SUBCOMMANDS)[number], (context: CommandContext) => Promise<void>> = {
  templates,
  applicable,
  render,
  'export-all': exportAll,
  'closure-ground': closureGround,
};

export const letterImplementation: CommandImplementation = {
  async run(context) {
    await RUNNERS[subcommandOf(context, 'letter', SUBCOMMANDS)](context);
  },
};
