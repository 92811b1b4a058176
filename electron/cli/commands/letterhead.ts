import type { ImportedLetterhead } from '../../../shared/contract/letterhead.js';
import { runUnlocked, subcommandOf } from '../case-file-options.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { givenFile, runWithGivenFile } from './given-file.js';

const SUBCOMMANDS = ['import', 'show', 'reset'] as const;

/** The letterhead as a legal officer checks it: its lines, its logo's kind and size, where it came from. */
function describe(letterhead: ImportedLetterhead | null): string {
  if (letterhead === null) return 'Letters use the shipped letterhead (none imported).';
  const picture = letterhead.logo;
  const logo = picture
    ? `${picture.mime === 'image/png' ? 'PNG' : 'JPEG'} ${picture.widthPx}×${picture.heightPx} px`
    : 'none';
  return [
    `Letterhead imported from ${letterhead.sourceName} on ${letterhead.importedAt} by ${letterhead.importedBy}.`,
    'Header:',
    ...letterhead.lines.map((line) => `  ${line}`),
    `Logo: ${logo}`,
    'Footer:',
    ...(letterhead.footerLines.length > 0 ? letterhead.footerLines.map((line) => `  ${line}`) : ['  (none)']),
  ].join('\n');
}

async function importLetterhead(context: CommandContext): Promise<void> {
  const file = givenFile(context, {
    missing: 'Name the Word document: casefile letterhead import FILE.docx.',
    kind: 'a Word document (.docx)',
  });
  await runWithGivenFile(context, file, async (session) => {
    const { current } = await session.call('letterhead.import', {});
    context.out.result(`${describe(current)}\nEvery letter not in the discreet form now uses it.`, { current });
  });
}

async function show(context: CommandContext): Promise<void> {
  await runUnlocked(
    context,
    async () => undefined,
    async (session) => {
      const { current } = await session.call('letterhead.get', {});
      context.out.result(describe(current), { current });
    },
  );
}

async function reset(context: CommandContext): Promise<void> {
  await runUnlocked(
    context,
    async () => undefined,
    async (session) => {
      const { current } = await session.call('letterhead.reset', {});
      context.out.result('Letters use the shipped letterhead again.', { current });
    },
  );
}

const RUNNERS: Record<(typeof SUBCOMMANDS)[number], (context: CommandContext) => Promise<void>> = {
  import: importLetterhead,
  show,
  reset,
};

export const letterheadImplementation: CommandImplementation = {
  async run(context) {
    await RUNNERS[subcommandOf(context, 'letterhead', SUBCOMMANDS)](context);
  },
};
