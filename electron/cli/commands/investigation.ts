import {
  ActionOutcome,
  InvestigativeActionFields,
  type InvestigativeAction,
} from '../../../shared/domain/investigation.js';
import { labelText } from '../../../shared/i18n/labels.js';
import { clockNameText } from '../../../shared/i18n/clock-words.js';
import { closedClockCounts } from '../../../shared/clocks/closed-clocks.js';
import { checked, instantOption, resolvePerson, runInCase, stringOption, subcommandOf } from '../case-file-options.js';
import type { CommandImplementation } from '../command.js';
import { usage } from '../failure.js';
import { missionClock, type TimeReader } from '../mission-time.js';
import { cliLanguage, cliList, cliWords } from '../words.js';

const ACTION_OPTION_NAMES: Readonly<Record<string, string>> = {
  kind: '--kind KIND',
  personId: '--person PERSON',
  requestedAt: '--requested-at TIME',
  requestedBy: '--by TEXT',
  evidenceIds: '--evidence E-0001,…',
  outcome: '--outcome OUTCOME',
  'outcome.status': '--outcome OUTCOME',
  'outcome.at': '--outcome-at TIME',
  'outcome.reason': '--reason TEXT',
  'outcome.providerQualified': '--qualified yes|no',
};

const OUTCOME_OPTION_NAMES: Readonly<Record<string, string>> = {
  status: '--outcome OUTCOME',
  at: '--outcome-at TIME',
  reason: '--reason TEXT',
  providerQualified: '--qualified yes|no',
};

/** One line per action: when, what, whom, where it stands, what it closed; never its description, result or reason. */
function describeAction(action: InvestigativeAction, time: TimeReader): string {
  const words = cliWords().investigation;
  const kind = labelText(cliLanguage(), 'investigativeActionKind', action.kind);
  const status = labelText(cliLanguage(), 'investigativeActionStatus', action.status).toLowerCase();
  const person = action.personCode === undefined ? '' : ` (${action.personCode})`;
  const when = action.outcome === undefined ? '' : ` ${time(action.outcome.at)}`;
  const items = action.evidenceNumbers.length === 0 ? [] : [words.evidence(cliList(action.evidenceNumbers))];
  const closed = action.closedDeadlines.length === 0 ? [] : [words.closed(closedClocks(action.closedDeadlines))];
  const line = cliWords().line;
  const facts = line.facts([`${status}${when}`, ...items, ...closed]);
  return line.withId(line.about(`${time(action.requestedAt)} ${kind}${person}`, facts), action.id);
}

/** The clocks a request closed, each once with how many of its deadlines when more than one. */
function closedClocks(names: readonly string[]): string {
  const clocks = closedClockCounts(names).map(({ name, count }) =>
    cliWords().investigation.clockClosed(clockNameText(cliLanguage(), name), count),
  );
  return cliList(clocks, 'conjunction');
}

const given = (name: string, value: unknown) => (value === undefined ? {} : { [name]: value });

function qualifiedOption(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'yes' || value === 'no') return value === 'yes';
  throw usage(cliWords().investigation.qualifiedYesNo);
}

export const investigationImplementation: CommandImplementation = {
  async run(context) {
    const verb = subcommandOf(context, 'investigation', ['record', 'conclude', 'list'] as const);
    const qualified = qualifiedOption(stringOption(context, 'qualified'));
    await runInCase(context, async (session, theCase) => {
      const time = await missionClock(session);
      if (verb === 'list') {
        const { items } = await session.call('investigation.list', { caseId: theCase.id });
        const text =
          items.length === 0
            ? cliWords().investigation.none(theCase.reference)
            : items.map((action) => describeAction(action, time)).join('\n');
        context.out.result(text, { items });
        return;
      }
      const now = new Date(context.io.now()).toISOString();
      const outcomeStatus = stringOption(context, 'outcome');
      const outcome =
        outcomeStatus === undefined
          ? undefined
          : {
              status: outcomeStatus,
              at: instantOption(context, 'outcome-at') ?? now,
              ...given('result', stringOption(context, 'result')),
              ...given('reason', stringOption(context, 'reason')),
              ...given('providerQualified', qualified),
            };
      if (verb === 'conclude') {
        const actionId = stringOption(context, 'action');
        if (actionId === undefined || outcome === undefined) {
          throw usage(cliWords().investigation.giveActionAndOutcome);
        }
        const concluded = await session.call('investigation.conclude', {
          actionId,
          outcome: checked(ActionOutcome, outcome, cliWords().investigation.whatOutcome, OUTCOME_OPTION_NAMES),
        });
        context.out.result(
          cliWords().investigation.concluded(theCase.reference, describeAction(concluded, time)),
          concluded,
        );
        return;
      }
      const personRef = stringOption(context, 'person');
      const evidenceRefs = stringOption(context, 'evidence')
        ?.split(',')
        .map((ref) => ref.trim());
      const { items: evidence } = await session.call('evidence.list', { caseId: theCase.id });
      const evidenceIds = evidenceRefs?.map(
        (ref) => evidence.find((item) => item.number === ref || item.id === ref)?.id ?? ref,
      );
      const fields = checked(
        InvestigativeActionFields,
        {
          ...given('kind', stringOption(context, 'kind')),
          ...given('personId', personRef === undefined ? undefined : await resolvePerson(session, theCase, personRef)),
          ...given('description', stringOption(context, 'description')),
          requestedAt: instantOption(context, 'requested-at') ?? now,
          ...given('requestedBy', stringOption(context, 'by')),
          ...given('evidenceIds', evidenceIds),
          ...given('outcome', outcome),
        },
        cliWords().investigation.whatAction,
        ACTION_OPTION_NAMES,
      );
      const recorded = await session.call('investigation.record', { caseId: theCase.id, ...fields });
      context.out.result(
        cliWords().investigation.recorded(theCase.reference, describeAction(recorded, time)),
        recorded,
      );
    });
  },
};
