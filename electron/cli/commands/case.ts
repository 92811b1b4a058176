import type { z } from 'zod';
import {
  CASE_SORT_KEYS,
  CaseIntake,
  CaseListQuery,
  type CaseListItem,
  type CaseRecord,
} from '../../../shared/contract/cases.js';
import type { PersonSummary } from '../../../shared/contract/people.js';
import { CASE_CATEGORIES, CASE_STATUSES } from '../../../shared/domain/case.js';
import { CountExclusion, EXCLUSION_GROUNDS } from '../../../shared/domain/count-exclusion.js';
import type { UncertainDate } from '../../../shared/domain/uncertain-date.js';
import { labelText } from '../../../shared/i18n/labels.js';
import { messageText } from '../../../shared/i18n/messages.js';
import { statusReasonText } from '../../../shared/i18n/status-reasons.js';
import { missionClock, type TimeReader } from '../mission-time.js';
import { cliLanguage, cliList, cliWords } from '../words.js';
import { statisticsWords } from '../../../shared/statistics/words.js';
import { checked, oneOf, readInputObject, runUnlocked, stringOption, subcommandOf } from '../case-file-options.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { caseCommand } from '../table/case.js';
import { usage } from '../failure.js';

const SUBCOMMANDS = ['create', 'list', 'show', 'exclusion'] as const;

// ---- case create -----------------------------------------------------------------------------

/** Intake fields settable by option; the rest (location, dates, classification…) go in --input. */
const INTAKE_FLAGS = {
  title: 'title',
  received: 'dateReceived',
  entity: 'entity',
  channel: 'reportingChannel',
  confidentiality: 'confidentiality',
} as const;

async function prepareIntake(context: CommandContext): Promise<CaseIntake> {
  const body: Record<string, unknown> = { ...(await readInputObject(context)) };
  for (const [flag, field] of Object.entries(INTAKE_FLAGS)) {
    const value = oneOf(body[field], stringOption(context, flag), `--${flag} (${field})`);
    if (value !== undefined) body[field] = value;
  }
  if (context.options['urgent'] === true) body['urgent'] = true;
  if (Object.keys(body).length === 0) {
    throw usage(cliWords().case.giveIntake);
  }
  return checked(CaseIntake, body, cliWords().case.whatIntake, intakeOptionNames());
}

/** Each intake field settable by option, as the person types it: `{ dateReceived: '--received DATE' }`. */
function intakeOptionNames(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(INTAKE_FLAGS).map(([flag, field]) => [
      field,
      `--${flag} ${caseCommand.options[flag]?.valueName ?? 'VALUE'}`,
    ]),
  );
}

// ---- case list -------------------------------------------------------------------------------

/** The natural direction of each sort key when --sort names none: references up, dates newest first. */
const DEFAULT_DIRECTION: Record<(typeof CASE_SORT_KEYS)[number], 'asc' | 'desc'> = {
  reference: 'asc',
  dateReceived: 'desc',
  updatedAt: 'desc',
  status: 'asc',
  urgent: 'desc',
};

const commaList = (value: string | undefined): string[] | undefined =>
  value === undefined
    ? undefined
    : value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '');

function listQuery(context: CommandContext): z.output<typeof CaseListQuery> {
  const query: Record<string, unknown> = { includeArchived: context.options['archived'] === true };
  const status = commaList(stringOption(context, 'status'));
  if (status) query['status'] = status;
  const category = commaList(stringOption(context, 'category'));
  if (category) query['category'] = category.map((c) => c.toUpperCase());
  if (context.options['urgent'] === true) query['urgent'] = true;
  const sort = stringOption(context, 'sort');
  if (sort !== undefined) {
    const [by, direction] = sort.split(':') as [string, string | undefined];
    if (
      !(CASE_SORT_KEYS as readonly string[]).includes(by) ||
      (direction !== undefined && direction !== 'asc' && direction !== 'desc')
    ) {
      throw usage(cliWords().case.sortSyntax(cliList(CASE_SORT_KEYS)));
    }
    const key = by as (typeof CASE_SORT_KEYS)[number];
    query['sort'] = { by: key, direction: direction ?? DEFAULT_DIRECTION[key] };
  }
  return checked(CaseListQuery, query, cliWords().case.whatListOptions);
}

const clip = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

