import type { MethodOutput } from '../../../shared/contract/index.js';
import { SEVERITIES, type Severity } from '../../../shared/principles/finding.js';
import { runUnlocked } from '../case-file-options.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { EXIT } from '../failure.js';
import { missionClock } from '../mission-time.js';
import { cliLanguage, cliWords } from '../words.js';
import { messageText } from '../../../shared/i18n/messages.js';

/** `casefile check` found blocking findings: scripts can tell "the case must be put right" from a failure. */
export const EXIT_BLOCKING_FINDINGS = EXIT.blockingFindings;

type Findings = MethodOutput<'principles.check'>['findings'];

function countBySeverity(findings: Findings): Record<Severity, number> {
  return {
    block: 0,
    warn: 0,
    info: 0,
    ...Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length])),
  };
}

/**
 * Findings grouped by severity, each with its fix; people appear by pseudonym code only, as the rules write them.
 * `asOf` is the instant already read on the mission's clock.
 */
function describeFindings(reference: string, asOf: string, findings: Findings): string {
  const words = cliWords().check;
  if (findings.length === 0) return words.none(reference, asOf);
  const counts = countBySeverity(findings);
  const lines = [words.counts(reference, counts.block, counts.warn, counts.info, asOf)];
  // The finding's own words in the command line's language, from its code (the core's message is English).
  const text = (finding: Findings[number], part: 'message' | 'fix') =>
    messageText(cliLanguage(), `findings.${finding.code}.${finding.variant}.${part}`, finding.params);
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', words.headings[severity]);
    for (const finding of group)
      lines.push(
        `  ${finding.rule.padEnd(4)} ${text(finding, 'message')}`,
        `       ${words.fix} ${text(finding, 'fix')}`,
      );
  }
  return lines.join('\n');
}

export const checkImplementation: CommandImplementation = {
  detailValues: () => ({ blockingStatus: String(EXIT_BLOCKING_FINDINGS) }),
  run: (context) => runCheck(context),
};

/** Prints the checklist of the case named by the first argument; returns the exit status (0, or 5 when blocking). */
export async function runCheck(context: CommandContext): Promise<number> {
  let status: number = EXIT.ok;
  await runUnlocked(
    context,
    async () => context.args[0] as string,
    async (session, ref) => {
      const record = await session.call('cases.get', { caseId: ref });
      const { asOf, findings } = await session.call('principles.check', { caseId: record.id });
      const counts = countBySeverity(findings);
      const time = await missionClock(session);
      context.out.result(describeFindings(record.reference, time(asOf), findings), {
        caseId: record.id,
        reference: record.reference,
        asOf,
        counts,
        findings,
      });
      if (counts.block > 0) status = EXIT_BLOCKING_FINDINGS;
    },
  );
  return status;
}
