import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const timelineCommand: Command = {
  name: 'timeline',
  synopsis: 'CASE [--fr]',
  headline: 'timeline CASE',
  summary:
    "A case's chronology: incidents, milestones, interviews, evidence, custody, status changes and manual events.",
  options: {
    fr: { type: 'boolean', description: 'Derived titles and the ordering note in French.' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'CASE' },
  load: async () => (await import('../commands/timeline.js')).timelineImplementation,
};