/** Rows as aligned columns, the last one left ragged. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function listTable(items: readonly CaseListItem[]): string {
  const words = cliWords().case;
  if (items.length === 0) return words.noCases;
  const heading = words.headings;
  return table(
    [
      heading.reference,
      heading.status,
      heading.category,
      heading.urgent,
      heading.received,
      heading.victims,
      heading.blocking,
      heading.title,
    ],
    items.map((item) => [
      item.reference + (item.archived ? words.archivedMark : ''),
      labelText(cliLanguage(), 'caseStatus', item.status),
      item.category ?? '-',
      item.urgent ? words.yes : '',
      item.dateReceived,
      item.victimCodes.join(',') || '-',
      String(item.blockingFindings),
      clip(item.title, 60),
    ]),
  );
}

// ---- case show -------------------------------------------------------------------------------

export function describeUncertainDate(date: UncertainDate): string {
  if (date.precision === 'unknown') return cliWords().case.unknownDate;
  const zone = date.timeZone ? ` (${date.timeZone})` : '';
  if (date.precision === 'range') return `${cliWords().case.between(date.from, date.to ?? '')}${zone}`;
  return `${date.from}${zone}`;
}

function describePerson(person: PersonSummary): string {
  const { profile } = person;
  const language = cliLanguage();
  const facts: string[] = [];
  if (profile.role === 'victim' || profile.role === 'witness') facts.push(labelText(language, 'sex', profile.sex));
  if (person.ageBandAtIncident !== null)
    facts.push(cliWords().case.atIncident(labelText(language, 'ageBand', person.ageBandAtIncident)));
  else if (profile.role === 'witness') facts.push(labelText(language, 'ageBand', profile.ageBand));
  if (profile.role === 'subject')
    facts.push(labelText(language, 'personnelCategory', profile.personnelCategory), profile.nationality ?? '');
  const role = labelText(language, 'personRole', profile.role);
  return [person.code.padEnd(6), role.padEnd(15), cliList(facts.filter(Boolean))].join('').trimEnd();
}

function classification(record: CaseRecord): string {
  const words = cliWords().case;
  const language = cliLanguage();
  if (record.category === null && record.subtype === null) return words.notClassified;
  const category = record.category
    ? `${record.category} (${labelText(language, 'caseCategory', record.category)})`
    : words.categoryNotSet;
  return `${category} — ${record.subtype ? labelText(language, 'caseSubtype', record.subtype) : words.subtypeNotSet}`;
}

function paternity(record: CaseRecord): string {
  const words = cliWords().case;
  const claim = record.paternityClaim;
  if (!claim.claimed) return words.none;
  return words.paternityClaimed(
    labelText(cliLanguage(), 'paternityStatus', claim.status),
    labelText(cliLanguage(), 'dnaPermitted', claim.dnaPermittedByNationalLaw),
    claim.dnaSampleTaken ? words.yes : words.no,
  );
}

/**
 * The case as its detail view shows it, its times on the mission's clock. A strictly confidential
 * location is not printed: it can locate a victim.
 */
function describeCase(record: CaseRecord, people: readonly PersonSummary[], time: TimeReader): string {
  const words = cliWords().case;
  const language = cliLanguage();
  const label = words.fields;
  const location =
    record.location.text === ''
      ? words.noLocation
      : record.location.confidentiality === 'strictly_confidential'
        ? words.locationWithheld
        : record.location.text;
  const fields: Array<[string, string]> = [
    [label.status, labelText(language, 'caseStatus', record.status)],
    [label.classification, classification(record)],
    [label.received, cliList([record.dateReceived, labelText(language, 'reportingChannel', record.reportingChannel)])],
    [label.entity, record.entity],
    [
      label.investigating,
      record.investigatingEntity
        ? labelText(language, 'investigatingEntity', record.investigatingEntity)
        : words.notAssigned,
    ],
    [label.urgent, record.urgent ? words.yes : words.no],
    [label.incidentDates, cliWords().line.facts(record.incidentDates.map(describeUncertainDate))],
    [label.location, location],
    [
      label.allegedExchange,
      cliList(
        record.allegedExchange.map((kind) => labelText(language, 'exchangeKind', kind)),
        'conjunction',
      ) || words.none,
    ],
    [label.paternityClaim, paternity(record)],
    [
      label.obligation,
      record.reportingObligationAcknowledgedAt
        ? words.acknowledged(time(record.reportingObligationAcknowledgedAt))
        : words.notAcknowledged,
    ],
    [label.confidentiality, labelText(language, 'confidentiality', record.confidentiality)],
    [
      label.archived,
      record.archived ? cliWords().line.about(time(record.archived.at), record.archived.reason) : words.no,
    ],
    [label.openedChanged, `${time(record.createdAt)} / ${time(record.updatedAt)}`],
  ];
  const named = (name: string) => cliWords().line.label(name);
  const width = Math.max(...fields.map(([name]) => named(name).length));
  const status = (value: CaseRecord['status']) => labelText(language, 'caseStatus', value);
  const history = record.statusHistory.map((change) => {
    const ground = change.closureGround ? ` [${labelText(language, 'closureGround', change.closureGround)}]` : '';
    const from = change.from ? status(change.from) : words.openedMark;
    const reason = statusReasonText((key, params) => messageText(language, key, params), change.reason);
    return `  ${cliWords().line.about(`${time(change.at)}  ${from} → ${status(change.to)}${ground}`, reason)}`;
  });
  return [
    `${record.reference}  ${record.title}`,
    '',
    ...fields.map(([name, value]) => `${named(name).padEnd(width)} ${value}`),
    '',
    words.summary,
    record.summary === ''
      ? `  ${words.nothing}`
      : record.summary
          .split('\n')
          .map((line) => `  ${line}`)
          .join('\n'),
    '',
    words.statusHistory,
    ...history,
    '',
    words.people,
    ...(people.length === 0 ? [`  ${words.nothing}`] : people.map((person) => `  ${describePerson(person)}`)),
  ].join('\n');
}

