import { z } from 'zod';

export const LANGUAGES = ['en', 'fr', 'ar'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const AUTO_LOCK_MINUTES = { min: 1, max: 240, default: 10 } as const;
/** After how many days without a backup the app reminds the investigator to make one. */
export const BACKUP_REMINDER_DAYS = { min: 1, max: 365, default: 7 } as const;

/** Workspace preferences. They hold no case data, so they are readable while locked. */
export const Settings = z.object({
  autoLockMinutes: z.number().int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max),
  /** Asks the OS to keep the window out of screenshots and screen sharing. */
  contentProtection: z.boolean(),
  language: Language,
  backupReminderDays: z.number().int().min(BACKUP_REMINDER_DAYS.min).max(BACKUP_REMINDER_DAYS.max),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  autoLockMinutes: AUTO_LOCK_MINUTES.default,
  contentProtection: true,
  language: 'en',
  backupReminderDays: BACKUP_REMINDER_DAYS.default,
};
