import { open } from 'node:fs/promises';
import type { InterviewRecord } from '../../../shared/contract/interviews.js';
import { InterviewArrangements } from '../../../shared/domain/interview.js';
import { WrittenReason } from '../../../shared/domain/primitives.js';
import { plainToRichText, RichText } from '../../../shared/domain/rich-text.js';
import { missionClock, type TimeReader } from '../mission-time.js';
import { cliWords } from '../words.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { CliFailure, usage } from '../failure.js';
import { fileReadFailure } from '../file-read-failure.js';
import type { VaultSession } from '../session.js';
import {
  checked,
  instantOption,
  oneOf,
  readInputObject,
  resolveCase,
  resolvePerson,
  runUnlocked,
  stringOption,
  subcommandOf,
} from '../case-file-options.js';

const SUBCOMMANDS = ['add', 'conduct', 'notes', 'sign', 'amend'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

/** Notes hold at most a million characters; in UTF-8 that is at most 4 MiB. */
const NOTES_LIMIT_BYTES = 4 * 1024 * 1024;

async function readBounded(chunks: AsyncIterable<Buffer | string>, where: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > NOTES_LIMIT_BYTES) throw new CliFailure('VALIDATION', cliWords().interview.notesTooLarge(where));
    parts.push(bytes);
  }
  return Buffer.concat(parts);
}

