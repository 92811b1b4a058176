import '../styles/statistics.css';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { SavedFile } from '../../shared/contract/evidence.js';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  STATISTICS_EXPORT_FORMATS,
  type StatisticsExportFormat,
  type StatisticsView,
} from '../../shared/contract/statistics.js';
import { CASE_CATEGORIES, CASE_STATUSES, type CaseCategory, type CaseStatus } from '../../shared/domain/case.js';
import { COUNTING_RULES } from '../../shared/statistics/counting.js';
import {
  chartColumns,
  chartData,
  chartPlan,
  chartRows,
  chartSummary,
  summaryColumn,
} from '../../shared/statistics/charts.js';
import { cellText, labelledTables, type LabelledTable } from '../../shared/statistics/labelled.js';
import { statisticsWords, type StatisticsLanguage } from '../../shared/statistics/words.js';
import { useApi } from '../api/context.js';
import { interfaceLanguage } from '../i18n/date-conventions.js';
import type { ApiError, Result } from '../../shared/contract/index.js';
import { DateField } from '../components/DateField.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { SelectField } from '../components/SelectField.js';
import { useLoaded } from '../components/use-loaded.js';
import { useTextDirection } from '../components/reading-direction.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const CHART = { width: 520, height: 260 };
/** Colours of the series (SE, SA, not classified) and of single bars: the theme's, readable on white. */
const SERIES_COLOURS = ['#1f5f8b', '#a23b2a', '#6b6b6b'];

/** The quarter today falls in, from its first day to today: what a team reports on every quarter. */
function currentQuarter(today: Date): { from: string; to: string } {
  const year = today.getFullYear();
  const firstMonth = Math.floor(today.getMonth() / 3) * 3 + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    from: `${year}-${pad(firstMonth)}-01`,
    to: `${year}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`,
  };
}

