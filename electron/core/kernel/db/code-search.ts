import { PSEUDONYM_PREFIXES } from '../../../../shared/domain/person.js';
import { foldForSearch } from '../search/search-fold.js';
import { likePattern } from './like-pattern.js';
import type { PageConditions } from './page-query.js';

/** The number of the pseudonym code in `column` (V-12 → 12): the letter and the dash come first. */
export const codeNumberSql = (column: string): string => `CAST(substr(${column}, 3) AS INTEGER)`;

const PREFIXES = Object.values(PSEUDONYM_PREFIXES).join('');
/** A code as an investigator types it: a role's letter or not, a space or dash or not, zeros or not. */
const TYPED_CODE = new RegExp(`^([${PREFIXES}])?[\\s-]*0*(\\d{1,9})$`, 'i');

/** A search typed as a code or a number: its letter (if any) and number; neither for any other text. */
function typedCode(search: string): { prefix: string | null; number: number | null } {
  const match = TYPED_CODE.exec(search);
  return match ? { prefix: match[1]?.toUpperCase() ?? null, number: Number(match[2]) } : { prefix: null, number: null };
}

/**
 * Adds a search of the pseudonym code in `column` to a list's conditions: the code as shown (V-01,
 * or part of it) or as typed (v1, V 1, 1), bound as @like, @number and @prefix. Every list that
 * searches people by their code (people, interviews) finds the same people for the same words.
 * Digits typed on an Arabic or Persian keyboard (V-١٢, ۱۲) are read as the code's 0–9, as search reads them.
 */
export function addCodeSearch(conditions: PageConditions, column: string, search: string): void {
  const typed = foldForSearch(search);
  conditions.where.push(`(${column} LIKE @like ESCAPE '\\'
    OR (${codeNumberSql(column)} = @number AND (@prefix IS NULL OR substr(${column}, 1, 1) = @prefix)))`);
  conditions.params.like = likePattern(typed);
  Object.assign(conditions.params, typedCode(typed));
}
