import { z } from 'zod';
import { contract, METHOD_NAMES, type MethodName } from '../../../shared/contract/index.js';
import type { MethodSummaries } from '../../../shared/i18n/en/method-summaries.js';
import type { CommandImplementation } from '../command.js';
import { cliLanguage, cliWords, type CliLanguage } from '../words.js';

/** Each language's summaries, loaded when the methods are listed (never for a help page): only the one spoken. */
const SUMMARIES = {
  en: async () => (await import('../../../shared/i18n/en/method-summaries.js')).methodSummaries,
  fr: async () => (await import('../../../shared/i18n/fr/method-summaries.js')).methodSummaries,
  ar: async () => (await import('../../../shared/i18n/ar/method-summaries.js')).methodSummaries,
} satisfies Record<CliLanguage, () => Promise<MethodSummaries>>;

export interface MethodDescription {
  name: MethodName;
  /** What it does, in the command line's language (as every word it prints). */
  summary: string;
  whileLocked: boolean;
  touchesSession: boolean;
  /** JSON Schema of what a caller sends (defaults not yet applied). */
  input: unknown;
  /** JSON Schema of the reply's value. */
  output: unknown;
}

/** The contract as data, for scripts and for people writing `call` input by hand. */
function describeMethods(summaries: MethodSummaries): MethodDescription[] {
  return METHOD_NAMES.map((name) => {
    const spec = contract[name];
    return {
      name,
      summary: summaries[name],
      whileLocked: spec.whileLocked,
      touchesSession: spec.touchesSession !== false,
      // 'any' rather than a throw: one odd schema must not hide the whole list.
      input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
      output: z.toJSONSchema(spec.output, { io: 'output', unrepresentable: 'any' }),
    };
  });
}

/**
 * A listing for developers and integrators, declared so in its first line and in the command's help: each method
 * with what it does in the reader's language, when it works and its input (names and schemas are code, as is).
 */
function humanList(methods: readonly MethodDescription[]): string {
  const width = Math.max(...methods.map((method) => method.name.length));
  const words = cliWords().methods;
  const listed = methods
    .map((method) => {
      const { $schema: _dialect, ...input } = method.input as Record<string, unknown>;
      const locked = method.whileLocked ? words.whileLocked : words.needsUnlocked;
      return [
        `${method.name.padEnd(width)}  ${method.summary}`,
        `  (${locked})`,
        `  ${words.input(JSON.stringify(input))}`,
      ].join('\n');
    })
    .join('\n\n');
  return `${words.forDevelopers}\n\n${listed}`;
}

export const methodsImplementation: CommandImplementation = {
  async run(context) {
    const methods = describeMethods(await SUMMARIES[cliLanguage()]());
    context.out.result(humanList(methods), methods);
  },
};
