import { INVESTIGATIVE_ACTION_KINDS, INVESTIGATIVE_ACTION_STATUSES } from '../domain/investigation.js';
import type { MessageParams } from './catalogue.js';
import { messageText } from './messages.js';

/** A sentence of the message catalogue in the reader's language. */
type Say = (key: string, params?: MessageParams) => string;

/** The core's closing sentences by their English words, with the key and params that word them. */
let known: ReadonlyMap<string, { key: string; params?: MessageParams }> | undefined;

function coreClosures(): ReadonlyMap<string, { key: string; params?: MessageParams }> {
  if (known) return known;
  const closures = new Map<string, { key: string; params?: MessageParams }>();
  closures.set(messageText('en', 'deadlineReasons.replyReceived'), { key: 'deadlineReasons.replyReceived' });
  for (const kind of INVESTIGATIVE_ACTION_KINDS) {
    for (const status of INVESTIGATIVE_ACTION_STATUSES) {
      const params = { kind, status };
      closures.set(messageText('en', 'deadlineReasons.investigativeAction', params), {
        key: 'deadlineReasons.investigativeAction',
        params,
      });
    }
  }
  known = closures;
  return closures;
}

/**
 * What closed a deadline, as the core stores it when a recorded act answers it (the catalogue's English, as
 * every closing action is stored as text), read back in the reader's language; an action a person wrote
 * stays as written. The core's sentences are few and fixed, so each is known by its English words.
 */
export function deadlineClosureText(say: Say, action: string): string {
  const closure = coreClosures().get(action);
  return closure === undefined ? action : say(closure.key, closure.params);
}