// ---- case exclusion --------------------------------------------------------------------------

/**
 * The published-count exclusion (A/72/751 footnote 11) as the case overview sets it: a ground and a
 * reason, or --clear to count the case again. Checked before the vault is unlocked.
 */
function exclusionChange(context: CommandContext): { countExclusion: CountExclusion | null } {
  const ground = stringOption(context, 'ground');
  const reason = stringOption(context, 'reason');
  if (context.options['clear'] === true) {
    if (ground !== undefined || reason !== undefined) throw usage(cliWords().case.exclusionEither);
    return { countExclusion: null };
  }
  if (ground === undefined || reason === undefined) throw usage(cliWords().case.exclusionNeeds);
  return {
    countExclusion: checked(CountExclusion, { ground, reason }, cliWords().case.whatExclusion, {
      ground: '--ground GROUND',
      reason: '--reason TEXT',
    }),
  };
}

// ---- the command -----------------------------------------------------------------------------

export const caseImplementation: CommandImplementation = {
  detailValues: () => ({
    categories: CASE_CATEGORIES.join(','),
    sortKeys: cliList(CASE_SORT_KEYS),
    statuses: cliList(CASE_STATUSES),
    grounds: cliList(EXCLUSION_GROUNDS),
  }),
  async run(context) {
    const sub = subcommandOf(context, 'case', SUBCOMMANDS);
    const caseRef = context.args[1];
    const takesCase = sub === 'show' || sub === 'exclusion';
    if (takesCase !== (caseRef !== undefined)) {
      throw usage(takesCase ? cliWords().case.takesCase(sub) : cliWords().case.takesNoCase(sub));
    }
    if (sub === 'create') {
      await runUnlocked(
        context,
        () => prepareIntake(context),
        async (session, intake) => {
          const record = await session.call('cases.create', intake);
          context.out.result(cliWords().case.opened(record.reference, record.id), record);
        },
      );
    } else if (sub === 'list') {
      await runUnlocked(
        context,
        async () => listQuery(context),
        async (session, query) => {
          const { items } = await session.call('cases.list', query);
          context.out.result(listTable(items), { items });
        },
      );
    } else if (sub === 'exclusion') {
      await runUnlocked(
        context,
        async () => exclusionChange(context),
        async (session, changes) => {
          const { id } = await session.call('cases.get', { caseId: caseRef as string });
          const record = await session.call('cases.update', { caseId: id, changes });
          const ground = record.countExclusion?.ground;
          const words = cliWords().case;
          context.out.result(
            ground
              ? words.notCounted(record.reference, statisticsWords(cliLanguage()).exclusions[ground])
              : words.countedAgain(record.reference),
            record,
          );
        },
      );
    } else {
      await runUnlocked(
        context,
        async () => caseRef as string,
        async (session, ref) => {
          const record = await session.call('cases.get', { caseId: ref });
          const { items: people } = await session.call('people.list', { caseId: record.id });
          context.out.result(describeCase(record, people, await missionClock(session)), { case: record, people });
        },
      );
    }
  },
};
