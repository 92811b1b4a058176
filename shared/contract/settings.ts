import { z } from 'zod';
import { Settings } from '../domain/settings.js';
import { method } from './define.js';

export const settingsMethods = {
  'settings.get': method({
    input: z.object({}).strict(),
    output: Settings,
    whileLocked: true,
    touchesSession: false,
  }),
  'settings.update': method({
    input: Settings.partial().strict(),
    output: Settings,
    whileLocked: false,
  }),
};
