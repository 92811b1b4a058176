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
    throw usage('Give the case with --input FILE|-, or at least --title, --received, --entity and --channel.');
  }
  return checked(CaseIntake, body, 'case intake', intakeOptionNames());
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
      throw usage(`--sort takes KEY or KEY:asc|desc, KEY one of: ${CASE_SORT_KEYS.join(', ')}.`);
    }
    const key = by as (typeof CASE_SORT_KEYS)[number];
    query['sort'] = { by: key, direction: direction ?? DEFAULT_DIRECTION[key] };
  }
  return checked(CaseListQuery, query, 'case list options');
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
  if (items.length === 0) return 'No cases.';
  return table(
    ['REFERENCE', 'STATUS', 'CAT', 'URGENT', 'RECEIVED', 'VICTIMS', 'BLOCKING', 'TITLE'],
    items.map((item) => [
      item.reference + (item.archived ? ' (archived)' : ''),
      item.status,
      item.category ?? '-',
      item.urgent ? 'yes' : '',
      item.dateReceived,
      item.victimCodes.join(',') || '-',
      String(item.blockingFindings),
      clip(item.title, 60),
    ]),
  );
}

// ---- case show -------------------------------------------------------------------------------

export function describeUncertainDate(date: UncertainDate): string {
  if (date.precision === 'unknown') return 'unknown';
  const zone = date.timeZone ? ` (${date.timeZone})` : '';
  if (date.precision === 'range') return `between ${date.from} and ${date.to}${zone}`;
  return `${date.from}${zone}`;
}

const words = (value: string): string => value.replaceAll('_', ' ');

function describePerson(person: PersonSummary): string {
  const { profile } = person;
  const facts: string[] = [];
  if (profile.role === 'victim' || profile.role === 'witness') facts.push(profile.sex);
  if (person.ageBandAtIncident !== null) facts.push(`${person.ageBandAtIncident} at the incident`);
  else if (profile.role === 'witness') facts.push(profile.ageBand);
  if (profile.role === 'subject')
    facts.push(labelText('en', 'personnelCategory', profile.personnelCategory), profile.nationality ?? '');
  return [person.code.padEnd(6), words(profile.role).padEnd(15), facts.filter(Boolean).join(', ')].join('').trimEnd();
}

function classification(record: CaseRecord): string {
  if (record.category === null && record.subtype === null) return 'not yet classified';
  const category = record.category
    ? `${record.category} (${labelText('en', 'caseCategory', record.category)})`
    : 'category not set';
  return `${category} — ${record.subtype ? labelText('en', 'caseSubtype', record.subtype) : 'subtype not set'}`;
}

function paternity(record: CaseRecord): string {
  const claim = record.paternityClaim;
  if (!claim.claimed) return 'none';
  return (
    `claimed, ${words(claim.status)}; DNA permitted by national law: ` +
    `${claim.dnaPermittedByNationalLaw}; sample taken: ${claim.dnaSampleTaken ? 'yes' : 'no'}`
  );
}

