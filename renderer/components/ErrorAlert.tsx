import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/index.js';
import { errorSummary, findingTexts } from '../api/errors.js';
import { RuleTag } from './RuleTag.js';

/**
 * A refusal or failure from the core, announced to screen readers as it appears: why, in the
 * user's language, then each principle finding behind a refusal with what to do about it.
 */
export function ErrorAlert({ error }: { error: ApiError | null | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  const findings = error.findings ?? [];
  if (findings.length === 0) {
    return (
      <p className="alert alert-error" role="alert">
        {errorSummary(t, error)}
      </p>
    );
  }
  return (
    <div className="alert alert-error" role="alert">
      <p>{errorSummary(t, error)}</p>
      <ul className="alert-findings">
        {findings.map((finding, index) => {
          const { message, fix } = findingTexts(t, finding);
          return (
            <li key={`${finding.code}-${index}`}>
              <RuleTag rule={finding.rule} /> {message} {fix}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
