import { ConsentRecordInput } from '../../../shared/contract/consents.js';
import {
  DISCIPLINARY_SHARING_NAME,
  DISCIPLINARY_SHARING_PURPOSE,
  type ConsentDecision,
} from '../../../shared/domain/consent.js';
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
import { missionClock, type TimeReader } from '../mission-time.js';
import { cliLanguage, cliWords } from '../words.js';
import { consentPurposeText } from '../../../shared/i18n/consent-purpose-text.js';
import { labelText } from '../../../shared/i18n/labels.js';

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
    throw usage(cliWords().consent.giveDecision);
  }
  const guardian = stringOption(context, 'guardian');
  const recipient = stringOption(context, 'recipient');
  return {
    personId: person,
    // The purpose offered by name (the UN's disciplinary process) is stored as the custom purpose it is.
    purpose: purpose === DISCIPLINARY_SHARING_NAME ? DISCIPLINARY_SHARING_PURPOSE : purpose,
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
  if (input !== undefined && given.length > 0) throw usage(cliWords().consent.notBoth(given[0] ?? ''));
  const decision = checked(
    ConsentRecordInput,
    input ?? decisionFromOptions(context),
    cliWords().consent.what,
    input === undefined ? DECISION_OPTION_NAMES : {},
  );
  const caseRef = stringOption(context, 'case');
  const byCode = [decision.personId, decision.guardianPersonId].some(
    (id) => id !== undefined && PseudonymCode.safeParse(id).success,
  );
  if (byCode && caseRef === undefined) throw usage(cliWords().consent.byCodeNeedsCase);
  return { ...(caseRef === undefined ? {} : { caseRef }), decision };
}

function describeDecision(
  decision: ConsentDecision,
  codes: { person: string; guardian?: string },
  time: TimeReader,
): string {
  const language = cliLanguage();
  const purpose = consentPurposeText(language, decision.purpose);
  const recorded = cliWords().consent.recorded(
    codes.person,
    purpose,
    labelText(language, 'consentDecision', decision.decision).toLowerCase(),
    codes.guardian,
    decision.by === 'guardian',
    decision.recipient !== undefined,
    time(decision.decidedAt),
  );
  return cliWords().line.sentenceWithId(recorded, decision.id);
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
        const time = await missionClock(session);
        context.out.result(
          describeDecision(
            recorded,
            {
              person: codeOf(recorded.personId) ?? recorded.personId,
              ...(guardianCode ? { guardian: guardianCode } : {}),
            },
            time,
          ),
          recorded,
        );
      },
    );
  },
};
