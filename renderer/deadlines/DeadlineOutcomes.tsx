import { useTranslation } from 'react-i18next';
import type { DeadlineItem } from '../../shared/contract/deadlines.js';
import { clockActionLabel, clockLabel, closedActionText, formatInZone } from './deadline-display.js';
import { CheckMark, ClockMark, OverdueMark } from './deadline-marks.js';
import { deadlineOutcome, type DeadlineOutcome } from './deadline-outcome.js';
import { displayLocale } from '../components/format-dates.js';

const MARKS: Record<DeadlineOutcome, typeof CheckMark> = {
  met: CheckMark,
  metLate: CheckMark,
  missed: OverdueMark,
  stopped: ClockMark,
};

/**
 * A closed case's deadlines, told as what happened to each: met (when, by what action), met
 * late, missed, or stopped by the closure. Nothing here counts down.
 */
export function DeadlineOutcomes({
  deadlines,
  caseClosedAt,
}: {
  deadlines: readonly DeadlineItem[];
  caseClosedAt: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.language);
  return (
    <ul className="deadline-countdowns deadline-outcomes">
      {deadlines.map((item) => {
        const outcome = deadlineOutcome(item, caseClosedAt);
        const zone = item.deadline.basis.timeZone;
        const Mark = MARKS[outcome];
        const name = clockLabel(i18n.language, item.clockId, item.clockName);
        const due = formatInZone(locale, item.dueAt, zone);
        return (
          <li key={item.id} className={`deadline-countdown deadline-outcome-${outcome}`}>
            <span className="deadline-headline">
              <Mark className="deadline-outcome-mark" />
              {outcome === 'met' || outcome === 'metLate'
                ? t(`evidence.outcome.${outcome}`, {
                    name,
                    when: formatInZone(locale, item.closedAt ?? item.dueAt, zone),
                  })
                : t(`evidence.outcome.${outcome}`, { name, closed: formatInZone(locale, caseClosedAt, zone) })}
            </span>
            <span className="deadline-due muted">{t('evidence.outcome.due', { when: due, zone })}</span>
            {item.closedAction !== null && (
              <span className="deadline-action muted">
                {t('evidence.outcome.action', { action: closedActionText(t, item.closedAction) })}
              </span>
            )}
            {item.closedAction === null && outcome === 'missed' && (
              <span className="deadline-action muted">
                {t('evidence.countdown.action', { action: clockActionLabel(i18n.language, item.clockId, item.action) })}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
