import '../styles/letters.css';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listText } from '../../shared/i18n/list-text.js';
import type { TemplateSummary } from '../../shared/contract/letters.js';
import { useApi } from '../api/context.js';
import { DenseTable } from '../components/DenseTable.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useInstantText } from '../components/mission-time.js';
import { useLoaded } from '../components/use-loaded.js';
import { languageLabel, renamedKind, templateName } from './letter-labels.js';
import { LetterheadPanel } from './LetterheadPanel.js';
import { TemplateEditor } from './TemplateEditor.js';

/** The letter templates of this vault: which exist, at which version, edited or shipped; one opens in the editor. */
export function TemplatesPage() {
  const { t, i18n } = useTranslation();
  const instantText = useInstantText();
  const api = useApi();
  const headingId = useId();
  const [open, setOpen] = useState<string | null>(null);
  const load = useCallback(() => api.letters.templates({}), [api]);
  const { state, reload } = useLoaded(load);

  if (open) {
    return (
      <TemplateEditor
        templateId={open}
        onBack={() => {
          setOpen(null);
          void reload();
        }}
      />
    );
  }

  const templates: TemplateSummary[] = state.status === 'ready' ? state.value.templates : [];
  return (
    <section className="page page-wide templates-page" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('letters.templates.heading')}</h1>
      <p className="muted">{t('letters.templates.intro')}</p>
      <LetterheadPanel />
      {state.status === 'loading' && (
        <p className="muted" role="status">
          {t('letters.tab.loading')}
        </p>
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {templates.length > 0 && (
        <DenseTable
          className="templates-table"
          columns={[
            t('letters.templates.template'),
            t('letters.templates.recipient'),
            t('letters.templates.languages'),
            t('letters.templates.version'),
            t('letters.templates.state'),
          ]}
        >
          {templates.map((template) => (
            <tr key={template.id}>
              <td>
                <button type="button" className="button button-link" onClick={() => setOpen(template.id)}>
                  {templateName(t, template)}
                </button>
                {renamedKind(t, template) && <span className="cell-sub">{renamedKind(t, template)}</span>}
              </td>
              <td>{t(`labels.recipient.${template.recipient}`)}</td>
              <td>
                {listText(
                  i18n.language,
                  template.languages.map((l) => languageLabel(t, l)),
                )}
              </td>
              <td className="nowrap">{t('letters.register.version', { version: template.version })}</td>
              <td>
                {template.edited ? (
                  <span className="badge badge-marker">{t('letters.templates.edited')}</span>
                ) : (
                  <span className="muted">{t('letters.templates.shipped')}</span>
                )}
                {template.savedAt && (
                  <span className="cell-sub">
                    {t('letters.templates.savedBy', {
                      at: instantText(template.savedAt),
                      by: template.savedBy ?? '',
                    })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </DenseTable>
      )}
    </section>
  );
}
