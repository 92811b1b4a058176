import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/index.js';
import { errorText } from '../api/errors.js';

/** A refusal or failure from the core, announced to screen readers as it appears. */
export function ErrorAlert({ error }: { error: ApiError | null | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="alert alert-error" role="alert">
      {errorText(t, error)}
    </p>
  );
}
