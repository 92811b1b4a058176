import { PaternityChildFields, type PaternityChild } from '../../../shared/domain/paternity.js';
import type { UncertainDate } from '../../../shared/domain/uncertain-date.js';
import { labelText } from '../../../shared/i18n/labels.js';
import {
  checked,
  readInputObject,
  resolveCase,
  resolvePerson,
  runUnlocked,
  stringOption,
  subcommandOf,
} from '../case-file-options.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { CliFailure, usage } from '../failure.js';
import type { VaultSession } from '../session.js';
import { cliLanguage, cliWords } from '../words.js';

/** Each field set by option, as the person types it (for messages about that field). */
const CHILD_OPTION_NAMES: Readonly<Record<string, string>> = {
  motherId: '--mother PERSON',
  subjectId: '--subject PERSON',
  birth: '--born DATE',
  reportedOn: '--reported-on DATE',
  status: '--status STATUS',
  'dna.sampleTakenOn': '--dna-taken DATE',
  'dna.sampleSentOn': '--dna-sent DATE',
  'dna.result': '--dna-result RESULT',
  'dna.resultOn': '--dna-result-on DATE',
  'memberStateContact.state': '--state NAME',
  'memberStateContact.on': '--contacted-on DATE',
  'memberStateContact.how': '--contact-how HOW',
  'support.amount': '--support-amount TEXT',
  'support.orderedOn': '--support-ordered-on DATE',
  'support.lastPaidOn': '--support-paid-on DATE',
};

const FIELD_OPTIONS = Object.values(CHILD_OPTION_NAMES).map((name) => name.split(' ')[0]!.slice(2));

