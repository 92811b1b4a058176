import { describe, expect, it } from 'vitest';
import { rendererSources } from './renderer-sources.js';
import { findVisibleStrings, referencedKeys } from './visible-strings.js';

describe('visible text in the renderer', () => {
  it('comes from the i18n catalogs: no literal JSX text or accessible names', () => {
    const sources = rendererSources();
    expect(sources.filter((file) => file.path.endsWith('.tsx')).length).toBeGreaterThan(10);
    const findings = sources.flatMap((file) => findVisibleStrings(file.path, file.text));
    expect(findings).toEqual([]);
  });
});

describe('the scanner itself', () => {
  const scan = (source: string) => findVisibleStrings('snippet.tsx', source).map(({ kind, text }) => ({ kind, text }));

  it('flags hard-coded text, string children and literal attributes', () => {
    const snippet = `
      export const Bad = ({ busy }: { busy: boolean }) => (
        <form>
          <h1>Create your vault</h1>
          <p>{'Loading…'}</p>
          <p>{busy ? 'Saving' : t('x.y')}</p>
          <button aria-label="Close" title={'Close the dialog'}>×</button>
          <input placeholder={\`Type here\`} />
          <img alt="Logo" src="a.png" />
          <option label="Français" value="fr" />
        </form>
      );`;
    expect(scan(snippet)).toEqual([
      { kind: 'jsx-text', text: 'Create your vault' },
      { kind: 'jsx-string-child', text: 'Loading…' },
      { kind: 'jsx-string-child', text: 'Saving' },
      { kind: 'attribute', text: 'aria-label=Close' },
      { kind: 'attribute', text: 'title=Close the dialog' },
      { kind: 'attribute', text: 'placeholder=Type here' },
      { kind: 'attribute', text: 'alt=Logo' },
      { kind: 'attribute', text: 'label=Français' },
    ]);
  });

  it('accepts translated text, punctuation, ids and class names', () => {
    const snippet = `
      export const Good = () => (
        <section className="page" id="cases" data-score="2" aria-labelledby={id}>
          <h1 title={t('a.title')}>{t('a.heading')}</h1>
          <p>{' '}–{count}: {'\\u00a0'}</p>
          <input aria-label={t('a.label')} type="text" autoComplete="off" />
        </section>
      );`;
    expect(scan(snippet)).toEqual([]);
  });

  it('extracts the keys a component asks for', () => {
    const snippet =
      't(\'a.b\'); i18n.t("c.d"); t(`e.f`); t(`g.${x}`); const s = { labelKey: \'h.i\' }; <Trans i18nKey="j.k" />';
    expect(referencedKeys(snippet).sort()).toEqual(['a.b', 'c.d', 'e.f', 'h.i', 'j.k']);
  });
});
