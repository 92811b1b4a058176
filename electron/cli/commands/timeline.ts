import type { TimelineEntry } from '../../../shared/contract/timeline.js';
import { labelText } from '../../../shared/i18n/labels.js';
import { messageText } from '../../../shared/i18n/messages.js';
import { runUnlocked } from '../case-file-options.js';
import type { CommandImplementation } from '../command.js';
import { describeUncertainDate, table } from './case.js';
import { explanationLocale } from '../explanation-locale.js';
import { cliLanguage, cliList, cliWords } from '../words.js';

const clip = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

function rowOf(entry: TimelineEntry): string[] {
  const sources = cliList(entry.sourceLabels.map(({ label }) => label));
  const language = cliLanguage();
  return [
    describeUncertainDate(entry.date),
    labelText(language, 'datePrecision', entry.date.precision),
    labelText(language, 'timelineEventKind', entry.kind),
    labelText(language, 'eventBasis', entry.basis),
    cliWords().timeline.origin[entry.origin],
    clip(sources === '' ? entry.title : `${entry.title} [${sources}]`, 100),
  ];
}

function header(): string[] {
  const { date, precision, kind, basis, origin, title } = cliWords().timeline.headings;
  return [date, precision, kind, basis, origin, title];
}

/** Words of `text` on lines no longer than `width` (help paragraphs). */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line].join('\n');
}

function chronologyText(
  reference: string,
  chronology: { dated: readonly TimelineEntry[]; undated: readonly TimelineEntry[] },
): string {
  const { dated, undated } = chronology;
  const words = cliWords().timeline;
  if (dated.length === 0 && undated.length === 0) return words.noEvents(reference);
  const lines = [words.summary(reference, dated.length, undated.length), ''];
  lines.push(dated.length === 0 ? words.noDated : table(header(), dated.map(rowOf)));
  if (undated.length > 0) lines.push('', words.dateUnknown, table(header(), undated.map(rowOf)));
  return lines.join('\n');
}

export const timelineImplementation: CommandImplementation = {
  detailValues: () => ({ ordering: wrap(messageText(cliLanguage(), 'chronologyOrdering.rule'), 100) }),
  async run(context) {
    const locale = explanationLocale();
    await runUnlocked(
      context,
      async () => context.args[0] as string,
      async (session, ref) => {
        const record = await session.call('cases.get', { caseId: ref });
        const chronology = await session.call('timeline.list', { caseId: record.id, locale });
        context.out.result(chronologyText(record.reference, chronology), {
          caseId: record.id,
          reference: record.reference,
          ...chronology,
        });
      },
    );
  },
};
