import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as fr from '@zxcvbn-ts/language-fr';
import { messageText } from './i18n/messages.js';

/** The policy the core enforces and the UI explains: long, and not guessable by a real estimator. */
export const PASSPHRASE_POLICY = { minLength: 12, minScore: 3 } as const;

export type PassphraseProblem = 'too_short' | 'too_guessable';

export interface PassphraseAssessment {
  /** zxcvbn score, 0 (trivial) to 4 (very strong). */
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  problems: PassphraseProblem[];
  /** zxcvbn feedback keys (e.g. `commonNames`), translated by the renderer's i18n files. */
  warning: string | null;
  suggestions: string[];
}

// Without `translations`, zxcvbn returns its feedback as plain keys: exactly what we translate.
let estimator: ZxcvbnFactory | undefined;
function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
  });
  return estimator;
}

/** Pure and deterministic: the same passphrase gets the same verdict in the UI and in the core. */
export function assessPassphrase(passphrase: string, userInputs: string[] = []): PassphraseAssessment {
  // zxcvbn's cost grows with length; the first 100 characters decide the score of any passphrase.
  const result = getEstimator().check(passphrase.slice(0, 100), userInputs);
  const problems: PassphraseProblem[] = [];
  if ([...passphrase].length < PASSPHRASE_POLICY.minLength) problems.push('too_short');
  if (result.score < PASSPHRASE_POLICY.minScore) problems.push('too_guessable');
  return {
    score: result.score,
    acceptable: problems.length === 0,
    problems,
    warning: result.feedback.warning,
    suggestions: result.feedback.suggestions,
  };
}

/**
 * The English sentence the CLI prints when refusing a passphrase: the core's own refusal, from the message catalogue.
 */
export function describePassphraseProblems(assessment: PassphraseAssessment): string {
  return messageText('en', 'errors.vault.weakPassphrase', { problems: assessment.problems });
}
