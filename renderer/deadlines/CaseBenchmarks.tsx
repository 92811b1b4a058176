import '../styles/deadlines-timeline.css';
import { useTranslation } from 'react-i18next';
import type { DeadlineItem } from '../../shared/contract/deadlines.js';
import { displayLocale } from '../components/format-dates.js';
import {
  clockLabel,
  clockShortLabel,
  countdownText,
  formatInZone,
  liveState,
  openBenchmarks,
} from './deadline-display.js';
import { CheckMark, ClockMark, OverdueMark } from './deadline-marks.js';
import { useDeadlineList } from './use-deadline-list.js';
import { useNow } from './use-now.js';

/** Compact countdowns need no second hand. */
export const COMPACT_TICK_MS = 15_000;

/**
 * What a compact countdown needs of a deadline: a benchmark of the case header, or a case's most urgent deadline on the
 * cases list.
 */
export type GlancedDeadline = Pick<DeadlineItem, 'clockId' | 'clockName' | 'dueAt' | 'deadline' | 'closedAt'>;

/** One deadline as "NIO appointment · 4 d 3 h left", its state carried by a mark and a class as well as the words. */
export function DeadlineGlance({ item, now }: { item: GlancedDeadline; now: number }) {
  const { t, i18n } = useTranslation();
  const { state, remainingMs } = liveState(item, now);
  const Mark =
    state === 'overdue' ? OverdueMark : state === 'closed' || state === 'closed_late' ? CheckMark : ClockMark;
  const due = formatInZone(displayLocale(i18n.language), item.dueAt, item.deadline.basis.timeZone);
  return (
    <span
      className={`benchmark benchmark-${state}`}
      title={t('deadlines.benchmarks.dueTitle', {
        deadline: clockLabel(i18n.language, item.clockId, item.clockName),
        when: due,
        zone: item.deadline.basis.timeZone,
      })}
    >
      <Mark className="benchmark-mark" />
      <span className="benchmark-name">{clockShortLabel(i18n.language, item.clockId, item.clockName)}</span>
      <span className="benchmark-countdown">{countdownText(t, remainingMs)}</span>
      {state === 'overdue' && <span className="visually-hidden">{t('labels.deadlineState.overdue')}</span>}
    </span>
  );
}

/** The case header's open benchmarks, soonest first; nothing until one runs. */
export function CaseBenchmarks({ caseId, refreshKey }: { caseId: string; refreshKey: string }) {
  const { t } = useTranslation();
  const { state } = useDeadlineList({ caseId, includeClosed: false }, refreshKey);
  const now = useNow(COMPACT_TICK_MS);
  const open = state.status === 'ready' ? openBenchmarks(state.value) : [];
  if (open.length === 0) return null;
  return (
    <ul className="benchmarks" aria-label={t('deadlines.benchmarks.label')}>
      {open.map((item) => (
        <li key={item.id}>
          <DeadlineGlance item={item} now={now} />
        </li>
      ))}
    </ul>
  );
}
