import { ConsentRecordInput } from '../../../shared/contract/consents.js';
import type { ConsentDecision } from '../../../shared/domain/consent.js';
import { PseudonymCode } from '../../../shared/domain/person.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { usage } from '../failure.js';
import {
  checked,
  instantOption,
  readInputObject,
  resolveCase,
  resolvePerson,
  runUnlocked,
  stringOption,
  subcommandOf,
} from '../case-file-options.js';

const DECISION_OPTIONS = ['person', 'purpose', 'decision', 'by', 'guardian', 'decided-at', 'recipient'] as const;

/** Each field set by option, as the person types it (for messages about that field). */
const DECISION_OPTION_NAMES: Readonly<Record<string, string>> = {
  personId: '--person PERSON',
  purpose: '--purpose PURPOSE',
  decision: '--decision DECISION',
  by: '--by WHO',
  guardianPersonId: '--guardian PERSON',
  decidedAt: '--decided-at TIME',
  recipient: '--recipient TEXT',
};

function decisionFromOptions(context: CommandContext): Record<string, unknown> {
  const person = stringOption(context, 'person');
  const purpose = stringOption(context, 'purpose');
  const decision = stringOption(context, 'decision');
  if (person === undefined || purpose === undefined || decision === undefined) {
    throw usage(
      'Give the decision with --input FILE|-, or with --person, --purpose and ' +
        '--decision (see casefile consent --help).',
    );
  }
  const guardian = stringOption(context, 'guardian');
  const recipient = stringOption(context, 'recipient');
  return {
    personId: person,
    purpose,
    decision,
    // Recorded as it is taken, unless the moment is given.
    decidedAt: instantOption(context, 'decided-at') ?? new Date(context.io.now()).toISOString(),
    by: stringOption(context, 'by') ?? (guardian === undefined ? 'self' : 'guardian'),
    ...(guardian === undefined ? {} : { guardianPersonId: guardian }),
    ...(recipient === undefined ? {} : { recipient }),
  };
}

interface ConsentRequest {
  caseRef?: string;
  decision: ReturnType<typeof ConsentRecordInput.parse>;
}

async function prepareConsent(context: CommandContext): Promise<ConsentRequest> {
  const input = await readInputObject(context);
  const given = DECISION_OPTIONS.filter((name) => context.options[name] !== undefined);
  if (input !== undefined && given.length > 0)
    throw usage(`Give the decision either with --input or with options (--${given[0]}), not both.`);
  const decision = checked(
    ConsentRecordInput,
    input ?? decisionFromOptions(context),
    'consent decision',
    input === undefined ? DECISION_OPTION_NAMES : {},
  );
  const caseRef = stringOption(context, 'case');
  const byCode = [decision.personId, decision.guardianPersonId].some(
    (id) => id !== undefined && PseudonymCode.safeParse(id).success,
  );
  if (byCode && caseRef === undefined) throw usage('A person given by code (V-01) needs the case: --case CASE.');
  return { ...(caseRef === undefined ? {} : { caseRef }), decision };
}

function describeDecision(decision: ConsentDecision, codes: { person: string; guardian?: string }): string {
  const who =
    decision.by === 'guardian' ? `by the guardian${codes.guardian ? ` (${codes.guardian})` : ''}` : 'by the person';
  const limited = decision.recipient === undefined ? '' : ', for one recipient';
  return (
    `Recorded for ${codes.person}: ${decision.purpose} — ${decision.decision} ` +
    `${who}${limited}, decided ${decision.decidedAt}. Id: ${decision.id}`
  );
}

export const consentImplementation: CommandImplementation = {
  async run(context) {
    subcommandOf(context, 'consent', ['record'] as const);
    await runUnlocked(
      context,
      () => prepareConsent(context),
      async (session, request) => {
        const theCase = request.caseRef === undefined ? undefined : await resolveCase(session, request.caseRef);
        const resolve = (ref: string) => (theCase ? resolvePerson(session, theCase, ref) : Promise.resolve(ref));
        const { decision } = request;
        const personId = await resolve(decision.personId);
        const guardianPersonId =
          decision.guardianPersonId === undefined ? undefined : await resolve(decision.guardianPersonId);
        const recorded = await session.call('consents.record', {
          ...decision,
          personId,
          ...(guardianPersonId === undefined ? {} : { guardianPersonId }),
        });
        const { items } = await session.call('people.list', { caseId: recorded.caseId });
        const codeOf = (id: string | undefined) => items.find((person) => person.id === id)?.code;
        const guardianCode = codeOf(recorded.guardianPersonId);
        context.out.result(
          describeDecision(recorded, {
            person: codeOf(recorded.personId) ?? recorded.personId,
            ...(guardianCode ? { guardian: guardianCode } : {}),
          }),
          recorded,
        );
      },
    );
  },
};
