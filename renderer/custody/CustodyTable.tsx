import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustodyEvent, CustodyHashCheck } from '../../shared/domain/evidence.js';
import type { MessageParams } from '../../shared/i18n/catalogue.js';
import { custodyEventWords, type CustodyEventWords } from '../../shared/i18n/custody-words.js';
import { ForwardArrowMark } from '../app/icons.js';
import { useVirtualTable } from '../components/use-virtual-table.js';
import { VirtualTableBody } from '../components/VirtualTableBody.js';
import { useInstantText } from '../components/mission-time.js';
import '../styles/virtual-lists.css';
import { listText } from '../../shared/i18n/list-text.js';

const COLUMNS = 8;
/** A row with a hash re-check under it, in pixels, until measured. */
const ROW_HEIGHT = 64;

function HashChecks({ checks }: { checks: readonly CustodyHashCheck[] }) {
  const { t } = useTranslation();
  if (checks.length === 0) return <span className="muted">{t('evidence.custody.noCheck')}</span>;
  return (
    <ul className="hash-checks">
      {checks.map((check) => (
        <li key={check.contentId} className={`hash-check hash-check-${check.result}`}>
          <span className="hash-check-result">
            <span aria-hidden="true">{check.result === 'match' ? '✓ ' : '✗ '}</span>
            {check.result === 'match'
              ? t('evidence.custody.checkMatch', { file: check.fileName })
              : t('evidence.custody.checkFailed', {
                  file: check.fileName,
                  problem: t(`labels.contentProblem.${check.problem ?? 'hash_mismatch'}`),
                })}
          </span>
          <code className="sha256 sha256-small">{check.sha256}</code>
        </li>
      ))}
    </ul>
  );
}

/** An event's purpose and holders in the screen's language: a hand-over's codes in words, what a person wrote as is. */
function useEventWords(): (event: CustodyEvent) => CustodyEventWords {
  const { t } = useTranslation();
  // The catalogue's keys are checked by custody-words.ts's callers in the core; here they are looked up as text.
  const say = t as unknown as (key: string, params?: MessageParams) => string;
  return (event) => custodyEventWords((key, params) => say(`messages.${key}`, params), event);
}

function Holders({ said }: { said: CustodyEventWords }) {
  const { t } = useTranslation();
  if (said.from === undefined && said.to === undefined)
    return <span className="muted">{t('evidence.custody.noHolders')}</span>;
  return (
    <span className="holders">
      {said.from ?? t('evidence.custody.unnamed')}
      <ForwardArrowMark className="holders-arrow" />
      <span className="visually-hidden">{` ${t('evidence.custody.to')} `}</span>
      {said.to ?? t('evidence.custody.unnamed')}
    </span>
  );
}

/**
 * An item's chain of custody as loaded so far (`events`, of `matching`), in the order asked for:
 * only the rows in view are drawn, and more are asked for (`onNearEnd`) as the end comes into
 * view. An event whose hash re-check failed is flagged. Each row's event cell is focusable, one at
 * a time in the Tab order; the arrows, Home, End, Page Up and Page Down move between rows.
 */
export function CustodyTable({
  events,
  matching,
  itemNumber,
  onNearEnd,
}: {
  events: readonly CustodyEvent[];
  matching: number;
  itemNumber: string;
  onNearEnd: () => void;
}) {
  const { t } = useTranslation();
  const { scrollRef, virtual, tabStop, keyOnRow } = useVirtualTable({
    rows: events,
    matching,
    estimateSize: ROW_HEIGHT,
    onNearEnd,
  });

  return (
    <div className="table-scroll virtual-list-scroll custody-list-scroll" ref={scrollRef}>
      <table className="table table-dense custody-table" aria-rowcount={matching + 1}>
        <caption className="visually-hidden">{t('evidence.custody.caption', { number: itemNumber })}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="col-narrow">
              {t('evidence.custody.columns.sequence')}
            </th>
            <th scope="col">{t('evidence.custody.columns.at')}</th>
            <th scope="col">{t('evidence.custody.columns.kind')}</th>
            <th scope="col">{t('evidence.custody.columns.holders')}</th>
            <th scope="col">{t('evidence.custody.columns.persons')}</th>
            <th scope="col">{t('evidence.custody.columns.purpose')}</th>
            <th scope="col">{t('evidence.custody.columns.seal')}</th>
            <th scope="col">{t('evidence.custody.columns.hashCheck')}</th>
          </tr>
        </thead>
        <VirtualTableBody
          rows={events}
          virtual={virtual}
          columns={COLUMNS}
          renderRow={(event, index) => (
            <CustodyRow
              event={event}
              index={index}
              measure={virtual.measure}
              tabStop={index === tabStop}
              onKeyDown={keyOnRow}
            />
          )}
        />
      </table>
    </div>
  );
}

const CustodyRow = memo(function CustodyRow({
  event,
  index,
  measure,
  tabStop,
  onKeyDown,
}: {
  event: CustodyEvent;
  index: number;
  measure: (element: Element | null) => void;
  tabStop: boolean;
  onKeyDown: (index: number, event: KeyboardEvent) => void;
}) {
  const { t, i18n } = useTranslation();
  const instantText = useInstantText();
  const said = useEventWords()(event);
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      className={event.hashChecks.some((check) => check.result === 'failed') ? 'row-flagged' : undefined}
    >
      <td className="col-narrow mono">{event.sequence}</td>
      <td className="nowrap">{instantText(event.at, event.timeZone)}</td>
      <th
        scope="row"
        className="custody-kind"
        data-row-focus
        tabIndex={tabStop ? 0 : -1}
        onKeyDown={(keyEvent) => onKeyDown(index, keyEvent)}
      >
        {t(`labels.custodyEventKind.${event.kind}`)}
      </th>
      <td>
        <Holders said={said} />
      </td>
      <td>
        {event.persons.length > 0 ? (
          listText(i18n.language, event.persons, { type: 'unit' })
        ) : (
          <span className="muted">{t('evidence.custody.noPersons')}</span>
        )}
      </td>
      <td>
        {said.purpose}
        {event.location && (
          <span className="cell-sub">{t('evidence.custody.atLocation', { location: event.location })}</span>
        )}
        {event.note && <span className="cell-sub user-text">{event.note}</span>}
      </td>
      <td className="mono">{event.sealNumber ?? ''}</td>
      <td>
        <HashChecks checks={event.hashChecks} />
      </td>
    </tr>
  );
});
