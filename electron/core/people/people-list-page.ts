import { z } from 'zod';
import type { PeopleListPage, PeopleListQuery as Request } from '../../../shared/contract/people.js';
import { PERSON_ROLES } from '../../../shared/domain/person.js';
import { RecordId } from '../../../shared/domain/primitives.js';
import { addCodeSearch, codeNumberSql } from '../kernel/db/code-search.js';
import {
  addFilters,
  scopedPageCounts,
  keysetWindow,
  type ListOrder,
  type PageConditions,
} from '../kernel/db/page-query.js';
import type { CaseRecords } from '../kernel/ports/case-records.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './person-store.js';

/** A role's place in the list: victims first, then each role in its listed order. */
const ROLE_RANK = `(CASE role ${PERSON_ROLES.map((role, rank) => `WHEN '${role}' THEN ${rank}`).join(' ')} END)`;
/** The number of a code (V-12 → 12): the letter and the dash come first. */
const CODE_NUMBER = codeNumberSql('code');

const Rank = z.number().int().min(0);
const CodeNumber = z.number().int().min(1);

interface PageRow extends SummaryRow {
  role_rank: number;
  code_number: number;
}

/** Each order of the list, the last column unique in a case; none reads the identity column. */
const ORDERS = {
  code: {
    columns: [ROLE_RANK, CODE_NUMBER],
    key: z.tuple([Rank, CodeNumber]),
    keyOf: (row: PageRow) => [row.role_rank, row.code_number],
  },
  addedAt: {
    columns: ['created_at', 'id'],
    key: z.tuple([z.string(), RecordId]),
    keyOf: (row: PageRow) => [row.created_at, row.id],
  },
} as const satisfies Record<Request['sort']['by'], ListOrder<PageRow>>;

/** The filters as SQL, each bound by name; a filter left out adds nothing. */
const FILTERS = {
  role: 'role = @role',
  confidentiality: 'confidentiality = @confidentiality',
  // Whether an identity is recorded: its field names, as the summary reads them, never a value.
  identity: `@identity = 'recorded'
    AND EXISTS (SELECT 1 FROM json_each(people.identity) WHERE key <> 'confidentiality')`,
} as const satisfies Record<keyof Request['filters'], string>;

/** The people a profile refers to by id (a victim's guardian, the subjects a victim names). */
export function referredIds(fields: {
  guardianPersonId?: string | undefined;
  allegedSubjectIds?: readonly string[] | undefined;
}): string[] {
  return [...(fields.guardianPersonId ? [fields.guardianPersonId] : []), ...(fields.allegedSubjectIds ?? [])];
}

/** The codes of those of `ids` who are people of the case, by id. */
export function codesOf(db: VaultDatabase, caseId: string, ids: readonly string[]): Record<string, string> {
  const rows = db
    .prepare('SELECT id, code FROM people WHERE case_id = ? AND id IN (SELECT value FROM json_each(?))')
    .all(caseId, JSON.stringify([...new Set(ids)])) as Array<{ id: string; code: string }>;
  return Object.fromEntries(rows.map((row) => [row.id, row.code]));
}

/**
 * One page of a case's people: sorting, filters and search done in SQL over the pseudonym code,
 * role and confidentiality (never an identity value), the page starting after its cursor (keyset,
 * never OFFSET), the first page with how many people match and how many the case holds, and the
 * codes of the people its rows refer to.
 */
export function peopleListPage(db: VaultDatabase, cases: CaseRecords, request: Request): PeopleListPage {
  const record = cases.get(db, request.caseId);
  const conditions: PageConditions = { where: ['case_id = @caseId'], params: { caseId: record.id } };
  addFilters(conditions, request.filters, FILTERS);
  // The code as shown (V-01, or part of it) or as typed (v1, V 1, 1).
  if (request.search !== '') addCodeSearch(conditions, 'code', request.search);
  const { where, params } = conditions;
  // Counted for the first page only: a later one (after a cursor) is read by its index alone.
  const counted = scopedPageCounts(db, request, {
    from: 'people',
    conditions,
    table: 'people',
    scope: 'case_id',
    id: record.id,
  });

  const page = keysetWindow(request, ORDERS[request.sort.by], params);
  // The page is chosen first, then only its rows read their identity column's field names.
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, ${ROLE_RANK} AS role_rank, ${CODE_NUMBER} AS code_number FROM people
       WHERE id IN (SELECT id FROM people WHERE ${[...where, ...page.after].join(' AND ')} ORDER BY ${page.orderBy}
         LIMIT @limit)
       ORDER BY ${page.orderBy}`,
    )
    .all({ ...params, limit: page.limit }) as PageRow[];
  const shown = rows.slice(0, request.limit);
  const referred = shown.flatMap((row) => referredIds(JSON.parse(row.profile) as Parameters<typeof referredIds>[0]));
  return {
    rows: shown.map((row) => toSummary(row, record)),
    ...counted,
    codes: codesOf(db, record.id, referred),
    ...page.nextOf(rows),
  };
}
