/** `aria-describedby` from the ids that apply (pass `hint && hintId`: non-strings are skipped); undefined when none. */
export function describedBy(...ids: unknown[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}
