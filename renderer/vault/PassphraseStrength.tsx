import { useTranslation } from 'react-i18next';
import type { PassphraseAssessment } from '../../shared/passphrase.js';
import en from '../i18n/en.json';

type WarningKey = keyof typeof en.passphrase.warnings;
type SuggestionKey = keyof typeof en.passphrase.suggestions;

const isWarningKey = (key: string): key is WarningKey => Object.hasOwn(en.passphrase.warnings, key);
const isSuggestionKey = (key: string): key is SuggestionKey => Object.hasOwn(en.passphrase.suggestions, key);

const SEGMENTS = [1, 2, 3, 4] as const;

interface PassphraseStrengthProps {
  /** null while the estimator loads or while nothing is typed. */
  assessment: PassphraseAssessment | null;
  minLength: number | null;
  id: string;
}

/** The live verdict of shared/passphrase.ts: a meter, then why it is refused and how to do better. */
export function PassphraseStrength({ assessment, minLength, id }: PassphraseStrengthProps) {
  const { t } = useTranslation();
  const level = assessment
    ? t(`strength.levels.${assessment.score}`)
    : minLength === null
      ? t('strength.loading')
      : t('strength.empty');
  // An empty field shows an empty meter, not "very weak".
  const filled = assessment ? Math.max(1, assessment.score) : 0;
  const reasons: string[] = [];
  if (assessment && minLength !== null) {
    for (const problem of assessment.problems) reasons.push(t(`strength.problems.${problem}`, { min: minLength }));
    if (assessment.warning && isWarningKey(assessment.warning))
      reasons.push(t(`passphrase.warnings.${assessment.warning}`));
  }
  const suggestions = (assessment?.acceptable ? [] : (assessment?.suggestions ?? []))
    .filter(isSuggestionKey)
    .map((key) => t(`passphrase.suggestions.${key}`));

  return (
    <div className="strength" id={id}>
      <div
        className="strength-meter"
        role="meter"
        aria-label={t('strength.label')}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={assessment?.score ?? 0}
        aria-valuetext={level}
        data-score={assessment ? assessment.score : 'none'}
      >
        {SEGMENTS.map((segment) => (
          <span key={segment} className={segment <= filled ? 'strength-segment is-filled' : 'strength-segment'} />
        ))}
      </div>
      <p className="strength-summary" aria-live="polite">
        {t('strength.summary', { level })}
      </p>
      {assessment?.acceptable && <p className="strength-ok">{t('strength.accepted')}</p>}
      {reasons.length + suggestions.length > 0 && (
        <ul className="strength-feedback">
          {reasons.map((reason) => (
            <li key={reason} className="strength-reason">
              {reason}
            </li>
          ))}
          {suggestions.map((suggestion) => (
            <li key={suggestion} className="strength-suggestion">
              {suggestion}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
