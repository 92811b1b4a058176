import { SubjectActionFields, type SubjectAction } from '../../../shared/domain/subject-action.js';
import { labelText } from '../../../shared/i18n/labels.js';
import { checked, instantOption, resolvePerson, runInCase, stringOption, subcommandOf } from '../case-file-options.js';
import type { CommandImplementation } from '../command.js';
import { usage } from '../failure.js';
import { missionClock, type TimeReader } from '../mission-time.js';
import { cliLanguage, cliWords } from '../words.js';

const ACTION_OPTION_NAMES: Readonly<Record<string, string>> = {
  personId: '--subject PERSON',
  kind: '--kind KIND',
  takenAt: '--at TIME',
  source: '--source SOURCE',
  sourceReference: '--reference TEXT',
  description: '--description TEXT',
};

/** One line per action: when, the subject's code, the kind and who decided or reported it; never the free text. */
function describeAction(action: SubjectAction, time: TimeReader): string {
  const kind = labelText(cliLanguage(), 'subjectActionKind', action.kind);
  const source = labelText(cliLanguage(), 'actionSource', action.source);
  const line = cliWords().line;
  return line.withId(line.about(`${time(action.takenAt)} ${action.personCode}`, `${kind} (${source})`), action.id);
}

const given = (name: string, value: unknown) => (value === undefined ? {} : { [name]: value });

export const actionImplementation: CommandImplementation = {
  async run(context) {
    const verb = subcommandOf(context, 'action', ['record', 'list'] as const);
    await runInCase(context, async (session, theCase) => {
      const time = await missionClock(session);
      const subjectRef = stringOption(context, 'subject');
      const personId = subjectRef === undefined ? undefined : await resolvePerson(session, theCase, subjectRef);
      if (verb === 'list') {
        const { items } = await session.call('subjectActions.list', {
          caseId: theCase.id,
          ...given('personId', personId),
        });
        const text =
          items.length === 0
            ? cliWords().action.none(theCase.reference)
            : items.map((action) => describeAction(action, time)).join('\n');
        context.out.result(text, { items });
        return;
      }
      if (personId === undefined) throw usage(cliWords().action.giveSubject);
      const action = checked(
        SubjectActionFields,
        {
          personId,
          takenAt: instantOption(context, 'at') ?? new Date(context.io.now()).toISOString(),
          ...given('kind', stringOption(context, 'kind')),
          ...given('source', stringOption(context, 'source')),
          ...given('sourceReference', stringOption(context, 'reference')),
          ...given('description', stringOption(context, 'description')),
        },
        cliWords().action.what,
        ACTION_OPTION_NAMES,
      );
      const recorded = await session.call('subjectActions.record', action);
      context.out.result(cliWords().action.recorded(theCase.reference, describeAction(recorded, time)), recorded);
    });
  },
};
