import { useInstantText } from '../components/mission-time.js';
import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../shared/contract/people.js';
import { useVirtualTable } from '../components/use-virtual-table.js';
import { VirtualTableBody } from '../components/VirtualTableBody.js';
import { personFacts } from './person-facts.js';

const COLUMNS = 4;
/** A row with a few profile facts, in pixels, until measured. */
const ROW_HEIGHT = 72;

/**
 * A case's people as loaded so far (`people`, of `matching`), in the core's order: only the rows
 * in view are drawn, and more are asked for (`onNearEnd`) as the end comes into view; End goes on
 * to the last matching person. The selected row (the person last opened or moved to) stays marked;
 * one row at a time is in the Tab order and the arrows move between rows. `codes` names the
 * people the rows refer to. Drawn with `scrollToSelected`, the list opens at the selected row,
 * else at the top.
 */
export function PeopleTable({
  people,
  matching,
  codes,
  selectedId,
  scrollToSelected,
  onSelect,
  onOpen,
  onNearEnd,
}: {
  people: readonly PersonSummary[];
  matching: number;
  codes: Readonly<Record<string, string>>;
  selectedId: string | null;
  scrollToSelected: boolean;
  onSelect: (personId: string) => void;
  onOpen: (personId: string) => void;
  onNearEnd: () => void;
}) {
  const { t } = useTranslation();
  const { scrollRef, virtual, tabStop, openRow, keyOnRow } = useVirtualTable({
    rows: people,
    matching,
    selectedId,
    estimateSize: ROW_HEIGHT,
    scrollToSelected,
    onSelect,
    onOpen,
    onNearEnd,
  });

  return (
    <div className="table-scroll people-list-scroll" ref={scrollRef}>
      <table className="table people-table" aria-rowcount={matching + 1}>
        <caption className="visually-hidden">{t('people.table.caption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('people.table.code')}</th>
            <th scope="col">{t('people.table.role')}</th>
            <th scope="col">{t('people.table.profile')}</th>
            <th scope="col">{t('people.table.identity')}</th>
          </tr>
        </thead>
        <VirtualTableBody
          rows={people}
          virtual={virtual}
          columns={COLUMNS}
          renderRow={(person, index) => (
            <PersonRow
              person={person}
              codes={codes}
              index={index}
              measure={virtual.measure}
              selected={person.id === selectedId}
              tabStop={index === tabStop}
              onOpen={openRow}
              onKeyDown={keyOnRow}
            />
          )}
        />
      </table>
    </div>
  );
}

const PersonRow = memo(function PersonRow({
  person,
  codes,
  index,
  measure,
  selected,
  tabStop,
  onOpen,
  onKeyDown,
}: {
  person: PersonSummary;
  codes: Readonly<Record<string, string>>;
  index: number;
  measure: (element: Element | null) => void;
  selected: boolean;
  tabStop: boolean;
  onOpen: (personId: string) => void;
  onKeyDown: (index: number, event: KeyboardEvent) => void;
}) {
  const { t, i18n } = useTranslation();
  const instantText = useInstantText();
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} className={selected ? 'row-selected' : undefined}>
      <th scope="row" className="mono person-code">
        <button
          type="button"
          className="button button-link person-open"
          data-row-focus
          tabIndex={tabStop ? 0 : -1}
          aria-current={selected ? 'true' : undefined}
          onClick={() => onOpen(person.id)}
          onKeyDown={(event) => onKeyDown(index, event)}
          aria-label={t('people.table.openLabel', { code: person.code })}
        >
          {person.code}
        </button>
      </th>
      <td>{t(`labels.personRole.${person.profile.role}`)}</td>
      <td>
        <ul className="profile-facts">
          {personFacts(person, codes, t, i18n.language, instantText).map((fact) => (
            <li key={fact.key} className={fact.emphasis ? `profile-fact emphasis-${fact.emphasis}` : 'profile-fact'}>
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
    </tr>
  );
});
