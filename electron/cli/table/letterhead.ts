import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const letterheadCommand: Command = {
  name: 'letterhead',
  synopsis: 'import FILE.docx | show | reset',
  headline: 'letterhead import|show|reset',
  options: { 'recovery-key-file': recoveryKeyFileOption },
  args: { min: 1, max: 2, names: 'import FILE.docx | show | reset' },
  load: async () => (await import('../commands/letterhead.js')).letterheadImplementation,
};
