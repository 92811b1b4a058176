import { LetterFormat, LetterParticulars } from '../../../shared/contract/letters.js';
import { DocumentLanguage } from '../../../shared/documents/document-model.js';
import { InvestigatingEntity } from '../../../shared/domain/case.js';
import { WithoutInvestigationGround } from '../../../shared/domain/finding.js';
import { templateNameText } from '../../../shared/documents/templates/template-name.js';
import { labelText } from '../../../shared/i18n/labels.js';
import { formatDateWords, messageText } from '../../../shared/i18n/messages.js';
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
import { explanationLocale } from '../explanation-locale.js';
import { cliLanguage, cliList, cliWords } from '../words.js';
import { table } from './case.js';
import { commandLinePorts, followJob, newFileOption, runUnlockedWithFiles } from './evidence-access.js';

const SUBCOMMANDS = ['templates', 'applicable', 'render', 'export-all', 'closure-ground'] as const;

async function templates(context: CommandContext): Promise<void> {
  await runUnlocked(
    context,
    async () => undefined,
    async (session) => {
      const { templates: list } = await session.call('letters.templates', {});
      const words = cliWords().letter;
      const language = cliLanguage();
      const { headings } = words;
      const rows = list.map((t) => [
        t.id,
        labelText(language, 'recipient', t.recipient),
        cliList(t.languages),
        `v${t.version}${t.edited ? ` ${words.edited}` : ''}`,
        templateNameText(language, t),
      ]);
      const columns = [headings.template, headings.recipient, headings.languages, headings.version, headings.name];
      context.out.result(table(columns, rows), { templates: list });
    },
  );
}

/** Which letters the case calls for now: each kind, whom it may concern, or why it does not apply. */
async function applicable(context: CommandContext): Promise<void> {
  await runUnlocked(
    context,
    async () => {
      const caseRef = stringOption(context, 'case');
      if (caseRef === undefined) throw usage(cliWords().letter.sayCase);
      return caseRef;
    },
    async (session, caseRef) => {
      const theCase = await resolveCase(session, caseRef);
      const { letters } = await session.call('letters.applicable', { caseId: theCase.id, locale: explanationLocale() });
      const words = cliWords().letter;
      // The reply names the first people and reasons of a kind: how many more it did not name.
      const more = (all: number, named: number) => (all > named ? [`  ${words.more(all - named)}`] : []);
      const lines = letters.map((entry) => {
        const name = `${entry.kind.padEnd(26)} ${labelText(cliLanguage(), 'letterKind', entry.kind)}`;
        // A closure letter goes to each victim once the matter ended for her: said victim by victim.
        if (entry.victims.length > 0) {
          const each = entry.victims.map(
            ({ code, reason }) =>
              `  ${cliWords().line.about(code, reason === null ? words.applies : words.doesNotApply(reason))}`,
          );
          const victims = entry.victimCounts.applies + entry.victimCounts.notYet;
          return [name, ...each, ...more(victims, entry.victims.length)].join('\n');
        }
        if (entry.applies) {
          const codes = entry.subjects.map((subject) => subject.code);
          const applies = `  ${codes.length > 0 ? words.appliesTo(codes) : words.applies}`;
          return [name, applies, ...more(entry.subjectCount, codes.length)].join('\n');
        }
        const reasons = entry.reasons.map((reason) => `  ${words.doesNotApply(reason)}`);
        const exception = entry.exceptionPossible ? [`  ${words.exceptionPossible}`] : [];
        return [name, ...reasons, ...more(entry.reasonCount, reasons.length), ...exception].join('\n');
      });
      const withVerdicts = letters.map((entry) => ({
        ...entry,
        victims: entry.victims.map((victim) => ({ ...victim, applies: victim.reason === null })),
      }));
      context.out.result([words.lettersFor(theCase.reference), ...lines].join('\n'), { letters: withVerdicts });
    },
  );
}

/** Everything render needs from the command line, checked before the unlock. */
function renderRequest(context: CommandContext) {
  const caseRef = stringOption(context, 'case');
  const templateId = stringOption(context, 'template');
  if (caseRef === undefined || templateId === undefined) throw usage(cliWords().letter.sayCaseAndTemplate);
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
    throw new CliFailure('VALIDATION', cliWords().letter.particularsRefused(describeRefusedInput(parsed.error, value)));
  }
  return parsed.data;
}

/** --advocate NAME with its contact (--advocate-phone, --advocate-email); none without a name. */
function advocateOption(context: CommandContext) {
  const name = stringOption(context, 'advocate');
  const phone = stringOption(context, 'advocate-phone');
  const email = stringOption(context, 'advocate-email');
  if (name === undefined) {
    if (phone !== undefined || email !== undefined) throw usage(cliWords().letter.nameAdvocate);
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
      const recipientName = oneOf(request.particulars.recipientName, request.recipient, cliWords().letter.addressee);
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
      const words = cliWords().letter;
      if (warnings.length > 0 && !request.despiteWarnings) {
        throw new CliFailure(
          'VALIDATION',
          [
            words.checkFirst,
            ...warnings.map(
              (warning) =>
                `  - ${messageText(cliLanguage(), `letterWarnings.${warning.code}`, { date: warning.date ?? '' })}`,
            ),
            words.despiteWarnings,
          ].join('\n'),
        );
      }
      const letter = await session.call('letters.generate', { ...asked, formats: [request.format] });
      ports.exportTo = request.destination;
      const saved = await session.call('letters.export', { letterId: letter.id, format: request.format });
      if (saved.cancelled) throw new CliFailure('CANCELLED', words.notWritten);
      const output = letter.outputs.find((candidate) => candidate.format === request.format);
      const written = labelText(cliLanguage(), 'documentLanguage', letter.language);
      const lines = [
        words.registered(
          letter.templateId,
          letter.templateVersion,
          written,
          theCase.reference,
          saved.path,
          output?.sha256 ?? '?',
        ),
        ...(letter.withheld.length > 0 ? [words.withheld(letter.withheld.map((w) => w.code))] : []),
        ...(letter.exception ? [words.exception] : []),
        ...(letter.discreet ? [words.discreet] : []),
      ];
      context.out.result(lines.join('\n'), { letter, path: saved.path });
    },
  );
}

/** Everything export-all needs from the command line, checked before the unlock. */
function exportAllRequest(context: CommandContext) {
  const caseRef = stringOption(context, 'case');
  if (caseRef === undefined) throw usage(cliWords().letter.sayCase);
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
      const words = cliWords().letter;
      const job = await followJob(session, context, started.jobId, words.exporting(theCase.reference));
      if (job.kind !== 'letterBatch') throw new CliFailure('INTERNAL', cliWords().output.unexpected);
      const lines = job.files.map((file) => `  ${file.path}  SHA-256 ${file.sha256}`);
      context.out.result([words.wrote(job.files.length, job.folder), ...lines].join('\n'), { job });
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
    throw usage(cliWords().letter.closureGroundNeeds);
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
      const language = cliLanguage();
      const recorded = cliWords().letter.closureRecorded(
        closure.code,
        theCase.reference,
        labelText(language, 'closureGround', closure.ground),
        labelText(language, 'investigatingEntity', closure.decidedBy),
        formatDateWords(closure.decidedOn, language),
      );
      context.out.result(recorded, { closure });
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
