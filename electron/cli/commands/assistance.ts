import { AssistanceUpdateInput } from '../../../shared/contract/assistance.js';
import { AssistanceOfferFields, type AssistanceReferral } from '../../../shared/domain/assistance.js';
import { labelText } from '../../../shared/i18n/labels.js';
import { checked, instantOption, resolvePerson, runInCase, stringOption, subcommandOf } from '../case-file-options.js';
import type { CommandImplementation } from '../command.js';
import { usage } from '../failure.js';
import { missionClock, type TimeReader } from '../mission-time.js';
import { cliLanguage, cliWords } from '../words.js';

const OFFER_OPTION_NAMES: Readonly<Record<string, string>> = {
  personId: '--victim PERSON',
  service: '--service SERVICE',
  provider: '--provider TEXT',
  advocate: '--advocate TEXT',
  offeredAt: '--at TIME',
};
const UPDATE_OPTION_NAMES: Readonly<Record<string, string>> = {
  referralId: '--referral ID',
  status: '--status STATUS',
  at: '--at TIME',
  reason: '--reason TEXT',
  provider: '--provider TEXT',
  advocate: '--advocate TEXT',
};

/** One line per referral: the victim's code, the service, where it stands and when; never provider or reasons. */
function describeReferral(referral: AssistanceReferral, code: string, time: TimeReader): string {
  const last = referral.history[referral.history.length - 1];
  const service = labelText(cliLanguage(), 'assistanceService', referral.service);
  const status = labelText(cliLanguage(), 'assistanceStatus', referral.status);
  const at = last?.at ?? referral.offeredAt;
  const line = cliWords().assistance.line(
    service,
    status,
    time(at),
    time(referral.offeredAt),
    referral.provider !== undefined,
  );
  const words = cliWords().line;
  return words.withId(words.about(code, line), referral.id);
}

const given = (name: string, value: string | undefined) => (value === undefined ? {} : { [name]: value });

export const assistanceImplementation: CommandImplementation = {
  async run(context) {
    const verb = subcommandOf(context, 'assistance', ['offer', 'update', 'list'] as const);
    const now = () => instantOption(context, 'at') ?? new Date(context.io.now()).toISOString();
    await runInCase(context, async (session, theCase) => {
      const time = await missionClock(session);
      const { items: people } = await session.call('people.list', { caseId: theCase.id });
      const codeOf = (id: string) => people.find((person) => person.id === id)?.code ?? id;
      const victimRef = stringOption(context, 'victim');
      if (verb === 'list') {
        const personId = victimRef === undefined ? undefined : await resolvePerson(session, theCase, victimRef);
        const { items } = await session.call('assistance.list', {
          caseId: theCase.id,
          ...(personId === undefined ? {} : { personId }),
        });
        const lines = items.length === 0 ? [cliWords().assistance.none(theCase.reference)] : items;
        context.out.result(
          lines
            .map((line) => (typeof line === 'string' ? line : describeReferral(line, codeOf(line.personId), time)))
            .join('\n'),
          { items },
        );
        return;
      }
      if (verb === 'offer') {
        if (victimRef === undefined) throw usage(cliWords().assistance.giveVictim);
        const offer = checked(
          AssistanceOfferFields,
          {
            personId: await resolvePerson(session, theCase, victimRef),
            ...given('service', stringOption(context, 'service')),
            ...given('provider', stringOption(context, 'provider')),
            ...given('advocate', stringOption(context, 'advocate')),
            offeredAt: now(),
          },
          cliWords().assistance.whatOffer,
          OFFER_OPTION_NAMES,
        );
        const recorded = await session.call('assistance.offer', offer);
        context.out.result(
          cliWords().assistance.offered(theCase.reference, describeReferral(recorded, codeOf(recorded.personId), time)),
          recorded,
        );
        return;
      }
      const step = checked(
        AssistanceUpdateInput,
        {
          ...given('referralId', stringOption(context, 'referral')),
          ...given('status', stringOption(context, 'status')),
          at: now(),
          ...given('reason', stringOption(context, 'reason')),
          ...given('provider', stringOption(context, 'provider')),
          ...given('advocate', stringOption(context, 'advocate')),
        },
        cliWords().assistance.whatStep,
        UPDATE_OPTION_NAMES,
      );
      const updated = await session.call('assistance.update', step);
      context.out.result(
        cliWords().assistance.updated(theCase.reference, describeReferral(updated, codeOf(updated.personId), time)),
        updated,
      );
    });
  },
};
