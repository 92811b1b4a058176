import type { LetterApplicability } from '../../../shared/contract/letters.js';
import { applicableLetters, letterFactsOf } from '../../../shared/documents/letter-applicability.js';
import { isClosureKind } from '../../../shared/documents/template.js';
import type { ReasonRef } from '../../../shared/i18n/catalogue.js';
import { messageText, type MessageLanguage } from '../../../shared/i18n/messages.js';
import type { CaseFilePorts } from '../kernel/ports/case-file-ports.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/**
 * Which letters a case calls for now, read from the same snapshot a letter is merged from, so the
 * New letter dialog offers what the preview and the register will accept; reasons in `language`.
 */
export function applicableLettersFor(
  ports: CaseFilePorts,
  db: VaultDatabase,
  input: { caseId: string; language: MessageLanguage },
  nowMs: number,
): LetterApplicability[] {
  const facts = letterFactsOf(ports.principles.snapshot(db, input.caseId, nowMs));
  const codeOf = new Map([...facts.subjects, ...(facts.victims ?? [])].map((person) => [person.id, person.code]));
  const words = (reason: ReasonRef) => messageText(input.language, `errors.${reason.reason}`, reason.params);
  return applicableLetters(facts).map((entry) => {
    const applies = entry.reasons.length === 0;
    return {
      kind: entry.kind,
      applies,
      subjects: entry.subjectIds.map((id) => ({ id, code: codeOf.get(id) ?? id })),
      victims: entry.victims.map(({ id, because }) => ({
        id,
        code: codeOf.get(id) ?? id,
        reason: because === null ? null : words(because),
      })),
      reasons: entry.reasons.map(words),
      // As merge-data.ts accepts one: a referral that does not apply, about a subject the case records.
      exceptionPossible: !applies && !isClosureKind(entry.kind) && facts.subjects.length > 0,
    };
  });
}
