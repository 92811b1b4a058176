import { useTranslation } from 'react-i18next';
import { deadlineState } from '../../shared/clocks/deadline.js';
import type { DeadlineItem } from '../../shared/contract/deadlines.js';
import { clockActionLabel, clockLabel, countdownText } from '../deadlines/deadline-display.js';
import { useNow } from '../deadlines/use-now.js';
import { useInstantText } from '../components/mission-time.js';

/** Deadlines with live countdowns: "Forensic medical examination: 71 h 59 min left", overdue ones flagged. */
export function DeadlineCountdowns({ deadlines }: { deadlines: readonly DeadlineItem[] }) {
  const { t, i18n } = useTranslation();
  const instantText = useInstantText();
  const now = useNow(1_000);
  return (
    <ul className="deadline-countdowns">
      {deadlines.map((item) => {
        const { state, remainingMs } = deadlineState(item.deadline, now, item.closedAt);
        const closed = state === 'closed' || state === 'closed_late';
        return (
          <li key={item.id} className={`deadline-countdown deadline-${state}`}>
            <span className="deadline-headline">
              {t('evidence.countdown.headline', {
                name: clockLabel(i18n.language, item.clockId, item.clockName),
                time: closed ? t('evidence.countdown.closed') : countdownText(t, remainingMs),
              })}
            </span>
            <span className="deadline-due muted">
              {t('evidence.countdown.due', {
                when: instantText(item.dueAt),
                firmness: t(`labels.firmnessInText.${item.firmness}`),
              })}
            </span>
            <span className="deadline-action muted">
              {t('evidence.countdown.action', { action: clockActionLabel(i18n.language, item.clockId, item.action) })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
