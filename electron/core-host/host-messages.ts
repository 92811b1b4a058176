import { z } from 'zod';
import { ApiErrorSchema } from '../../shared/contract/errors.js';
import { LockReason } from '../../shared/contract/events.js';
import { isEventName } from '../../shared/contract/names.js';
import { Settings } from '../../shared/domain/settings.js';

/**
 * What the main thread and the core's worker thread say to each other over the worker's port.
 * Contract calls and their replies travel as the IPC carries them (structured clone of plain
 * data): the worker's router validates the input and the output, as it did in the main process.
 * Each side checks the envelope it receives; a message that does not fit is dropped.
 */

/** A file dialog the core asks the main thread to show (only the main process may open one). */
export const FileQuestion = z.discriminatedUnion('port', [
  z.object({ port: z.literal('chooseFilesToAdd') }),
  z.object({ port: z.literal('chooseExportPath'), suggestedName: z.string() }),
]);
export type FileQuestion = z.infer<typeof FileQuestion>;

/** The user's answers: the files chosen ([] when cancelled), the path to write (null when cancelled). */
export const FilesChosen = z.array(z.string());
export const ExportPathChosen = z.string().nullable();

const RequestId = z.number().int().positive();

/** Main thread → worker. */
export const ToCore = z.discriminatedUnion('kind', [
  /** One contract call, answered by a `reply` with the same id. */
  z.object({ kind: z.literal('call'), id: RequestId, method: z.string(), input: z.unknown() }),
  /** The shell locks (menu, shortcut, suspend, screen lock, quitting). */
  z.object({ kind: z.literal('lock'), reason: LockReason }),
  /** The user's answer to a `files.ask`; `failed` when the dialog could not be shown. */
  z.object({ kind: z.literal('files.answer'), id: RequestId, answer: z.unknown() }),
  z.object({ kind: z.literal('files.failed'), id: RequestId }),
  /** Lock, stop the timers and close: the app quits. Answered by `disposed`. */
  z.object({ kind: z.literal('dispose') }),
]);
export type ToCore = z.infer<typeof ToCore>;

const CallResult = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiErrorSchema }),
]);

/** Worker → main thread. */
export const FromCore = z.discriminatedUnion('kind', [
  /** The workspace is open (locked): calls may come. Carries the preferences, readable while locked. */
  z.object({ kind: z.literal('ready'), settings: Settings }),
  /** The workspace could not be opened: the core's reason (shown in the user's language), if it gave one. */
  z.object({ kind: z.literal('failed'), error: ApiErrorSchema.optional() }),
  z.object({ kind: z.literal('reply'), id: RequestId, result: CallResult }),
  /** A core event (job progress, lock, due deadline), its payload already checked by the core's bus. */
  z.object({
    kind: z.literal('event'),
    event: z.object({ name: z.string().refine(isEventName), payload: z.unknown() }),
  }),
  /** The vault locked or unlocked (the shell reloads the window on a lock). */
  z.object({ kind: z.literal('vault'), state: z.enum(['locked', 'unlocked']), reason: LockReason.optional() }),
  /** The preferences changed (settings.update, a restore): sent before the reply of the call that changed them. */
  z.object({ kind: z.literal('settings'), settings: Settings }),
  z.object({ kind: z.literal('files.ask'), id: RequestId, question: FileQuestion }),
  z.object({ kind: z.literal('disposed') }),
]);
export type FromCore = z.infer<typeof FromCore>;