/** A birth as precise as it is known: 2025-11-20, 2025-11, 2025, or unknown. */
function birthOption(context: CommandContext): UncertainDate | undefined {
  const value = stringOption(context, 'born');
  if (value === undefined) return undefined;
  if (value === 'unknown') return { precision: 'unknown' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { precision: 'day', from: value };
  if (/^\d{4}-\d{2}$/.test(value)) return { precision: 'month', from: value };
  if (/^\d{4}$/.test(value)) return { precision: 'year', from: value };
  throw usage(cliWords().paternity.born);
}

/** The options given, laid over `base` (an existing record's fields when updating). */
function fieldsFromOptions(context: CommandContext, base: Record<string, unknown>): Record<string, unknown> {
  const option = (name: string) => stringOption(context, name);
  const merged = (key: string, entries: Record<string, string | undefined>) => {
    const given = Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
    return Object.keys(given).length === 0 ? base[key] : { ...(base[key] as object | undefined), ...given };
  };
  const birth = birthOption(context);
  const fields: Record<string, unknown> = {
    ...base,
    ...(option('mother') === undefined ? {} : { motherId: option('mother') }),
    ...(option('subject') === undefined ? {} : { subjectId: option('subject') }),
    ...(birth === undefined ? {} : { birth }),
    ...(option('reported-on') === undefined ? {} : { reportedOn: option('reported-on') }),
    ...(option('status') === undefined ? {} : { status: option('status') }),
    dna: merged('dna', {
      sampleTakenOn: option('dna-taken'),
      sampleSentOn: option('dna-sent'),
      result: option('dna-result'),
      resultOn: option('dna-result-on'),
    }),
    memberStateContact: merged('memberStateContact', {
      state: option('state'),
      on: option('contacted-on'),
      how: option('contact-how'),
    }),
    support: merged('support', {
      amount: option('support-amount'),
      orderedOn: option('support-ordered-on'),
      lastPaidOn: option('support-paid-on'),
    }),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** One line per child: codes, status and the dated steps; never the note, the State's name or an amount. */
function describeChild(child: PaternityChild): string {
  const words = cliWords().paternity;
  const language = cliLanguage();
  const { dna, memberStateContact: contact, support } = child;
  const steps = [
    dna.sampleTakenOn && words.sampleTaken(dna.sampleTakenOn),
    dna.sampleSentOn && words.sampleSent(dna.sampleSentOn),
    dna.result && words.result(labelText(language, 'dnaResult', dna.result), dna.resultOn ?? ''),
    contact && words.stateContacted(contact.on, labelText(language, 'stateContactChannel', contact.how)),
    support.orderedOn && words.supportOrdered(support.orderedOn),
    support.lastPaidOn && words.supportPaid(support.lastPaidOn),
  ].filter((step): step is string => Boolean(step));
  const status = labelText(language, 'paternityChildStatus', child.status);
  const line = cliWords().line;
  return `${line.about(words.child(child.code, child.motherCode, child.subjectCode), line.facts([status, ...steps]))}.`;
}

async function childOfCase(session: VaultSession, theCase: { id: string; reference: string }, ref: string) {
  const { items } = await session.call('paternity.list', { caseId: theCase.id });
  const child = items.find((item) => item.code === ref || item.id === ref);
  if (!child) throw new CliFailure('NOT_FOUND', cliWords().paternity.noSuchChild(ref, theCase.reference));
  return child;
}

/** People given by code (V-01, S-01) become ids of the case; ids pass through. */
async function withPeopleResolved(
  session: VaultSession,
  theCase: { id: string; reference: string },
  fields: Record<string, unknown>,
) {
  const resolve = async (key: string) =>
    typeof fields[key] === 'string' ? { [key]: await resolvePerson(session, theCase, fields[key]) } : {};
  return { ...fields, ...(await resolve('motherId')), ...(await resolve('subjectId')) };
}

export const paternityImplementation: CommandImplementation = {
  async run(context) {
    const verb = subcommandOf(context, 'paternity', ['add', 'update', 'list'] as const);
    const caseRef = stringOption(context, 'case');
    if (caseRef === undefined) throw usage(cliWords().input.giveCase);
    if (verb === 'list') {
      await runUnlocked(
        context,
        async () => undefined,
        async (session) => {
          const theCase = await resolveCase(session, caseRef);
          const { items } = await session.call('paternity.list', { caseId: theCase.id });
          const lines = items.length === 0 ? [cliWords().paternity.none(theCase.reference)] : items.map(describeChild);
          context.out.result(lines.join('\n'), { items });
        },
      );
      return;
    }
    const childRef = stringOption(context, 'child');
    if (verb === 'update' && childRef === undefined) throw usage(cliWords().paternity.giveChild);
    await runUnlocked(
      context,
      async () => {
        const input = await readInputObject(context);
        const given = FIELD_OPTIONS.filter((name) => context.options[name] !== undefined);
        if (input !== undefined && given.length > 0) {
          throw usage(cliWords().paternity.notBoth(given[0] ?? ''));
        }
        return input;
      },
      async (session, input) => {
        const theCase = await resolveCase(session, caseRef);
        if (verb === 'add') {
          const fields = input ?? fieldsFromOptions(context, { birth: { precision: 'unknown' }, status: 'reported' });
          const child = checked(
            PaternityChildFields,
            await withPeopleResolved(session, theCase, fields),
            cliWords().paternity.what,
            input === undefined ? CHILD_OPTION_NAMES : {},
          );
          const added = await session.call('paternity.add', { caseId: theCase.id, child });
          context.out.result(cliWords().paternity.recorded(theCase.reference, describeChild(added)), added);
          return;
        }
        const before = await childOfCase(session, theCase, childRef!);
        const { id: _id, caseId: _case, code: _code, motherCode: _m, subjectCode: _s, ...current } = before;
        const { createdAt: _created, updatedAt: _updated, ...editable } = current;
        const fields = input ?? fieldsFromOptions(context, editable);
        const child = checked(
          PaternityChildFields,
          await withPeopleResolved(session, theCase, fields),
          cliWords().paternity.what,
          input === undefined ? CHILD_OPTION_NAMES : {},
        );
        const updated = await session.call('paternity.update', { childId: before.id, child });
        context.out.result(cliWords().paternity.updated(theCase.reference, describeChild(updated)), updated);
      },
    );
  },
};