/** The case as its detail view shows it. A strictly confidential location is not printed: it can locate a victim. */
function describeCase(record: CaseRecord, people: readonly PersonSummary[]): string {
  const location =
    record.location.text === ''
      ? '(none recorded)'
      : record.location.confidentiality === 'strictly_confidential'
        ? '(strictly confidential: not shown here; `casefile call cases.get` prints it)'
        : record.location.text;
  const fields: Array<[string, string]> = [
    ['Status', labelText('en', 'caseStatus', record.status)],
    ['Classification', classification(record)],
    ['Received', `${record.dateReceived}, ${words(record.reportingChannel)}`],
    ['Entity', record.entity],
    [
      'Investigating',
      record.investigatingEntity ? labelText('en', 'investigatingEntity', record.investigatingEntity) : 'not assigned',
    ],
    ['Urgent', record.urgent ? 'yes' : 'no'],
    ['Incident dates', record.incidentDates.map(describeUncertainDate).join('; ')],
    ['Location', location],
    ['Alleged exchange', record.allegedExchange.join(', ') || 'none'],
    ['Paternity claim', paternity(record)],
    [
      'Obligation to report',
      record.reportingObligationAcknowledgedAt
        ? `acknowledged ${record.reportingObligationAcknowledgedAt}`
        : 'not acknowledged',
    ],
    ['Confidentiality', words(record.confidentiality)],
    ['Archived', record.archived ? `${record.archived.at}: ${record.archived.reason}` : 'no'],
    ['Opened / changed', `${record.createdAt} / ${record.updatedAt}`],
  ];
  const width = Math.max(...fields.map(([name]) => name.length)) + 1;
  const history = record.statusHistory.map((change) => {
    const ground = change.closureGround ? ` [${words(change.closureGround)}]` : '';
    return `  ${change.at}  ${change.from ?? '(opened)'} → ${change.to}${ground}: ${change.reason}`;
  });
  return [
    `${record.reference}  ${record.title}`,
    '',
    ...fields.map(([name, value]) => `${`${name}:`.padEnd(width)} ${value}`),
    '',
    'Summary:',
    record.summary === ''
      ? '  (none)'
      : record.summary
          .split('\n')
          .map((line) => `  ${line}`)
          .join('\n'),
    '',
    'Status history:',
    ...history,
    '',
    'People (by pseudonym code):',
    ...(people.length === 0 ? ['  (none)'] : people.map((person) => `  ${describePerson(person)}`)),
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
    if (ground !== undefined || reason !== undefined) {
      throw usage('casefile case exclusion takes either --clear, or --ground and --reason: not both.');
    }
    return { countExclusion: null };
  }
  if (ground === undefined || reason === undefined) {
    throw usage('casefile case exclusion takes --ground GROUND and --reason TEXT, or --clear to count the case again.');
  }
  return {
    countExclusion: checked(CountExclusion, { ground, reason }, 'count exclusion', {
      ground: '--ground GROUND',
      reason: '--reason TEXT',
    }),
  };
}

// ---- the command -----------------------------------------------------------------------------

export const caseImplementation: CommandImplementation = {
  details: [
    'create: the intake as JSON with --input (what the cases.create method takes), and/or options for',
    '  the common fields: --title, --received (date received), --entity (mission), --channel (how it was',
    '  reported: in_person, hotline, email_or_letter, community_based_complaint_mechanism, un_personnel,',
    '  partner_organisation, national_authorities, media, other), --urgent, --confidentiality.',
    '  Options marked [required for create] are needed unless --input gives those fields.',
    '  A field given both in the input and by option must agree. Prints the new reference.',
    `list: --status S1,S2, --category ${CASE_CATEGORIES.join(',')}, --urgent, --archived (include archived cases),`,
    `  --sort KEY[:asc|desc] with KEY one of ${CASE_SORT_KEYS.join(', ')}.`,
    `  Statuses: ${CASE_STATUSES.slice(0, 4).join(', ')},`,
    `  ${CASE_STATUSES.slice(4).join(', ')}.`,
    'show CASE: the case by reference (CF-2026-0001) or id: its fields, status history and people by',
    '  pseudonym code. Names are never printed; a strictly confidential location is not printed either.',
    'exclusion CASE: keep the case out of the published statistics (A/72/751 footnote 11) with --ground',
    `  (${EXCLUSION_GROUNDS.join(', ')})`,
    '  and --reason TEXT; --clear counts it again. The case stays in the file; the change is audited.',
    'With --json: create prints the case record, list {items}, show {case, people}, exclusion the case record.',
  ].join('\n'),
  async run(context) {
    const sub = subcommandOf(context, 'case', SUBCOMMANDS);
    const caseRef = context.args[1];
    const takesCase = sub === 'show' || sub === 'exclusion';
    if (takesCase !== (caseRef !== undefined)) {
      throw usage(
        takesCase
          ? `casefile case ${sub} takes the case: its reference (CF-2026-0001) or id.`
          : `casefile case ${sub} takes no CASE argument.`,
      );
    }
    if (sub === 'create') {
      await runUnlocked(
        context,
        () => prepareIntake(context),
        async (session, intake) => {
          const record = await session.call('cases.create', intake);
          context.out.result(`Opened ${record.reference}. Id: ${record.id}`, record);
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
          context.out.result(
            ground
              ? `${record.reference} is not counted in the statistics: ${statisticsWords('en').exclusions[ground]}.`
              : `${record.reference} is counted in the statistics again.`,
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
          context.out.result(describeCase(record, people), { case: record, people });
        },
      );
    }
  },
};
