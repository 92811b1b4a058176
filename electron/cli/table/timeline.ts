import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const timelineCommand: Command = {
  name: 'timeline',
  synopsis: 'CASE [--fr]',
  headline: 'timeline CASE',
  options: {
    fr: { type: 'boolean' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'CASE' },
  load: async () => (await import('../commands/timeline.js')).timelineImplementation,
};
