import type { SearchHit } from '../../shared/contract/search.js';

export interface CaseHits {
  caseId: string;
  caseReference: string;
  /** The case's own hit label (its title), when the case record itself matched. */
  caseTitle: string | null;
  hits: SearchHit[];
}

/** Hits grouped by case, cases in the order of their best hit (the core sends best first). */
export function groupHitsByCase(hits: readonly SearchHit[]): CaseHits[] {
  const groups = new Map<string, CaseHits>();
  for (const hit of hits) {
    let group = groups.get(hit.caseId);
    if (!group) {
      group = { caseId: hit.caseId, caseReference: hit.caseReference, caseTitle: null, hits: [] };
      groups.set(hit.caseId, group);
    }
    if (hit.kind === 'case' && group.caseTitle === null) group.caseTitle = hit.label;
    group.hits.push(hit);
  }
  return [...groups.values()];
}