/** A plain-text file (or stdin with -) as rich text: one paragraph per line. */
async function readNotesFile(context: CommandContext): Promise<RichText> {
  const spec = stringOption(context, 'notes-file');
  if (spec === undefined) throw usage(cliWords().interview.giveNotes);
  const where = spec === '-' ? cliWords().interview.stdin : spec;
  let bytes: Buffer;
  if (spec === '-') {
    bytes = await readBounded(context.io.stdin as AsyncIterable<Buffer | string>, where);
  } else {
    const handle = await open(spec, 'r').catch((error: unknown) => {
      throw fileReadFailure(error, cliWords().interview.notesFile(spec));
    });
    try {
      bytes = await readBounded(handle.createReadStream({ autoClose: false }), where).catch((error: unknown) => {
        throw error instanceof CliFailure ? error : fileReadFailure(error, cliWords().interview.notesFile(spec));
      });
    } finally {
      await handle.close();
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliFailure('VALIDATION', cliWords().interview.notUtf8(where));
  }
  // A file's final newline ends its last line; it does not start an empty paragraph.
  return checked(RichText, plainToRichText(text.replace(/^\uFEFF/, '').replace(/\r?\n$/, '')), 'notes');
}

function arrangementsFromOptions(context: CommandContext): Record<string, unknown> {
  const placeType = stringOption(context, 'place-type');
  if (placeType === undefined) throw usage(cliWords().interview.givePlace);
  const scheduledAt = instantOption(context, 'scheduled-at');
  const timeZone = stringOption(context, 'time-zone');
  const interpreter = stringOption(context, 'interpreter');
  return {
    ...(scheduledAt === undefined ? {} : { scheduledAt }),
    ...(timeZone === undefined ? {} : { timeZone }),
    place: { type: placeType, private: context.options['private'] === true },
    team: [],
    // Recorded as not (yet) offered: the checklist (R7) asks for them until the plan is completed.
    genderPreference: { offered: false },
    supportPerson: { offered: false, present: false },
    ...(interpreter === undefined ? {} : { interpreterPersonId: interpreter }),
    language: stringOption(context, 'language') ?? null,
    recorded: context.options['recorded'] === true,
  };
}

const ARRANGEMENT_OPTIONS = [
  'scheduled-at',
  'time-zone',
  'place-type',
  'private',
  'language',
  'recorded',
  'interpreter',
] as const;

/** Each field set by option, as the person types it (for messages about that field). */
const ARRANGEMENT_OPTION_NAMES: Readonly<Record<string, string>> = {
  scheduledAt: '--scheduled-at TIME',
  timeZone: '--time-zone ZONE',
  'place.type': '--place-type TYPE',
  language: '--language TAG',
  interpreterPersonId: '--interpreter PERSON',
};

interface PlanRequest {
  caseRef: string;
  personRef: string;
  arrangements: InterviewArrangements;
}

async function preparePlan(context: CommandContext): Promise<PlanRequest> {
  const input = await readInputObject(context);
  const given = ARRANGEMENT_OPTIONS.filter((name) => context.options[name] !== undefined);
  if (input !== undefined && given.length > 0) throw usage(cliWords().interview.notBoth(given[0] ?? ''));
  const caseRef = oneOf(input?.['caseId'], stringOption(context, 'case'), cliWords().interview.theCase);
  const personRef = oneOf(input?.['personId'], stringOption(context, 'person'), cliWords().interview.theInterviewee);
  if (caseRef === undefined || personRef === undefined) throw usage(cliWords().interview.nameCaseAndPerson);
  const arrangements =
    input === undefined
      ? checked(
          InterviewArrangements,
          arrangementsFromOptions(context),
          cliWords().interview.arrangements,
          ARRANGEMENT_OPTION_NAMES,
        )
      : checked(InterviewArrangements, input['arrangements'], cliWords().interview.arrangements);
  return { caseRef, personRef, arrangements };
}

/** When the interview took place, or is planned: on the clock of its place when recorded, else the mission's. */
function when(record: InterviewRecord, time: TimeReader): string | undefined {
  const at = record.conductedAt ?? record.scheduledAt;
  return at === undefined ? undefined : time(at, record.timeZone);
}

async function plan(context: CommandContext): Promise<void> {
  await runUnlocked(
    context,
    () => preparePlan(context),
    async (session, request) => {
      const theCase = await resolveCase(session, request.caseRef);
      const personId = await resolvePerson(session, theCase, request.personRef);
      const interpreter = request.arrangements.interpreterPersonId;
      const arrangements =
        interpreter === undefined
          ? request.arrangements
          : { ...request.arrangements, interpreterPersonId: await resolvePerson(session, theCase, interpreter) };
      const record = await session.call('interviews.plan', { caseId: theCase.id, personId, arrangements });
      context.out.result(
        cliWords().interview.planned(
          record.personCode,
          when(record, await missionClock(session)),
          theCase.reference,
          record.id,
        ),
        record,
      );
    },
  );
}

/** A subcommand that acts on one interview, given by id. */
interface InterviewAction<P> {
  /** Reads and checks the options and files, before the unlock. */
  prepare(context: CommandContext): Promise<P>;
  act(session: VaultSession, interviewId: string, prepared: P): Promise<InterviewRecord>;
  message(record: InterviewRecord, time: TimeReader): string;
}

function onInterview<P>(action: InterviewAction<P>): (context: CommandContext) => Promise<void> {
  return async (context) => {
    const interviewId = context.args[1];
    if (interviewId === undefined) throw usage(cliWords().interview.nameInterview(context.args[0] ?? ''));
    await runUnlocked(
      context,
      () => action.prepare(context),
      async (session, prepared) => {
        const record = await action.act(session, interviewId, prepared);
        context.out.result(action.message(record, await missionClock(session)), record);
      },
    );
  };
}

const RUNNERS: Record<Subcommand, (context: CommandContext) => Promise<void>> = {
  add: plan,
  conduct: onInterview({
    prepare: async (context) => instantOption(context, 'conducted-at') ?? new Date(context.io.now()).toISOString(),
    act: (session, interviewId, conductedAt) => session.call('interviews.markConducted', { interviewId, conductedAt }),
    message: (record, time) => cliWords().interview.conducted(record.personCode, when(record, time)),
  }),
  notes: onInterview({
    prepare: readNotesFile,
    async act(session, interviewId, notes) {
      const { notesRevision } = await session.call('interviews.get', { interviewId });
      await session.call('interviews.saveNotes', { interviewId, notes, baseRevision: notesRevision });
      return session.call('interviews.get', { interviewId });
    },
    message: (record, time) =>
      cliWords().interview.notesSaved(record.personCode, when(record, time), record.notesRevision),
  }),
  sign: onInterview({
    prepare: async (context) => instantOption(context, 'signed-at'),
    act: (session, interviewId, signedAt) =>
      session.call('interviews.sign', { interviewId, ...(signedAt === undefined ? {} : { signedAt }) }),
    message: (record, time) => cliWords().interview.signed(record.personCode, when(record, time)),
  }),
  amend: onInterview({
    prepare: async (context) => ({
      reason: checked(WrittenReason, stringOption(context, 'reason'), cliWords().interview.reason),
      notes: await readNotesFile(context),
    }),
    act: (session, interviewId, { reason, notes }) => session.call('interviews.amend', { interviewId, reason, notes }),
    message: (record, time) =>
      cliWords().interview.amended(
        record.personCode,
        when(record, time),
        record.amendments[record.amendments.length - 1]?.version ?? 1,
      ),
  }),
};

export const interviewImplementation: CommandImplementation = {
  async run(context) {
    const subcommand = subcommandOf(context, 'interview', SUBCOMMANDS);
    if (subcommand === 'add' && context.args.length > 1) throw usage(cliWords().interview.addTakesNoId);
    await RUNNERS[subcommand](context);
  },
};
