/** One field a form marked invalid: its element id, the name a person knows it by, and its message. */
export interface FieldProblem {
  id: string;
  label: string;
  message: string;
}

/** The fields of `form` marked aria-invalid, in the order they are drawn (the order to fix them in). */
export function invalidFieldsOf(form: HTMLElement): FieldProblem[] {
  return Array.from(form.querySelectorAll<HTMLElement>('[aria-invalid="true"]'))
    .filter((field) => field.id !== '' && field.closest('[hidden]') === null)
    .map((field) => ({ id: field.id, label: fieldName(field), message: fieldMessage(field) }));
}

export function sameProblems(a: readonly FieldProblem[], b: readonly FieldProblem[]): boolean {
  return (
    a.length === b.length &&
    a.every((problem, index) => {
      const other = b[index]!;
      return problem.id === other.id && problem.label === other.label && problem.message === other.message;
    })
  );
}

/** Text as read aloud: decorations hidden from assistive technology (the required mark) left out. */
function spokenText(element: Element | null | undefined): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function textOfIds(ids: string | null): string {
  return (ids ?? '')
    .split(/\s+/)
    .map((id) => spokenText(id ? document.getElementById(id) : null))
    .filter(Boolean)
    .join(' ');
}

/**
 * The field's own label, after the legend of the group it belongs to when that group is a small
 * one ("Incident date 2 — Time", "When — Day"); sections of a form (`fieldset-box`) are left out.
 */
function fieldName(field: HTMLElement): string {
  const labelled = field as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> | null };
  const own =
    field.getAttribute('aria-label') ??
    (textOfIds(field.getAttribute('aria-labelledby')) || spokenText(labelled.labels?.[0]));
  const group = field.closest('fieldset');
  const legend =
    group && !group.classList.contains('fieldset-box') ? spokenText(group.querySelector(':scope > legend')) : '';
  if (legend && own && legend !== own) return `${legend} — ${own}`;
  return own || legend;
}

/** The field's error message: what it is described by that is drawn as an error. */
function fieldMessage(field: HTMLElement): string {
  return (field.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? document.getElementById(id) : null))
    .filter((element): element is HTMLElement => element !== null && element.classList.contains('field-error'))
    .map((element) => spokenText(element))
    .join(' ');
}