function StatisticsChart({ table, language }: { table: LabelledTable; language: StatisticsLanguage }) {
  const { t } = useTranslation();
  // In Arabic the drawing is mirrored by the axes themselves: time and bars run from the right, labels on the right.
  const rtl = useTextDirection() === 'rtl';
  const startSide = rtl ? 'right' : 'left';
  const plan = chartPlan(table.id, table);
  // A table with no row (no contributing country in the period) has nothing to draw nor to say.
  if (plan === null || chartRows(table).length === 0) return null;
  const columns = chartColumns(plan);
  const data = chartData(table, columns);
  const summarised = summaryColumn(plan, table);
  const summary = chartSummary(table, summarised, language, (count) => t('statistics.chart.zeros', { count }));
  const kind = plan.kind === 'line' ? t('statistics.chart.line') : t('statistics.chart.bar');
  return (
    <figure className="statistics-chart">
      {/* The drawing repeats the table beside it; the caption says it in words for a screen reader. */}
      <div aria-hidden="true" className="statistics-chart-drawing">
        {plan.kind === 'line' ? (
          <LineChart {...CHART} data={data} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" reversed={rtl} />
            <YAxis allowDecimals={false} orientation={startSide} />
            <Tooltip />
            <Legend />
            {columns.map((column, index) => (
              <Line
                key={column}
                type="monotone"
                dataKey={`c${column}`}
                name={table.columns[column + 1]}
                stroke={SERIES_COLOURS[index]}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        ) : (
          <BarChart {...CHART} data={data} layout="vertical" accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} reversed={rtl} />
            <YAxis type="category" dataKey="label" width={200} orientation={startSide} />
            <Tooltip />
            <Bar
              dataKey={`c${plan.column}`}
              name={table.columns[plan.column + 1]}
              fill={SERIES_COLOURS[0]}
              isAnimationActive={false}
            />
          </BarChart>
        )}
      </div>
      <figcaption className="statistics-caption">
        {t('statistics.chart.caption', { kind, column: table.columns[summarised + 1], summary })}
      </figcaption>
    </figure>
  );
}

function StatisticsTableView({ table, language }: { table: LabelledTable; language: StatisticsLanguage }) {
  const headingId = useId();
  return (
    <section className="panel statistics-table" aria-labelledby={headingId}>
      <h2 id={headingId}>{table.title}</h2>
      <div className="statistics-pair">
        <table className="record-table">
          <thead>
            <tr>
              {table.columns.map((column, index) => (
                <th key={index} scope="col" className={index === 0 ? undefined : 'numeric'}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, index) => (
                  <td key={index} className="numeric">
                    {cellText(cell, language)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <StatisticsChart table={table} language={language} />
      </div>
    </section>
  );
}

function ExportPanel({ view }: { view: StatisticsView }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [format, setFormat] = useState<StatisticsExportFormat>('xlsx');
  const [suppress, setSuppress] = useState(String(DEFAULT_SUPPRESSION_THRESHOLD));
  const [saved, setSaved] = useState<Extract<SavedFile, { cancelled: false }> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();

  async function write() {
    setBusy(true);
    setError(null);
    setSaved(null);
    const result = await api.statistics.export({
      query: view.query,
      format,
      language: interfaceLanguage(i18n.language),
      suppressBelow: suppress === 'none' ? null : Number(suppress),
    });
    setBusy(false);
    if (!result.ok) setError(result.error);
    else if (!result.value.cancelled) setSaved(result.value);
  }

  return (
    <section className="panel statistics-export" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('statistics.export.heading')}</h2>
      <p className="muted">{t('statistics.export.intro')}</p>
      <div className="filters">
        <SelectField
          label={t('statistics.export.format')}
          value={format}
          options={STATISTICS_EXPORT_FORMATS.map((value) => ({
            value,
            label: t(`statistics.export.formats.${value}`),
          }))}
          onChange={(value) => value !== '' && setFormat(value)}
        />
        <SelectField
          label={t('statistics.export.suppress')}
          value={suppress}
          options={['none', '2', '3', '5', '10'].map((value) => ({
            value,
            label:
              value === 'none'
                ? t('statistics.export.suppressNone')
                : t('statistics.export.suppressBelow', { n: value }),
          }))}
          onChange={(value) => value !== '' && setSuppress(value)}
        />
        <button type="button" className="button button-primary" onClick={() => void write()} disabled={busy}>
          {t('statistics.export.write')}
        </button>
      </div>
      <div role="status" className="feedback-slot">
        {saved && (
          <p className="alert alert-success">
            {t('statistics.export.saved')} <span className="mono export-path">{saved.path}</span>
          </p>
        )}
      </div>
      {error && <ErrorAlert error={error} />}
    </section>
  );
}

/** The anonymised figures the UN publishes, for a period by date received and filters (issue 14). */
export function StatisticsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const rulesId = useId();
  const language = interfaceLanguage(i18n.language);
  const initial = useMemo(() => currentQuarter(new Date()), []);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [entity, setEntity] = useState('');
  const [category, setCategory] = useState<CaseCategory | ''>('');
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const loadEntities = useCallback(() => api.statistics.entities({}), [api]);
  const entities = useLoaded(loadEntities).state;

  const periodValid = ISO_DAY.test(from) && ISO_DAY.test(to) && from <= to;
  // While a date is being typed (or the period is backwards) the last figures stay away: nothing is asked.
  const query = useMemo(
    () =>
      periodValid
        ? {
            from,
            to,
            ...(entity ? { entity } : {}),
            ...(category ? { category } : {}),
            ...(status ? { status } : {}),
          }
        : null,
    [from, to, entity, category, status, periodValid],
  );
  const load = useCallback(
    async (): Promise<Result<StatisticsView | null>> =>
      query === null ? { ok: true, value: null } : api.statistics.compute(query),
    [api, query],
  );
  const { state } = useLoaded(load);
  const view = state.status === 'ready' ? state.value : null;
  const error = state.status === 'failed' ? state.error : null;

  const tables = view ? labelledTables(view, language, null) : [];
  const words = statisticsWords(language);
  const summary = tables.find((table) => table.id === 'allegations');
  const counted = summary?.rows.find((row) => row.key === 'allegations')?.cells[0];
  const excluded = summary?.rows.find((row) => row.key === 'excluded')?.cells[0];

  return (
    <section className="page page-wide statistics-page" aria-labelledby={headingId}>
      <header className="page-header">
        <div>
          <h1 id={headingId}>{t('statistics.heading')}</h1>
          <p className="page-intro">{t('statistics.intro')}</p>
        </div>
      </header>

      <div className="filters statistics-filters" role="group" aria-label={t('statistics.filters.label')}>
        <DateField label={t('statistics.filters.from')} value={from} onChange={setFrom} required />
        <DateField
          label={t('statistics.filters.to')}
          value={to}
          onChange={setTo}
          required
          error={ISO_DAY.test(from) && ISO_DAY.test(to) && from > to ? t('statistics.filters.backwards') : undefined}
        />
        <SelectField
          label={t('statistics.filters.entity')}
          value={entity}
          emptyLabel={t('statistics.filters.all')}
          options={(entities.status === 'ready' ? entities.value.items : []).map((value) => ({ value, label: value }))}
          onChange={setEntity}
          inputClassName="filter-select"
        />
        <SelectField
          label={t('statistics.filters.category')}
          value={category}
          emptyLabel={t('statistics.filters.all')}
          options={CASE_CATEGORIES.map((value) => ({ value, label: t(`labels.caseCategory.${value}`) }))}
          onChange={setCategory}
          inputClassName="filter-select"
        />
        <SelectField
          label={t('statistics.filters.status')}
          value={status}
          emptyLabel={t('statistics.filters.all')}
          options={CASE_STATUSES.map((value) => ({ value, label: t(`labels.caseStatus.${value}`) }))}
          onChange={setStatus}
          inputClassName="filter-select"
        />
      </div>

      {error && <ErrorAlert error={error} />}

      {view && (
        <>
          <p className="statistics-headline" role="status">
            {t('statistics.headline', { counted: counted ?? 0, excluded: excluded ?? 0 })}
          </p>
          <ExportPanel view={view} />
          {tables.map((table) => (
            <StatisticsTableView key={table.id} table={table} language={language} />
          ))}
          <section className="panel statistics-rules" aria-labelledby={rulesId}>
            <h2 id={rulesId}>{words.rulesTitle}</h2>
            <ol>
              {COUNTING_RULES.map((rule) => (
                <li key={rule}>{words.rules[rule]}</li>
              ))}
            </ol>
          </section>
        </>
      )}
    </section>
  );
}
