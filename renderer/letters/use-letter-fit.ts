import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../shared/contract/index.js';
import type { TemplateKind } from '../../shared/documents/template.js';
import { useApi } from '../api/context.js';
import { useLoaded } from '../components/use-loaded.js';
import { explanationLocale } from '../deadlines/deadline-display.js';

/** The core's word on one person searched for a letter: whether it may concern them, or why not. */
interface LetterFit {
  kind: TemplateKind;
  personId: string;
  applies: boolean;
  reason: string | null;
}

/**
 * Why a letter of `kind` may not concern `personId` (a closure letter's victim, a referral's subject
 * searched among thousands), in the user's language, as the core decides it (letters.applicableTo);
 * null while nobody is chosen, while asked, when the letter may concern them, or when the question
 * failed (the preview and the register check again, in their own words).
 */
export function useLetterRefusal(caseId: string, kind: TemplateKind | undefined, personId: string): string | null {
  const api = useApi();
  const { i18n } = useTranslation();
  const locale = explanationLocale(i18n.language);
  const load = useCallback(async (): Promise<Result<LetterFit | null>> => {
    if (kind === undefined || personId === '') return { ok: true, value: null };
    const reply = await api.letters.applicableTo({ caseId, kind, personId, locale });
    return reply.ok ? { ok: true, value: { kind, personId, ...reply.value } } : reply;
  }, [api, caseId, kind, personId, locale]);
  const { state } = useLoaded(load);
  const fit = state.status === 'ready' ? state.value : null;
  return fit !== null && fit.kind === kind && fit.personId === personId && !fit.applies ? fit.reason : null;
}
