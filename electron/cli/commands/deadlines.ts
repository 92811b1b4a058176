import { formatCountdown } from '../../../shared/clocks/deadline.js';
import { wallTimeAt } from '../../../shared/clocks/local-time.js';
import type { DeadlineItem } from '../../../shared/contract/deadlines.js';
import { instantOption, runUnlocked, stringOption } from '../case-file-options.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { CliFailure, usage } from '../failure.js';
import type { VaultSession } from '../session.js';
import { table } from './case.js';
import { explanationLocale } from '../explanation-locale.js';
import { cliLanguage, cliWords } from '../words.js';
import { labelText } from '../../../shared/i18n/labels.js';
import { shippedClockText } from '../../../shared/i18n/clock-words.js';

/** Time left (or overdue, or the margin at closing) in words a team reads at a glance. */
function countdownText(item: Pick<DeadlineItem, 'state' | 'remainingMs'>): string {
  const words = cliWords().deadlines;
  const { negative, days, hours, minutes } = formatCountdown(item.remainingMs);
  const span = words.span(days, String(hours).padStart(days > 0 ? 2 : 1, '0'), String(minutes).padStart(2, '0'));
  switch (item.state) {
    case 'closed':
      return words.closedBefore(span);
    case 'closed_late':
      return words.closedLate(span);
    case 'overdue':
      return words.overdue(span);
    default:
      return negative ? words.overdue(span) : words.left(span);
  }
}

/** The deadline's clock: its name in the command line's language while it is the shipped one, else as written. */
function clockName(item: Pick<DeadlineItem, 'clockId' | 'clockName'>): string {
  return shippedClockText(cliLanguage(), item.clockId, 'name', item.clockName);
}

/** A due moment on the mission's clock, as the team reads it there: "2026-03-02 14:30". */
function minuteIn(instant: string, timeZone: string): string {
  const { wall } = wallTimeAt(Date.parse(instant), timeZone);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${wall.year}-${two(wall.month)}-${two(wall.day)} ${two(wall.hour)}:${two(wall.minute)}`;
}

/** The deadlines as a table, due moments in the mission's time zone (the vault's, named in the header). */
function deadlinesTable(items: readonly DeadlineItem[], timeZone: string): string {
  const words = cliWords().deadlines;
  const language = cliLanguage();
  if (items.length === 0) return words.none;
  const heading = words.headings;
  return table(
    [
      heading.due(timeZone),
      heading.countdown,
      heading.state,
      heading.firmness,
      heading.case,
      heading.concerns,
      heading.id,
      heading.clock,
    ],
    items.map((item) => [
      minuteIn(item.dueAt, timeZone),
      countdownText(item),
      labelText(language, 'deadlineState', item.state),
      labelText(language, 'firmness', item.firmness),
      item.caseReference,
      `${labelText(language, 'deadlineConcern', item.concerns.kind)} ${item.concerns.label}`,
      item.id.slice(0, 8),
      clockName(item),
    ]),
  );
}

/** A deadline by its id or the first characters of it (as the list prints them); ambiguous is refused. */
async function resolveDeadline(session: VaultSession, ref: string): Promise<string> {
  if (ref.length < 6) throw usage(cliWords().deadlines.giveId);
  const { items } = await session.call('deadlines.list', { includeClosed: true });
  const matches = items.filter((item) => item.id.startsWith(ref));
  if (matches.length === 0) throw new CliFailure('NOT_FOUND', cliWords().deadlines.noMatch(ref));
  if (matches.length > 1) throw usage(cliWords().deadlines.ambiguous(ref, matches.length));
  return (matches[0] as DeadlineItem).id;
}

async function runList(context: CommandContext): Promise<void> {
  const caseRef = stringOption(context, 'case');
  const includeClosed = context.options['all'] === true;
  const locale = explanationLocale();
  await runUnlocked(
    context,
    async () => undefined,
    async (session) => {
      const { items, at } = await session.call('deadlines.list', {
        ...(caseRef === undefined ? {} : { caseId: caseRef }),
        includeClosed,
        locale,
      });
      const { timeZone } = (await session.call('clocks.get', {})).calendar;
      const explained =
        context.options['explain'] === true
          ? items
              .map((item) => {
                const what = `${item.caseReference} ${clockName(item)} (${item.concerns.label})`;
                return `\n${cliWords().line.about(what, item.explanation)}`;
              })
              .join('')
          : '';
      context.out.result(`${deadlinesTable(items, timeZone)}${explained}`, { items, at });
    },
  );
}

async function runClose(context: CommandContext): Promise<void> {
  const ref = context.args[1];
  if (ref === undefined) throw usage(cliWords().deadlines.closeTakesId);
  const action = stringOption(context, 'action');
  if (action === undefined || action.trim() === '') throw usage(cliWords().deadlines.sayAction);
  const at = instantOption(context, 'at');
  await runUnlocked(
    context,
    async () => undefined,
    async (session) => {
      const deadlineId = await resolveDeadline(session, ref);
      const item = await session.call('deadlines.close', { deadlineId, action, ...(at === undefined ? {} : { at }) });
      context.out.result(
        `${cliWords().line.about(`${item.caseReference} ${clockName(item)}`, countdownText(item))}.`,
        item,
      );
    },
  );
}

export const deadlinesImplementation: CommandImplementation = {
  async run(context) {
    const sub = context.args[0];
    if (sub === undefined) return runList(context);
    if (sub !== 'close') throw usage(cliWords().deadlines.noArgument);
    return runClose(context);
  },
};
