import { APPLICABLE_SHOWN_MAX, type LetterApplicability } from '../../../shared/contract/letters.js';
import {
  applicableLetters,
  letterFactsOf,
  letterFit,
  type LetterFacts,
  type LetterFit,
} from '../../../shared/documents/letter-applicability.js';
import { isClosureKind, type TemplateKind } from '../../../shared/documents/template.js';
import type { ReasonRef } from '../../../shared/i18n/catalogue.js';
import { messageText, type MessageLanguage } from '../../../shared/i18n/messages.js';
import type { CaseFilePorts } from '../kernel/ports/case-file-ports.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/** The reasons in the asked language. */
const wordsIn = (language: MessageLanguage) => (reason: ReasonRef) =>
  messageText(language, `errors.${reason.reason}`, reason.params);

/** The case's facts, read from the same snapshot a letter is merged from. */
const factsOf = (ports: CaseFilePorts, db: VaultDatabase, caseId: string, nowMs: number): LetterFacts =>
  letterFactsOf(ports.principles.snapshot(db, caseId, nowMs));

/**
 * Which letters a case calls for now, read from the same snapshot a letter is merged from, so the
 * New letter dialog offers what the preview and the register will accept; reasons in `language`.
 * Each kind names a page of people and reasons at most (a case may have thousands of victims, and
 * the reply crosses from the core's thread to the main thread): the first, with how many in all.
 * Only the reasons named are put in words.
 */
export function applicableLettersFor(
  ports: CaseFilePorts,
  db: VaultDatabase,
  input: { caseId: string; language: MessageLanguage },
  nowMs: number,
): LetterApplicability[] {
  const facts = factsOf(ports, db, input.caseId, nowMs);
  const codeOf = new Map([...facts.subjects, ...(facts.victims ?? [])].map((person) => [person.id, person.code]));
  const words = wordsIn(input.language);
  const shown = <T>(all: readonly T[]): T[] => all.slice(0, APPLICABLE_SHOWN_MAX);
  return applicableLetters(facts).map((entry) => {
    const applies = entry.reasons.length === 0;
    // Those it is for first, so that the one victim it may go to is among those named; then in code order.
    const hers = entry.victims.filter(({ because }) => because === null);
    const notYet = entry.victims.filter(({ because }) => because !== null);
    const named = new Set([...shown(hers), ...shown(notYet)].slice(0, APPLICABLE_SHOWN_MAX));
    return {
      kind: entry.kind,
      applies,
      subjects: shown(entry.subjectIds).map((id) => ({ id, code: codeOf.get(id) ?? id })),
      subjectCount: entry.subjectIds.length,
      victims: entry.victims
        .filter((victim) => named.has(victim))
        .map(({ id, because }) => ({
          id,
          code: codeOf.get(id) ?? id,
          reason: because === null ? null : words(because),
        })),
      victimCounts: { applies: hers.length, notYet: notYet.length },
      reasons: shown(entry.reasons).map(words),
      reasonCount: entry.reasons.length,
      // As merge-data.ts accepts one: a referral that does not apply, about a subject the case records.
      exceptionPossible: !applies && !isClosureKind(entry.kind) && facts.subjects.length > 0,
    };
  });
}

/**
 * Whether a letter of `kind` may concern `personId` now: a closure letter her who is a victim of the
 * case and is owed this one, a referral a subject of the case it may concern; else why not, in `language`.
 */
export function letterApplicableTo(
  ports: CaseFilePorts,
  db: VaultDatabase,
  input: { caseId: string; kind: TemplateKind; personId: string; language: MessageLanguage },
  nowMs: number,
): { applies: boolean; reason: string | null } {
  const facts = factsOf(ports, db, input.caseId, nowMs);
  const closure = isClosureKind(input.kind);
  const people = closure ? (facts.victims ?? []) : facts.subjects;
  const fit: LetterFit = people.some((person) => person.id === input.personId)
    ? letterFit(input.kind, facts, input.personId)
    : {
        applies: false,
        because: { reason: closure ? 'letters.victimNotInCase' : 'letters.subjectNotInCase' },
      };
  return fit.applies
    ? { applies: true, reason: null }
    : { applies: false, reason: wordsIn(input.language)(fit.because) };
}
