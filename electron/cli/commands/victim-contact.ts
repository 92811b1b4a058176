import { VictimContactFields, type VictimContact } from '../../../shared/domain/victim-contact.js';
import { labelText } from '../../../shared/i18n/labels.js';
import { checked, instantOption, resolvePerson, runInCase, stringOption, subcommandOf } from '../case-file-options.js';
import type { CommandImplementation } from '../command.js';
import { usage } from '../failure.js';
import { missionClock, type TimeReader } from '../mission-time.js';
import { cliLanguage, cliList, cliWords } from '../words.js';

const CONTACT_OPTION_NAMES: Readonly<Record<string, string>> = {
  personId: '--victim PERSON',
  at: '--at TIME',
  by: '--by TEXT',
  channel: '--how HOW',
  language: '--language TAG',
  interpreterPersonId: '--interpreter PERSON',
  told: '--told TOPICS',
  note: '--note TEXT',
};

/** One line per contact: when, the victim's code, how, language and what was told; never who or the note. */
function describeContact(contact: VictimContact, code: string, time: TimeReader): string {
  const language = cliLanguage();
  const how = labelText(language, 'contactChannel', contact.channel);
  const toldTopics = contact.told.map((topic) => labelText(language, 'contactTopic', topic).toLowerCase());
  const told = cliList(toldTopics, 'conjunction');
  const line = cliWords().victimContact.line(how, contact.language, told, contact.letterId !== undefined);
  const words = cliWords().line;
  return words.withId(words.about(`${time(contact.at)} ${code}`, line), contact.id);
}

const given = (name: string, value: unknown) => (value === undefined ? {} : { [name]: value });

export const victimContactImplementation: CommandImplementation = {
  async run(context) {
    const verb = subcommandOf(context, 'victim-contact', ['log', 'list'] as const);
    await runInCase(context, async (session, theCase) => {
      const time = await missionClock(session);
      const { items: people } = await session.call('people.list', { caseId: theCase.id });
      const codeOf = (id: string) => people.find((person) => person.id === id)?.code ?? id;
      const victimRef = stringOption(context, 'victim');
      const personId = victimRef === undefined ? undefined : await resolvePerson(session, theCase, victimRef);
      if (verb === 'list') {
        const { items } = await session.call('victimContacts.list', {
          caseId: theCase.id,
          ...given('personId', personId),
        });
        const text =
          items.length === 0
            ? cliWords().victimContact.none(theCase.reference)
            : items.map((contact) => describeContact(contact, codeOf(contact.personId), time)).join('\n');
        context.out.result(text, { items });
        return;
      }
      if (personId === undefined) throw usage(cliWords().victimContact.giveVictim);
      const interpreterRef = stringOption(context, 'interpreter');
      const told = stringOption(context, 'told');
      const contact = checked(
        VictimContactFields,
        {
          personId,
          at: instantOption(context, 'at') ?? new Date(context.io.now()).toISOString(),
          ...given('by', stringOption(context, 'by')),
          ...given('channel', stringOption(context, 'how')),
          ...given('language', stringOption(context, 'language')),
          ...given(
            'interpreterPersonId',
            interpreterRef === undefined ? undefined : await resolvePerson(session, theCase, interpreterRef),
          ),
          ...given(
            'told',
            told?.split(',').map((topic) => topic.trim()),
          ),
          ...given('note', stringOption(context, 'note')),
        },
        cliWords().victimContact.what,
        CONTACT_OPTION_NAMES,
      );
      const logged = await session.call('victimContacts.log', contact);
      const line = describeContact(logged, codeOf(logged.personId), time);
      context.out.result(cliWords().victimContact.logged(theCase.reference, line), logged);
    });
  },
};
