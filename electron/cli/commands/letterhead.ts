import type { ImportedLetterhead } from '../../../shared/contract/letterhead.js';
import { runUnlocked, subcommandOf } from '../case-file-options.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { givenFile, runWithGivenFile } from './given-file.js';
import { missionClock, type TimeReader } from '../mission-time.js';
import { cliWords } from '../words.js';

const SUBCOMMANDS = ['import', 'show', 'reset'] as const;

/** The letterhead as a legal officer checks it: its lines, its logo's kind and size, where it came from. */
function describe(letterhead: ImportedLetterhead | null, time: TimeReader): string {
  const words = cliWords().letterhead;
  if (letterhead === null) return words.shipped;
  const picture = letterhead.logo;
  const logo = picture
    ? `${picture.mime === 'image/png' ? 'PNG' : 'JPEG'} ${picture.widthPx}×${picture.heightPx} px`
    : words.noLogo;
  return [
    words.imported(letterhead.sourceName, time(letterhead.importedAt), letterhead.importedBy),
    words.header,
    ...letterhead.lines.map((line) => `  ${line}`),
    words.logo(logo),
    words.footer,
    ...(letterhead.footerLines.length > 0 ? letterhead.footerLines.map((line) => `  ${line}`) : [`  ${words.none}`]),
  ].join('\n');
}

async function importLetterhead(context: CommandContext): Promise<void> {
  const words = cliWords().letterhead;
  const file = givenFile(context, { missing: words.missing, kind: words.kind });
  await runWithGivenFile(context, file, async (session) => {
    const { current } = await session.call('letterhead.import', {});
    context.out.result(`${describe(current, await missionClock(session))}\n${words.inUse}`, { current });
  });
}

async function show(context: CommandContext): Promise<void> {
  await runUnlocked(
    context,
    async () => undefined,
    async (session) => {
      const { current } = await session.call('letterhead.get', {});
      context.out.result(describe(current, await missionClock(session)), { current });
    },
  );
}

async function reset(context: CommandContext): Promise<void> {
  await runUnlocked(
    context,
    async () => undefined,
    async (session) => {
      const { current } = await session.call('letterhead.reset', {});
      context.out.result(cliWords().letterhead.shippedAgain, { current });
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
