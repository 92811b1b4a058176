import type { Handlers } from '../../../shared/contract/index.js';
import { SEVERITIES, type Finding, type Severity } from '../../../shared/principles/finding.js';
import type { CaseFileContext } from '../kernel/context.js';

/**
 * How many findings there are of each severity, and the `limit` findings of each severity asked from
 * `offset` on, in the rules' order: one pass, however many findings a large case has.
 */
function countAndPage(
  findings: readonly Finding[],
  severities: readonly Severity[],
  offset: number,
  limit: number,
): { counts: Record<Severity, number>; shown: Finding[] } {
  const counts: Record<Severity, number> = { block: 0, warn: 0, info: 0 };
  const pages: Record<Severity, Finding[]> = { block: [], warn: [], info: [] };
  for (const finding of findings) {
    const { severity } = finding;
    const at = counts[severity]++;
    if (at >= offset && at < offset + limit) pages[severity].push(finding);
  }
  return { counts, shown: severities.flatMap((severity) => pages[severity]) };
}

export function principlesHandlers(ctx: CaseFileContext): Pick<Handlers, 'principles.check' | 'principles.checklist'> {
  const check = (caseId: string) => ctx.ports.principles.findings(ctx.db(), caseId, ctx.now());
  return {
    'principles.check': ({ caseId }) => {
      const { asOf, findings } = check(caseId);
      return { asOf, findings };
    },
    // What the checklist shows, so its reply stays small however many records the findings name; with the
    // case's version, read in the same transaction as the records, so a later page can tell it is of
    // the same findings.
    'principles.checklist': ({ caseId, severity, offset, limit }) => {
      const { asOf, findings, caseVersion } = check(caseId);
      const { counts, shown } = countAndPage(findings, severity === undefined ? SEVERITIES : [severity], offset, limit);
      return { asOf, caseVersion, counts, findings: shown };
    },
  };
}
