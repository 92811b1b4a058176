import { z } from 'zod';
import { Settings } from '../domain/settings.js';
import { method } from './define.js';

export const settingsMethods = {
  'settings.get': method({
    summary: 'Workspace preferences (auto-lock, content protection, language).',
    input: z.object({}).strict(),
    output: Settings,
    whileLocked: true,
    touchesSession: false,
  }),
  'settings.update': method({
    summary: 'Change some preferences; returns them all.',
    input: Settings.partial().strict(),
    output: Settings,
    whileLocked: false,
  }),
};
