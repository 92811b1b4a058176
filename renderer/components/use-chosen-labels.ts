import { useCallback, useState } from 'react';

/**
 * The words of the records a search box names by id: those chosen in it since the form opened,
 * else those the form opened with (`known`). A search box shows these words again when focus
 * leaves it, so a record chosen from a search must be remembered here, or the box would empty
 * while the record stays chosen. An id neither chosen nor known has no words: never the id itself.
 */
export function useChosenLabels(known: Readonly<Record<string, string>> = {}) {
  const [chosen, setChosen] = useState<Readonly<Record<string, string>>>({});
  const labelOf = (id: string): string => (id === '' ? '' : (chosen[id] ?? known[id] ?? ''));
  const remember = useCallback((id: string, label: string) => {
    if (id !== '') setChosen((current) => ({ ...current, [id]: label }));
  }, []);
  return { labelOf, remember };
}
