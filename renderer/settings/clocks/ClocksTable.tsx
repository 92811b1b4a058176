import { useTranslation } from 'react-i18next';
import type { ClockDefinition } from '../../../shared/clocks/clock.js';
import { clockSourceText } from '../../../shared/i18n/clock-sources.js';
import { clockActionLabel, clockLabel } from '../../deadlines/deadline-display.js';
import { interfaceLanguage } from '../../i18n/date-conventions.js';
import { durationText } from './clock-words.js';

/** Every clock of the vault with its numbers; each row opens its edit dialog. */
export function ClocksTable({
  clocks,
  onEdit,
}: {
  clocks: readonly ClockDefinition[];
  onEdit: (clock: ClockDefinition) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table table-dense clocks-table">
        <caption className="visually-hidden">{t('deadlines.settings.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('deadlines.settings.columns.clock')}</th>
            <th scope="col">{t('deadlines.settings.columns.startEvent')}</th>
            <th scope="col">{t('deadlines.settings.columns.duration')}</th>
            <th scope="col">{t('deadlines.settings.columns.urgent')}</th>
            <th scope="col">{t('deadlines.settings.columns.firmness')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('deadlines.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {clocks.map((clock) => {
            const name = clockLabel(i18n.language, clock.id, clock.name);
            return (
              <tr key={clock.id} className={clock.enabled ? undefined : 'is-disabled'}>
                <th scope="row" className="clock-name">
                  <span className="clock-title">
                    {name}
                    {!clock.enabled && <span className="badge clock-off">{t('deadlines.settings.off')}</span>}
                  </span>
                  <span className="clock-detail">
                    <span className="clock-detail-label">{t('deadlines.settings.columns.action')}</span>{' '}
                    {clockActionLabel(i18n.language, clock.id, clock.action)}
                  </span>
                  <span className="clock-detail">
                    <span className="clock-detail-label">{t('deadlines.settings.columns.source')}</span>{' '}
                    {clockSourceText(clock, interfaceLanguage(i18n.language))}
                  </span>
                </th>
                <td>{t(`labels.clockStartEvent.${clock.startEvent}`)}</td>
                <td>
                  <span className="nowrap">{durationText(i18n.language, clock.duration)}</span>
                  {clock.wholeDays && (
                    <span className="clock-whole-days">{t('deadlines.settings.wholeDaysShort')}</span>
                  )}
                </td>
                <td className="nowrap">
                  {clock.urgentDuration ? (
                    durationText(i18n.language, clock.urgentDuration)
                  ) : (
                    <span className="muted">{'—'}</span>
                  )}
                </td>
                <td>{t(`labels.firmness.${clock.firmness}`)}</td>
                <td>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={t('deadlines.settings.editLabel', { clock: name })}
                    onClick={() => onEdit(clock)}
                  >
                    {t('deadlines.settings.edit')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
