import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateContent, TemplatePageBand } from '../../shared/documents/template.js';

type Bands = Pick<TemplateContent, 'title' | 'header' | 'footer'>;

function BandInput({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field template-band">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input id={id} className="input" value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/** A band with one side changed; a side left empty is left out, as the shipped templates leave it. */
function withSide(band: TemplatePageBand, side: 'left' | 'right', value: string): TemplatePageBand {
  const { [side]: _old, ...rest } = band;
  return value === '' ? rest : { ...rest, [side]: value };
}

/**
 * The letter's title, header and footer in the document view: short lines (merge tags written as
 * `{{…}}`), folded away under their summary so the letter's text comes first.
 */
export function TemplateBands({ content, onChange }: { content: Bands; onChange: (bands: Bands) => void }) {
  const { t } = useTranslation();
  const band = (which: 'header' | 'footer', side: 'left' | 'right', label: string) => (
    <BandInput
      label={label}
      value={content[which][side] ?? ''}
      onChange={(value) => onChange({ ...content, [which]: withSide(content[which], side, value) })}
    />
  );
  return (
    <details className="template-bands">
      <summary>{t('letters.editor.visual.bands')}</summary>
      <p className="field-hint">{t('letters.editor.visual.bandsHint')}</p>
      <BandInput
        label={t('letters.editor.visual.title')}
        value={content.title}
        onChange={(title) => onChange({ ...content, title })}
      />
      <div className="template-band-pair">
        {band('header', 'left', t('letters.editor.visual.headerLeft'))}
        {band('header', 'right', t('letters.editor.visual.headerRight'))}
      </div>
      <div className="template-band-pair">
        {band('footer', 'left', t('letters.editor.visual.footerLeft'))}
        {band('footer', 'right', t('letters.editor.visual.footerRight'))}
      </div>
    </details>
  );
}
