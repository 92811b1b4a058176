import type { Handlers } from '../../../shared/contract/index.js';
import { SEVERITIES, type Finding, type Severity } from '../../../shared/principles/finding.js';
import type { CaseFileContext } from '../kernel/context.js';

/** How many findings there are of each severity. */
function countsOf(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { block: 0, warn: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** The `limit` findings of `severity` from `offset` on, in the rules' order. */
const pageOf = (findings: readonly Finding[], severity: Severity, offset: number, limit: number): Finding[] =>
  findings.filter((finding) => finding.severity === severity).slice(offset, offset + limit);

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
      const shown =
        severity === undefined
          ? SEVERITIES.flatMap((each) => pageOf(findings, each, offset, limit))
          : pageOf(findings, severity, offset, limit);
      return { asOf, caseVersion, counts: countsOf(findings), findings: shown };
    },
  };
}
