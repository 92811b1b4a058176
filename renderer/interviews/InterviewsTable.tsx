import { useTranslation } from 'react-i18next';
import type { InterviewSummary } from '../../shared/contract/interviews.js';
import { formatInstant } from '../people/local-time.js';

/** The moment that dates an interview in the list: when it took place, else when it is planned. */
const dateOf = (interview: InterviewSummary): string | undefined => interview.conductedAt ?? interview.scheduledAt;

function sortedInterviews(interviews: readonly InterviewSummary[]): InterviewSummary[] {
  // Undated interviews first: they still need a date.
  return [...interviews].sort(
    (a, b) => (dateOf(a) ?? '').localeCompare(dateOf(b) ?? '') || a.personCode.localeCompare(b.personCode),
  );
}

export function InterviewsTable({
  interviews,
  onOpen,
}: {
  interviews: readonly InterviewSummary[];
  onOpen: (interviewId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <table className="table interviews-table">
      <caption className="visually-hidden">{t('interviews.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('interviews.table.interviewee')}</th>
          <th scope="col">{t('interviews.table.status')}</th>
          <th scope="col">{t('interviews.table.date')}</th>
          <th scope="col">{t('interviews.table.place')}</th>
          <th scope="col">{t('interviews.table.versions')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('interviews.table.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sortedInterviews(interviews).map((interview) => {
          const date = dateOf(interview);
          return (
            <tr key={interview.id}>
              <th scope="row" className="mono person-code">
                {interview.personCode}
              </th>
              <td>
                <span className={`status-pill status-${interview.status}`}>
                  {t(`labels.interviewStatus.${interview.status}`)}
                </span>
              </td>
              <td>
                {date ? (
                  <time dateTime={date}>{formatInstant(date, i18n.language)}</time>
                ) : (
                  <span className="muted">{t('interviews.table.noDate')}</span>
                )}
              </td>
              <td>
                {t(`labels.placeType.${interview.placeType}`)}
                <span className="cell-sub">
                  {interview.private ? t('interviews.table.private') : t('interviews.table.notPrivate')}
                </span>
              </td>
              <td>
                {interview.versions === 0 ? (
                  <span className="muted">{t('interviews.table.notSigned')}</span>
                ) : (
                  interview.versions
                )}
              </td>
              <td className="cell-action">
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => onOpen(interview.id)}
                  aria-label={t('interviews.table.openLabel', {
                    code: interview.personCode,
                    when: date ? formatInstant(date, i18n.language) : t('interviews.table.noDate'),
                  })}
                >
                  {t('interviews.table.open')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
