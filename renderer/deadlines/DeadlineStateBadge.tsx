import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineState } from '../../shared/clocks/deadline.js';
import { CheckMark, ClockMark, OverdueMark } from './deadline-marks.js';

const MARKS: Record<DeadlineState, ComponentType<{ className?: string }>> = {
  open: ClockMark,
  due_soon: ClockMark,
  overdue: OverdueMark,
  closed: CheckMark,
  closed_late: CheckMark,
};

/** A deadline's state as a word with its mark; overdue is the loudest thing on the screen. */
export function DeadlineStateBadge({ state }: { state: DeadlineState }) {
  const { t } = useTranslation();
  const Mark = MARKS[state];
  return (
    <span className={`badge deadline-state deadline-state-${state}`}>
      <Mark className="deadline-state-mark" />
      {t(`labels.deadlineState.${state}`)}
    </span>
  );
}
