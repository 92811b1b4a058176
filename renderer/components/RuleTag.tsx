import type { RuleId } from '../../shared/principles/finding.js';

/** A principle's number (R5) as a small tag: the same in every language, like a statute's article. */
export function RuleTag({ rule }: { rule: RuleId }) {
  return <strong className="rule-tag">{rule}</strong>;
}
