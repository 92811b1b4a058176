import { readFileSync } from 'node:fs';
import type { Contact } from '../../../shared/contract/identity.js';
import { runUnlocked, stringOption, subcommandOf } from '../case-file-options.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { CliFailure, usage } from '../failure.js';
import { cliWords } from '../words.js';

const SUBCOMMANDS = ['add', 'list', 'verify'] as const;

/** One contact: an unverified one says so first, so it is never mistaken for a verified one. */
function describeContact(contact: Contact): string {
  const words = cliWords().contact;
  const { about } = cliWords().line;
  const mark = contact.verified ? words.verified : words.notVerified;
  const role = contact.role === null ? '' : ` (${contact.role})`;
  return [
    `[${mark}] ${contact.name}${role}`,
    ...[
      about(words.recipient, contact.recipient),
      about(words.fingerprint, contact.signingFingerprint),
      about(words.safetyNumber, contact.safetyNumber),
      about(words.id, contact.id),
    ].map((line) => `  ${line}`),
  ].join('\n');
}

function readText(given: string, what: string): string {
  try {
    return readFileSync(given, 'utf8');
  } catch {
    throw new CliFailure('NOT_FOUND', cliWords().contact.unreadable(what, given));
  }
}

async function add(context: CommandContext): Promise<void> {
  const cardFile = stringOption(context, 'card');
  const name = stringOption(context, 'name');
  const role = stringOption(context, 'role');
  const recipient = stringOption(context, 'recipient');
  const keyFile = stringOption(context, 'signing-key');
  const given = (field: string, value: string | undefined) => (value === undefined ? {} : { [field]: value });
  let input;
  if (cardFile !== undefined) {
    input = { card: readText(cardFile, cliWords().contact.card), ...given('name', name), ...given('role', role) };
  } else {
    if (name === undefined || recipient === undefined || keyFile === undefined) {
      throw usage(cliWords().contact.giveCardOrKeys);
    }
    input = {
      name,
      ...given('role', role),
      recipient,
      signingPublicKey: readText(keyFile, cliWords().contact.signingKey),
    };
  }
  await runUnlocked(
    context,
    async () => undefined,
    async (session) => {
      const contact = await session.call('contacts.add', input);
      const words = cliWords().contact;
      const text = [
        words.added,
        describeContact(contact),
        words.compare,
        `  casefile contact verify ${contact.id}`,
      ].join('\n');
      context.out.result(text, contact);
    },
  );
}

async function list(context: CommandContext): Promise<void> {
  await runUnlocked(
    context,
    async () => undefined,
    async (session) => {
      const { items } = await session.call('contacts.list', {});
      const text = items.length === 0 ? cliWords().contact.none : items.map(describeContact).join('\n');
      context.out.result(text, { items });
    },
  );
}

async function verify(context: CommandContext): Promise<void> {
  const id = context.args[1];
  if (id === undefined) throw usage(cliWords().contact.nameIt);
  await runUnlocked(
    context,
    async () => undefined,
    async (session) => {
      const contact = await session.call('contacts.verify', { id });
      context.out.result(`${cliWords().contact.markedVerified}\n${describeContact(contact)}`, contact);
    },
  );
}

const RUNNERS: Record<(typeof SUBCOMMANDS)[number], (context: CommandContext) => Promise<void>> = { add, list, verify };

export const contactImplementation: CommandImplementation = {
  async run(context) {
    await RUNNERS[subcommandOf(context, 'contact', SUBCOMMANDS)](context);
  },
};
