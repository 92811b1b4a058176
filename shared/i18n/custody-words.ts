import type { CustodyEvent, CustodyPartyRole } from '../domain/evidence.js';
import type { MessageParams } from './catalogue.js';

/** A sentence of the message catalogue in the reader's language, by its key under `custodyTransfer`. */
type Say = (key: string, params?: MessageParams) => string;

/** What a custody event says of its purpose and holders, in the reader's language. */
export interface CustodyEventWords {
  purpose: string;
  from?: string;
  to?: string;
}

function partyWords(say: Say, role: CustodyPartyRole | undefined, holder: string | undefined): string | undefined {
  if (role === undefined) return holder; // a name a person wrote, as written
  if (role === 'passphrase_holder') return say('custodyTransfer.passphraseHolder');
  const named = role === 'vault' ? 'custodyTransfer.vault' : 'custodyTransfer.unknownSender';
  return holder === undefined ? say(`${named}Unnamed`) : say(named, { fingerprint: holder });
}

/**
 * A custody event's purpose and holders as a reader sees them: what a person recorded, as written; the
 * codes of a bundle hand-over (migration 0030) in the words of the reader's language, so a French report
 * of an item received in a bundle reads in French.
 */
export function custodyEventWords(
  say: Say,
  event: Pick<CustodyEvent, 'purpose' | 'purposeCode' | 'from' | 'to' | 'fromRole' | 'toRole'>,
): CustodyEventWords {
  const purpose =
    event.purposeCode === undefined
      ? event.purpose
      : say(event.purposeCode === 'bundle_sent' ? 'custodyTransfer.sent' : 'custodyTransfer.received');
  const from = partyWords(say, event.fromRole, event.from);
  const to = partyWords(say, event.toRole, event.to);
  return { purpose, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}
