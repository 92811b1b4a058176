import type { z } from 'zod';
import { fieldProblemsOf } from '../../shared/contract/index.js';
import { fieldProblemText } from '../../shared/i18n/messages.js';
import { cliLanguage, cliWords } from './words.js';

/**
 * A refused input in one line for the terminal, in the command line's language, in the catalogue's words (the same the
 * app shows): each problem at the place the person typed it — the option (`--received`) where
 * `nameOf` knows one, else the field's declared name. Never a value or an unknown key from the input.
 */
export function describeRefusedInput(
  error: z.ZodError,
  input: unknown,
  nameOf: (path: readonly PropertyKey[]) => string | undefined = () => undefined,
): string {
  const line = cliWords().line;
  const problems = fieldProblemsOf(error, input)
    .slice(0, 5)
    .map(({ path, problem, params }) =>
      line.about(
        nameOf(path) ?? (path.length > 0 ? path.join('.') : cliWords().input.wholeInput),
        fieldProblemText(cliLanguage(), problem, params),
      ),
    );
  return line.facts(problems);
}
