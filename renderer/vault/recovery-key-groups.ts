/** Groups as the core printed them (`XXXX-XXXX-…`); an ungrouped key is cut into fours so it can be copied by hand. */
export function recoveryKeyGroups(recoveryKey: string): string[] {
  const trimmed = recoveryKey.trim();
  const groups = trimmed.split(/[\s-]+/).filter(Boolean);
  if (groups.length !== 1) return groups;
  return trimmed.match(/.{1,4}/gu) ?? [];
}
