import { z } from 'zod';

export const LANGUAGES = ['en', 'fr'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const AUTO_LOCK_MINUTES = { min: 1, max: 240, default: 10 } as const;

/** Workspace preferences. They hold no case data, so they are readable while locked. */
export const Settings = z.object({
  autoLockMinutes: z.number().int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max),
  /** Asks the OS to keep the window out of screenshots and screen sharing. */
  contentProtection: z.boolean(),
  language: Language,
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  autoLockMinutes: AUTO_LOCK_MINUTES.default,
  contentProtection: true,
  language: 'en',
};
