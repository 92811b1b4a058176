import type { CaseFileContext } from '../context.js';
import type { VaultDatabase } from '../vault/database.js';

/** A list asked for one case (by id or reference), or narrowed to one of its people. */
export interface CaseListQuery {
  caseId: string;
  personId?: string | undefined;
}

/**
 * The records a feature lists for a case, or for one person in it: the case is found by id or
 * reference and the person checked to be one of its people (NOT_FOUND otherwise), so a list never
 * answers for a case it does not know nor shows a person's records through another case.
 */
export function listOfCase<T>(
  ctx: Pick<CaseFileContext, 'db' | 'ports'>,
  query: CaseListQuery,
  list: (db: VaultDatabase, caseId: string, personId?: string) => T[],
): T[] {
  const db = ctx.db();
  const caseId = ctx.ports.cases.find(db, query.caseId).id;
  if (query.personId !== undefined) ctx.ports.people.inCase(db, caseId, query.personId);
  return list(db, caseId, query.personId);
}
