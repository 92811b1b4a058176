import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invalidFieldsOf, sameProblems, type FieldProblem } from './invalid-fields.js';

/**
 * The top of a refused form: how many fields to correct and, for each, its name and message as a
 * link to it; the keyboard is taken to the first one. One mechanism for every form: render it as
 * the form's first child. It reads the verdict the form already draws — fields marked
 * aria-invalid (TextField, SelectField, CheckboxField… do) and their `.field-error` messages — so
 * a form needs nothing else, and the summary follows the fields as they are corrected.
 */
export function ErrorSummary() {
  const { t } = useTranslation();
  const anchor = useRef<HTMLDivElement>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  useEffect(() => {
    const form = anchor.current?.closest('form');
    if (!form) return undefined;
    let shown: FieldProblem[] = [];
    // Between a submit and the form's verdict: a verdict that marks fields opens the summary.
    let awaitingVerdict = false;
    const show = (next: FieldProblem[]) => {
      if (sameProblems(shown, next)) return;
      shown = next;
      setProblems(next);
    };
    const judge = () => {
      const found = invalidFieldsOf(form);
      if (awaitingVerdict && found.length > 0) {
        awaitingVerdict = false;
        show(found);
        document.getElementById(found[0]!.id)?.focus();
      } else if (shown.length > 0) {
        show(found);
      }
    };
    // React handles a submit at the root, after this listener: judge once it has drawn its verdict
    // (at once for checks in the form, later for a verdict that comes back from the core).
    const onSubmit = () => {
      awaitingVerdict = true;
      window.setTimeout(judge);
    };
    // Typing again means the person moved on: a later mark is live validation, not a refusal.
    const onInput = () => {
      awaitingVerdict = false;
    };
    const observer = new MutationObserver((mutations) => {
      if (mutations.every((mutation) => anchor.current?.contains(mutation.target))) return;
      judge();
    });
    observer.observe(form, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-invalid'],
    });
    form.addEventListener('submit', onSubmit);
    form.addEventListener('input', onInput);
    return () => {
      observer.disconnect();
      form.removeEventListener('submit', onSubmit);
      form.removeEventListener('input', onInput);
    };
  }, []);

  return (
    <div ref={anchor} className="error-summary-anchor">
      {problems.length > 0 && (
        <div className="alert alert-error error-summary" role="alert">
          <p className="error-summary-title">{t('formErrors.summary', { count: problems.length })}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.id}>
                <a
                  href={`#${problem.id}`}
                  onClick={(event) => {
                    // Focus by hand: the app's URL never changes.
                    event.preventDefault();
                    document.getElementById(problem.id)?.focus();
                  }}
                >
                  {problem.message
                    ? t('formErrors.item', { field: problem.label, message: problem.message })
                    : problem.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
