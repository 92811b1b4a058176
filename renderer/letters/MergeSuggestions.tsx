import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

/** A merge field offered for completion: its path (what is written) and its words (what is read). */
interface SuggestedField {
  path: string;
  label: string;
}

/**
 * The list of merge fields offered while a tag is typed after `{{`: each by its words, then its
 * path. Chosen with the keys of the text box (see `suggestionKey`) or with the mouse; the list
 * never takes focus, so the text box keeps its caret.
 */
export function MergeSuggestions<F extends SuggestedField>({
  listId,
  fields,
  active,
  onChoose,
  className,
  listRef,
}: {
  listId: string;
  fields: readonly F[];
  active: number;
  onChoose: (field: F) => void;
  /** A class beside `merge-suggestions` (where the list is placed). */
  className?: string;
  listRef?: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  return (
    <div
      ref={listRef}
      className={className ? `merge-suggestions ${className}` : 'merge-suggestions'}
      id={listId}
      role="listbox"
      aria-label={t('letters.editor.fields')}
    >
      {fields.map((field, index) => (
        // Focus stays in the text box, which points at the active option (aria-activedescendant).
        // eslint-disable-next-line jsx-a11y/interactive-supports-focus -- chosen by the text box's keys
        <div
          key={field.path}
          id={`${listId}-${index}`}
          role="option"
          aria-selected={index === active}
          className={index === active ? 'merge-suggestion merge-suggestion-active' : 'merge-suggestion'}
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(field);
          }}
        >
          {field.label} <span className="mono muted">{field.path}</span>
        </div>
      ))}
    </div>
  );
}
