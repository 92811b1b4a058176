import { FindingRecordInput } from '../../../shared/contract/findings.js';
import type { SubjectFinding } from '../../../shared/domain/finding.js';
import { labelText } from '../../../shared/i18n/labels.js';
import { checked, resolveCase, resolvePerson, runUnlocked, stringOption, subcommandOf } from '../case-file-options.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { usage } from '../failure.js';
import { cliLanguage, cliWords } from '../words.js';

/** Each field set by option, as the person types it (for messages about that field). */
const FINDING_OPTION_NAMES: Readonly<Record<string, string>> = {
  personId: '--person PERSON',
  outcome: '--outcome OUTCOME',
  decidingEntity: '--decided-by ENTITY',
  decidedOn: '--decided-on DATE',
  reportReference: '--report REF',
  closureGround: '--ground GROUND',
  closureReason: '--reason TEXT',
  correctionReason: '--correction-reason TEXT',
};

const OPTION_OF_FIELD: Readonly<Record<string, string>> = {
  personId: 'person',
  outcome: 'outcome',
  decidingEntity: 'decided-by',
  decidedOn: 'decided-on',
  reportReference: 'report',
  closureGround: 'ground',
  closureReason: 'reason',
  correctionReason: 'correction-reason',
};

function findingFromOptions(context: CommandContext) {
  const fields = Object.fromEntries(
    Object.entries(OPTION_OF_FIELD).flatMap(([field, option]) => {
      const value = stringOption(context, option);
      return value === undefined ? [] : [[field, value]];
    }),
  );
  return checked(FindingRecordInput, fields, cliWords().finding.what, FINDING_OPTION_NAMES);
}

function describeFinding(finding: SubjectFinding): string {
  const outcome = labelText(cliLanguage(), 'findingOutcome', finding.outcome);
  const entity = labelText(cliLanguage(), 'investigatingEntity', finding.decidingEntity);
  return cliWords().finding.line(finding.code, outcome, finding.version, finding.decidedOn, entity);
}

export const findingImplementation: CommandImplementation = {
  async run(context) {
    const verb = subcommandOf(context, 'finding', ['record', 'list'] as const);
    const caseRef = stringOption(context, 'case');
    if (caseRef === undefined) throw usage(cliWords().input.giveCase);
    if (verb === 'list') {
      await runUnlocked(
        context,
        async () => stringOption(context, 'person'),
        async (session, personRef) => {
          const theCase = await resolveCase(session, caseRef);
          const personId = personRef === undefined ? undefined : await resolvePerson(session, theCase, personRef);
          const { items } = await session.call('findings.list', {
            caseId: theCase.id,
            ...(personId === undefined ? {} : { personId }),
          });
          const lines = items.length === 0 ? [cliWords().finding.none(theCase.reference)] : items.map(describeFinding);
          context.out.result(lines.join('\n'), { items });
        },
      );
      return;
    }
    await runUnlocked(
      context,
      async () => findingFromOptions(context),
      async (session, finding) => {
        const theCase = await resolveCase(session, caseRef);
        const personId = await resolvePerson(session, theCase, finding.personId);
        const recorded = await session.call('findings.record', { ...finding, personId });
        const after = await session.call('cases.get', { caseId: theCase.id });
        const status = labelText(cliLanguage(), 'caseStatus', after.status);
        context.out.result(
          `${describeFinding(recorded)} ${cliWords().finding.caseNow(after.reference, status)}`,
          recorded,
        );
      },
    );
  },
};
