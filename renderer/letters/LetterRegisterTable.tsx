import { memo, useCallback, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterEntry } from '../../shared/contract/letters.js';
import { isClosureKind } from '../../shared/documents/template.js';
import { useInstantText } from '../components/mission-time.js';
import { useVirtualTable } from '../components/use-virtual-table.js';
import { VirtualTableBody } from '../components/VirtualTableBody.js';
import '../styles/virtual-lists.css';
import { kindLabel, languageLabel } from './letter-labels.js';

const COLUMNS = 6;
/** A row with its recipient, files and hashes, in pixels, until measured. */
const ROW_HEIGHT = 96;

/**
 * A case's letter register as loaded so far (`letters`, of `matching`), in the order asked for:
 * only the rows in view are drawn, and more are asked for (`onNearEnd`) as the end comes into
 * view. Each letter can be exported, and a closure letter's delivery recorded. One row's buttons
 * at a time are in the Tab order; the arrows, Home, End, Page Up and Page Down move between rows.
 */
export function LetterRegisterTable({
  letters,
  matching,
  onExport,
  onDeliver,
  onNearEnd,
}: {
  letters: readonly LetterEntry[];
  matching: number;
  onExport: (letter: LetterEntry) => void;
  onDeliver: (letter: LetterEntry) => void;
  onNearEnd: () => void;
}) {
  const { t } = useTranslation();
  const { scrollRef, virtual, tabStop, keyOnRow } = useVirtualTable({
    rows: letters,
    matching,
    estimateSize: ROW_HEIGHT,
    onNearEnd,
  });
  // The rows' handlers stay the same functions from frame to frame, so a row already drawn is not
  // drawn again while scrolling: only those coming into view are.
  const latest = useRef({ onExport, onDeliver });
  useLayoutEffect(() => {
    latest.current = { onExport, onDeliver };
  });
  const exportLetter = useCallback((letter: LetterEntry) => latest.current.onExport(letter), []);
  const deliver = useCallback((letter: LetterEntry) => latest.current.onDeliver(letter), []);

  return (
    <div className="table-scroll virtual-list-scroll letters-list-scroll" ref={scrollRef}>
      <table className="table table-dense letters-table" aria-rowcount={matching + 1}>
        <caption className="visually-hidden">{t('letters.tab.caption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('letters.register.letter')}</th>
            <th scope="col">{t('letters.register.language')}</th>
            <th scope="col">{t('letters.register.template')}</th>
            <th scope="col">{t('letters.register.made')}</th>
            <th scope="col">{t('letters.register.files')}</th>
            <th scope="col">{t('letters.register.delivery')}</th>
          </tr>
        </thead>
        <VirtualTableBody
          rows={letters}
          virtual={virtual}
          columns={COLUMNS}
          renderRow={(letter, index) => (
            <LetterRow
              letter={letter}
              index={index}
              measure={virtual.measure}
              tabStop={index === tabStop}
              onExport={exportLetter}
              onDeliver={deliver}
              onKeyDown={keyOnRow}
            />
          )}
        />
      </table>
    </div>
  );
}

const LetterRow = memo(function LetterRow({
  letter,
  index,
  measure,
  tabStop,
  onExport,
  onDeliver,
  onKeyDown,
}: {
  letter: LetterEntry;
  index: number;
  measure: (element: Element | null) => void;
  tabStop: boolean;
  onExport: (letter: LetterEntry) => void;
  onDeliver: (letter: LetterEntry) => void;
  onKeyDown: (index: number, event: KeyboardEvent) => void;
}) {
  const { t } = useTranslation();
  const instantText = useInstantText();
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2}>
      <td>
        <span className="letters-kind">{kindLabel(t, letter.kind)}</span>
        <span className="cell-sub">{letter.recipientName}</span>
        <span className="letters-identities">
          {[
            ...letter.disclosures.map((d) =>
              t('letters.register.named', { code: d.code, basis: t(`letters.preview.basis.${d.basis}`) }),
            ),
            ...letter.withheld.map((w) => t('letters.register.pseudonymised', { code: w.code })),
          ].join(' · ')}
        </span>
        {letter.overrides.length > 0 && (
          <span className="badge badge-marker">
            {t('letters.register.overrides', { count: letter.overrides.length })}
          </span>
        )}
        {letter.exception && (
          <span className="letters-exception-mark">
            <span className="badge badge-marker">{t('letters.register.exceptionBadge')}</span>{' '}
            {t('letters.register.exception', { reason: letter.exception.reason })}
          </span>
        )}
      </td>
      <td>{languageLabel(t, letter.language)}</td>
      <td className="nowrap">{t('letters.register.version', { version: letter.templateVersion })}</td>
      <td>
        <span className="nowrap">{instantText(letter.createdAt)}</span>
        <span className="cell-sub">{letter.author}</span>
      </td>
      <td>
        <ul className="letters-outputs">
          {letter.outputs.map((output) => (
            <li key={output.format}>
              <span className="letters-format">{output.format.toUpperCase()}</span>{' '}
              <span className="mono letters-hash" title={output.sha256}>
                {t('letters.register.sha', { hash: output.sha256.slice(0, 16) })}
              </span>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="button button-secondary button-small"
          aria-label={t('letters.export.buttonFor', {
            kind: kindLabel(t, letter.kind),
            date: instantText(letter.createdAt),
          })}
          data-row-focus
          tabIndex={tabStop ? 0 : -1}
          onKeyDown={(event) => onKeyDown(index, event)}
          onClick={() => onExport(letter)}
        >
          {t('letters.export.button')}
        </button>
      </td>
      <td>
        {isClosureKind(letter.kind) ? (
          <>
            {letter.deliveries.length > 0 ? (
              <span className="letters-delivered">
                {t('letters.delivery.delivered', {
                  how: t(`labels.deliveryMethod.${letter.deliveries[0]!.how}`),
                  at: instantText(letter.deliveries[0]!.at),
                  by: letter.deliveries[0]!.by,
                })}
              </span>
            ) : (
              <span className="letters-undelivered">{t('letters.delivery.none')}</span>
            )}
            {/* Named by its visible words first (WCAG 2.5.3: said aloud, they must work), then
                whose letter it is. */}
            <button
              type="button"
              className="button button-link"
              tabIndex={tabStop ? 0 : -1}
              onKeyDown={(event) => onKeyDown(index, event)}
              onClick={() => onDeliver(letter)}
            >
              {t('letters.delivery.button')}
              <span className="visually-hidden">
                {' '}
                {t('letters.delivery.buttonSuffix', { code: letter.concerns?.code ?? '' })}
              </span>
            </button>
          </>
        ) : (
          <span className="muted">{t('letters.delivery.notApplicable')}</span>
        )}
      </td>
    </tr>
  );
});
