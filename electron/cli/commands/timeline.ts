import type { TimelineEntry } from '../../../shared/contract/timeline.js';
import { describeOrdering } from '../../../shared/domain/uncertain-date.js';
import { runUnlocked } from '../case-file-options.js';
import type { CommandImplementation } from '../command.js';
import { describeUncertainDate, table } from './case.js';
import { explanationLocale } from '../explanation-locale.js';

const words = (value: string): string => value.replaceAll('_', ' ');
const clip = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

function rowOf(entry: TimelineEntry): string[] {
  const sources = entry.sourceLabels.map(({ label }) => label).join(', ');
  return [
    describeUncertainDate(entry.date),
    entry.date.precision,
    words(entry.kind),
    entry.basis === 'established' ? 'established' : 'reported',
    entry.origin,
    clip(sources === '' ? entry.title : `${entry.title} [${sources}]`, 100),
  ];
}

const HEADER = ['DATE (AS STATED)', 'PRECISION', 'KIND', 'BASIS', 'ORIGIN', 'TITLE'];

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
  if (dated.length === 0 && undated.length === 0) return `${reference}: no events.`;
  const lines = [`${reference}: ${dated.length} dated, ${undated.length} of unknown date.`, ''];
  lines.push(dated.length === 0 ? '(no dated events)' : table(HEADER, dated.map(rowOf)));
  if (undated.length > 0) lines.push('', 'Date unknown:', table(HEADER, undated.map(rowOf)));
  return lines.join('\n');
}

export const timelineImplementation: CommandImplementation = {
  detailValues: () => ({ ordering: wrap(describeOrdering(), 100) }),
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
