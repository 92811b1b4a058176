import { CustodyEntry, CustodyReportRequest } from '../../../shared/contract/custody.js';
import { CUSTODY_EVENT_KINDS, type CustodyEvent } from '../../../shared/domain/evidence.js';
import { checked, instantOption, readInputObject, stringOption, subcommandOf } from '../case-file-options.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { CliFailure, usage } from '../failure.js';
import { missionClock, type TimeReader } from '../mission-time.js';
import { cliLanguage, cliList, cliWords } from '../words.js';
import { labelText } from '../../../shared/i18n/labels.js';
import { commandLinePorts, newFileOption, resolveItem, runUnlockedWithFiles } from './evidence-access.js';

const SUBCOMMANDS = ['add', 'list', 'report'] as const;

const EVENT_OPTIONS = [
  'kind',
  'at',
  'time-zone',
  'from',
  'to',
  'persons',
  'purpose',
  'seal',
  'location',
  'note',
  'no-recheck',
] as const;

/** Each field set by option, as the person types it (for messages about that field). */
const EVENT_OPTION_NAMES: Readonly<Record<string, string>> = {
  kind: '--kind KIND',
  at: '--at TIME',
  timeZone: '--time-zone ZONE',
  from: '--from WHO',
  to: '--to WHO',
  persons: '--persons A,B',
  purpose: '--purpose TEXT',
  sealNumber: '--seal NUMBER',
  location: '--location TEXT',
  note: '--note TEXT',
};

/** The event from options, as custody.add takes it; absent options are left out. */
function eventFromOptions(context: CommandContext): Record<string, unknown> {
  const persons = stringOption(context, 'persons');
  const fields: Record<string, unknown> = {
    kind: stringOption(context, 'kind'),
    at: instantOption(context, 'at'),
    timeZone: stringOption(context, 'time-zone'),
    from: stringOption(context, 'from'),
    to: stringOption(context, 'to'),
    persons: persons
      ?.split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    purpose: stringOption(context, 'purpose'),
    sealNumber: stringOption(context, 'seal'),
    location: stringOption(context, 'location'),
    note: stringOption(context, 'note'),
    recheckHash: context.options['no-recheck'] === true ? false : undefined,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** The event from --input or from options, checked before the unlock; the item comes from the command line. */
async function prepareEvent(context: CommandContext): Promise<Omit<CustodyEntry, 'itemId'>> {
  const input = await readInputObject(context);
  const given = EVENT_OPTIONS.filter((name) => context.options[name] !== undefined);
  if (input !== undefined && given.length > 0) throw usage(cliWords().custody.notBoth(given[0] ?? ''));
  const event = input ?? eventFromOptions(context);
  if (event['kind'] === undefined) throw usage(cliWords().custody.sayKind(CUSTODY_EVENT_KINDS.join('|')));
  const named = input === undefined ? EVENT_OPTION_NAMES : {};
  return checked(
    CustodyEntry.omit({ itemId: true }),
    { at: new Date(context.io.now()).toISOString(), ...event },
    cliWords().custody.what,
    named,
  );
}

/** An event as the chain shows it; its time on the zone it was logged in, else on the mission's clock. */
const describeEvent = (event: CustodyEvent, time: TimeReader): string => {
  const words = cliWords().custody;
  const language = cliLanguage();
  const checks = event.hashChecks.map((check) =>
    check.result === 'match'
      ? words.hashMatches(check.fileName)
      : words.hashFailed(
          check.fileName,
          check.problem === undefined ? words.noMatch : labelText(language, 'contentProblem', check.problem),
        ),
  );
  const at = time(event.at, event.timeZone);
  return words.event(event.sequence, labelText(language, 'custodyEventKindInText', event.kind), at, checks);
};

function itemArgument(context: CommandContext): string {
  const ref = context.args[1];
  if (ref === undefined) throw usage(cliWords().custody.nameItem(context.args[0] ?? ''));
  return ref;
}

async function add(context: CommandContext): Promise<void> {
  const ref = itemArgument(context);
  await runUnlockedWithFiles(
    context,
    commandLinePorts(),
    () => prepareEvent(context),
    async (session, event) => {
      const item = await resolveItem(session, ref, stringOption(context, 'case'));
      const logged = await session.call('custody.add', { ...event, itemId: item.id });
      const failed = logged.hashChecks.filter((check) => check.result === 'failed');
      const described = describeEvent(logged, await missionClock(session));
      if (failed.length > 0) {
        throw new CliFailure('VAULT_CORRUPT', cliWords().custody.failedRecheck(item.number, failed.length, described));
      }
      context.out.result(cliWords().custody.logged(item.number, item.caseReference, described), logged);
    },
  );
}

async function list(context: CommandContext): Promise<void> {
  const ref = itemArgument(context);
  await runUnlockedWithFiles(
    context,
    commandLinePorts(),
    async () => undefined,
    async (session) => {
      const item = await resolveItem(session, ref, stringOption(context, 'case'));
      const { items } = await session.call('custody.list', { itemId: item.id });
      const words = cliWords().custody;
      const time = await missionClock(session);
      const lines = items.map((event) => words.withPurpose(describeEvent(event, time), event.purpose));
      context.out.result(items.length === 0 ? words.none(item.number) : lines.join('\n'), { items });
    },
  );
}

/** The report's file and language from --format and --lang, checked before the unlock, and where to write it. */
function reportRequest(context: CommandContext) {
  const choice = checked(
    CustodyReportRequest.pick({ format: true, language: true }),
    { format: stringOption(context, 'format'), language: stringOption(context, 'lang') },
    cliWords().custody.reportWhat,
    { format: '--format', language: '--lang' },
  );
  return { ...choice, destination: newFileOption(context) };
}

async function report(context: CommandContext): Promise<void> {
  const ref = itemArgument(context);
  const ports = commandLinePorts();
  await runUnlockedWithFiles(
    context,
    ports,
    async () => reportRequest(context),
    async (session, request) => {
      const item = await resolveItem(session, ref, stringOption(context, 'case'));
      ports.exportTo = request.destination;
      const saved = await session.call('custody.report', {
        itemId: item.id,
        format: request.format,
        language: request.language,
      });
      if (saved.cancelled) throw new CliFailure('CANCELLED', cliWords().custody.reportNotWritten);
      context.out.result(cliWords().custody.reportWritten(item.number, saved.path, saved.sha256), saved);
    },
  );
}

const RUNNERS: Record<(typeof SUBCOMMANDS)[number], (context: CommandContext) => Promise<void>> = { add, list, report };

export const custodyImplementation: CommandImplementation = {
  detailValues: () => ({ kinds: cliList(CUSTODY_EVENT_KINDS) }),
  async run(context) {
    await RUNNERS[subcommandOf(context, 'custody', SUBCOMMANDS)](context);
  },
};
