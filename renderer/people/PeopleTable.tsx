import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../shared/contract/people.js';
import { PERSON_ROLES } from '../../shared/domain/person.js';
import { personFacts } from './person-facts.js';

const ROLE_ORDER = new Map(PERSON_ROLES.map((role, index) => [role, index]));

/** People by role then code: V-01, V-02, W-01… Nothing here identifies anyone. */
export function sortedPeople(people: readonly PersonSummary[]): PersonSummary[] {
  return [...people].sort(
    (a, b) =>
      (ROLE_ORDER.get(a.profile.role) ?? 0) - (ROLE_ORDER.get(b.profile.role) ?? 0) ||
      a.code.localeCompare(b.code, 'en', { numeric: true }),
  );
}

export function PeopleTable({
  people,
  onOpen,
}: {
  people: readonly PersonSummary[];
  onOpen: (personId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <table className="table people-table">
      <caption className="visually-hidden">{t('people.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('people.table.code')}</th>
          <th scope="col">{t('people.table.role')}</th>
          <th scope="col">{t('people.table.profile')}</th>
          <th scope="col">{t('people.table.identity')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('people.table.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sortedPeople(people).map((person) => (
          <tr key={person.id}>
            <th scope="row" className="mono person-code">
              {person.code}
            </th>
            <td>{t(`labels.personRole.${person.profile.role}`)}</td>
            <td>
              <ul className="profile-facts">
                {personFacts(person, people, t, i18n.language).map((fact) => (
                  <li
                    key={fact.key}
                    className={fact.emphasis ? `profile-fact emphasis-${fact.emphasis}` : 'profile-fact'}
                  >
                    <span className="profile-fact-label">{fact.label}</span>{' '}
                    <span className="profile-fact-value">{fact.value}</span>
                  </li>
                ))}
              </ul>
            </td>
            <td>
              {person.identityRecorded.length > 0 ? (
                <span className="badge badge-strictly_confidential">{t('people.table.identityRecorded')}</span>
              ) : (
                <span className="muted">{t('people.table.identityNone')}</span>
              )}
            </td>
            <td className="cell-action">
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => onOpen(person.id)}
                aria-label={t('people.table.openLabel', { code: person.code })}
              >
                {t('people.table.open')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
