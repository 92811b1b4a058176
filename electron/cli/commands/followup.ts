import { FollowUpOpenFields, FollowUpReplyFields, type FollowUp } from '../../../shared/domain/follow-up.js';
import { labelText } from '../../../shared/i18n/labels.js';
import { checked, instantOption, resolvePerson, runInCase, stringOption, subcommandOf } from '../case-file-options.js';
import type { CommandImplementation } from '../command.js';
import { usage } from '../failure.js';
import { missionClock, type TimeReader } from '../mission-time.js';
import { cliLanguage, cliWords } from '../words.js';

const OPEN_OPTION_NAMES: Readonly<Record<string, string>> = {
  counterpart: '--to COUNTERPART',
  kind: '--kind KIND',
  addressee: '--addressee TEXT',
  subjectId: '--subject PERSON',
  sentAt: '--sent-at TIME',
  note: '--note TEXT',
};
const REPLY_OPTION_NAMES: Readonly<Record<string, string>> = {
  followUpId: '--item ID',
  receivedAt: '--at TIME',
  summary: '--summary TEXT',
  actionReported: '--action-reported TEXT',
};

/** One line per item: sent when, to what kind of counterpart, about which subject, its state and reply due. */
function describeItem(item: FollowUp, time: TimeReader): string {
  const language = cliLanguage();
  const words = cliWords().followup;
  const kind = labelText(language, 'followUpKind', item.kind);
  const to = labelText(language, 'followUpCounterpart', item.counterpart);
  const state = labelText(language, 'followUpState', item.state);
  const facts = [
    ...(item.due === undefined
      ? []
      : [item.due.closedAt === null ? words.replyDue(time(item.due.dueAt)) : words.answered(time(item.due.closedAt))]),
    ...(item.replies.length === 0 ? [] : [words.replies(item.replies.length)]),
    ...(item.letters.length === 0 ? [] : [words.lettersLinked(item.letters.length)]),
  ];
  const sent = words.sentTo(kind, to, item.subjectCode);
  const line = cliWords().line;
  return line.withId(line.about(`${time(item.sentAt)} ${sent}`, line.facts([state, ...facts])), item.id);
}

const given = (name: string, value: unknown) => (value === undefined ? {} : { [name]: value });

export const followupImplementation: CommandImplementation = {
  async run(context) {
    const verb = subcommandOf(context, 'followup', ['list', 'open', 'reply', 'link'] as const);
    await runInCase(context, async (session, theCase) => {
      const time = await missionClock(session);
      const now = new Date(context.io.now()).toISOString();
      if (verb === 'list') {
        const { items } = await session.call('followUps.list', { caseId: theCase.id });
        const text =
          items.length === 0
            ? cliWords().followup.none(theCase.reference)
            : items.map((item) => describeItem(item, time)).join('\n');
        context.out.result(text, { items });
        return;
      }
      if (verb === 'open') {
        const subjectRef = stringOption(context, 'subject');
        const item = checked(
          FollowUpOpenFields,
          {
            caseId: theCase.id,
            sentAt: instantOption(context, 'sent-at') ?? now,
            ...given('counterpart', stringOption(context, 'to')),
            ...given('kind', stringOption(context, 'kind')),
            ...given(
              'subjectId',
              subjectRef === undefined ? undefined : await resolvePerson(session, theCase, subjectRef),
            ),
            ...given('addressee', stringOption(context, 'addressee')),
            ...given('note', stringOption(context, 'note')),
          },
          cliWords().followup.whatItem,
          OPEN_OPTION_NAMES,
        );
        const opened = await session.call('followUps.open', item);
        context.out.result(cliWords().followup.opened(theCase.reference, describeItem(opened, time)), opened);
        return;
      }
      if (verb === 'link') {
        const followUpId = stringOption(context, 'item');
        const letterId = stringOption(context, 'letter');
        if (followUpId === undefined || letterId === undefined) {
          throw usage(cliWords().followup.giveItemAndLetter);
        }
        const linked = await session.call('followUps.linkLetter', { followUpId, letterId });
        context.out.result(cliWords().followup.linked(theCase.reference, describeItem(linked, time)), linked);
        return;
      }
      const reply = checked(
        FollowUpReplyFields,
        {
          receivedAt: instantOption(context, 'at') ?? now,
          ...given('followUpId', stringOption(context, 'item')),
          ...given('summary', stringOption(context, 'summary')),
          ...given('actionReported', stringOption(context, 'action-reported')),
        },
        cliWords().followup.whatReply,
        REPLY_OPTION_NAMES,
      );
      const replied = await session.call('followUps.reply', reply);
      context.out.result(cliWords().followup.replied(theCase.reference, describeItem(replied, time)), replied);
    });
  },
};
