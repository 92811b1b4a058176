import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KDF_FLOORS } from '../../../electron/core/kernel/vault/passphrase-kdf.js';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace.js';
import type { Dispatch } from '../../../electron/ipc/router.js';
import { routeWorkspace } from '../../../electron/ipc/workspace-router.js';
import {
  contract,
  METHOD_NAMES,
  type ErrorCode,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '../../../shared/contract/index.js';
import { manualClock } from '../../clock.js';
import { arrangements, at, consent, intake, notes, START, witness } from '../people/people-fixture.js';
import {
  malformedPayloads,
  PLANTED_SECRET,
  POLLUTION_MARK,
  secretCarryingPayloads,
  undefinedFieldShapes,
  type MalformedPayload,
} from './malformed.js';
import { sampleOf } from './sample-values.js';
import { snapshotVault, type VaultSnapshot } from './vault-snapshot.js';

const PASSPHRASE = 'lantern quarry velvet ostrich 1984';
const MINIMUM_PER_METHOD = 200;

// Generated once: both vault states get the very same payloads.
const payloadsByMethod = new Map(
  METHOD_NAMES.map((name, index) => [name, malformedPayloads(contract[name], 0xca5ef11e + index, MINIMUM_PER_METHOD)]),
);
const secretPayloadsByMethod = new Map(METHOD_NAMES.map((name) => [name, secretCarryingPayloads(contract[name])]));

/** A reply that quotes the planted secret, in any case. */
const echoesSecret = (reply: unknown): boolean =>
  JSON.stringify(reply).toLowerCase().includes(PLANTED_SECRET.toLowerCase());

/** Tables the fixture fills, so that a write slipping past validation into any of them would show. */
const FILLED_TABLES = [
  'cases',
  'case_status_changes',
  'people',
  'person_codes_issued',
  'consent_decisions',
  'interviews',
  'interview_versions',
  'audit_log',
  'search_documents',
];

/**
 * Something in every file and every kind of record: a case, a person with an identity, a consent, a signed interview.
 */
async function fillVault(dispatch: Dispatch): Promise<void> {
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const reply = await dispatch(method, input);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.code}: ${reply.error.message}`);
    return reply.value as MethodOutput<M>;
  };
  await call('vault.create', { passphrase: PASSPHRASE });
  const theCase = await call(
    'cases.create',
    intake({ title: 'Allegation at the fuzzing site', location: { text: 'Near the fuzzing well' } }),
  );
  const person = await call('people.add', {
    caseId: theCase.id,
    profile: witness(),
    identity: { fullName: 'Fuzzing Witness', contact: '+236 00 00 00 00' },
  });
  await call('consents.record', { ...consent(person.id, at(START, -90)), note: 'Consent note of the fuzzing fixture' });
  const interview = await call('interviews.plan', {
    caseId: theCase.id,
    personId: person.id,
    arrangements: arrangements(),
  });
  await call('interviews.markConducted', { interviewId: interview.id, conductedAt: at(START, -60) });
  await call('interviews.saveNotes', {
    interviewId: interview.id,
    notes: notes('Notes of the fuzzing interview'),
    baseRevision: 0,
  });
  await call('interviews.sign', { interviewId: interview.id });
  await call('settings.update', { autoLockMinutes: 17 });
}

const prototypeKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();

function expectUnpolluted(baseline: string[]): void {
  expect(prototypeKeys()).toEqual(baseline);
  expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(JSON.stringify(Object.getPrototypeOf({}))).not.toContain(POLLUTION_MARK);
}

interface Mismatch {
  label: string;
  got: string;
}

/** Sends every payload; returns the ones not answered with the expected code (or that threw). */
async function sendAll(
  dispatch: Dispatch,
  name: string,
  payloads: MalformedPayload[],
  expected: ErrorCode,
): Promise<Mismatch[]> {
  const mismatches: Mismatch[] = [];
  for (const { label, payload } of payloads) {
    try {
      const reply = await dispatch(name, payload);
      if (echoesSecret(reply)) mismatches.push({ label, got: 'a reply quoting the planted secret' });
      else if (reply.ok) mismatches.push({ label, got: 'ok:true' });
      else if (reply.error.code !== expected) mismatches.push({ label, got: reply.error.code });
      // A message is for a person: bounded, so it cannot echo a megabyte of input back.
      else if (typeof reply.error.message !== 'string' || reply.error.message.length > 2000) {
        mismatches.push({ label, got: 'oversized or missing message' });
      }
    } catch (error) {
      mismatches.push({ label, got: `threw ${(error as Error)?.name ?? typeof error}` });
    }
  }
  return mismatches;
}

describe('contract fuzzing through the router over a real vault', () => {
  let dir: string;
  let ws: Workspace;
  let dispatch: Dispatch;
  const internalErrors: string[] = [];
  const baselinePrototype = prototypeKeys();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casefile-fuzz-'));
    // The fixture's records are dated around START: the vault's clock stands just after them.
    ws = openWorkspace({ dir, passphraseKdf: KDF_FLOORS, now: manualClock(START).now });
    dispatch = routeWorkspace(ws, { reportInternalError: (method) => internalErrors.push(method) });
    await fillVault(dispatch);
  });

  afterAll(() => {
    ws?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`has at least ${MINIMUM_PER_METHOD} malformed payloads for every method`, () => {
    for (const name of METHOD_NAMES) {
      const set = payloadsByMethod.get(name);
      expect(set?.payloads.length, name).toBeGreaterThanOrEqual(MINIMUM_PER_METHOD);
      for (const { payload, label } of set?.payloads ?? []) {
        let accepted = false;
        try {
          accepted = contract[name].input.safeParse(payload).success;
        } catch {
          accepted = false;
        }
        expect(accepted, `${name}: ${label}`).toBe(false);
      }
    }
  });

  it('plants a secret in refused input of every method: as a key name, and as a value of each field', () => {
    for (const name of METHOD_NAMES) {
      const labels = (secretPayloadsByMethod.get(name) ?? []).map((payload) => payload.label);
      expect(labels, name).toContain('extra key named with the secret');
      for (const { payload, label } of secretPayloadsByMethod.get(name) ?? []) {
        expect(contract[name].input.safeParse(payload).success, `${name}: ${label}`).toBe(false);
      }
    }
    expect(secretPayloadsByMethod.get('vault.unlock')?.map((payload) => payload.label)).toContain(
      'passphrase is the secret in an array',
    );
  });

  for (const state of ['unlocked', 'locked'] as const) {
    describe(`with the vault ${state}`, () => {
      let before: VaultSnapshot;

      beforeAll(async () => {
        if (state === 'locked') ws.lock('user');
        expect(ws.isUnlocked()).toBe(state === 'unlocked');
        before = await snapshotVault(dir, PASSPHRASE);
      });

      for (const name of METHOD_NAMES) {
        const expected: ErrorCode = state === 'locked' && !contract[name].whileLocked ? 'VAULT_LOCKED' : 'VALIDATION';
        it(`${name}: every malformed payload is answered ${expected}`, async () => {
          const payloads = [
            ...(payloadsByMethod.get(name)?.payloads ?? []),
            ...(secretPayloadsByMethod.get(name) ?? []),
          ];
          expect(await sendAll(dispatch, name, payloads, expected)).toEqual([]);
          expect(ws.isUnlocked()).toBe(state === 'unlocked');
          expectUnpolluted(baselinePrototype);
        });
      }

      it('leaves the vault exactly as it was, with nothing reported as an internal error', async () => {
        const after = await snapshotVault(dir, PASSPHRASE);
        expect(after).toEqual(before);
        // Not vacuous: the snapshot really holds the fixture's records, in every table it filled.
        expect(
          Object.values(before.tables)
            .flat()
            .some((row) => row.includes('Allegation at the fuzzing site')),
        ).toBe(true);
        for (const table of FILLED_TABLES) expect(before.tables[table]?.length ?? 0, table).toBeGreaterThan(0);
        expect(before.files['preferences.json']).not.toBeNull();
        expect(internalErrors).toEqual([]);
      });
    });
  }

  // Last: these inputs are valid, so they may change the vault the blocks above compare.
  describe('valid input with optional fields present but undefined (IPC keeps such keys)', () => {
    const unlock = async () => {
      if (!ws.isUnlocked())
        expect(await dispatch('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE })).toMatchObject({
          ok: true,
        });
    };

    it('settings.update with a field present but undefined keeps that setting', async () => {
      await unlock();
      for (const key of ['autoLockMinutes', 'contentProtection', 'language'] as const) {
        const reply = await dispatch('settings.update', { [key]: undefined });
        expect(reply, key).toEqual({ ok: true, value: ws.settings() });
        expect(ws.settings().autoLockMinutes, key).toBe(17);
      }
    });

    for (const name of METHOD_NAMES) {
      it(`${name}: never answered INTERNAL`, async () => {
        const shapes = undefinedFieldShapes(
          contract[name],
          sampleOf(contract[name].input, name) as Record<string, unknown>,
        );
        expect(shapes.length, name).toBeGreaterThan(0);
        for (const { label, payload } of shapes) {
          await unlock();
          const before = internalErrors.length;
          const reply = await dispatch(name, payload);
          expect(reply.ok ? 'ok' : reply.error.code, `${name}: ${label}`).not.toBe('INTERNAL');
          expect(internalErrors.slice(before), `${name}: ${label}`).toEqual([]);
        }
      });
    }
  });

  it('answers UNKNOWN_METHOD for a method outside the contract', async () => {
    for (const name of ['vault.destroy', 'cases.delete', '__proto__', 'constructor', 'cases.list ', 'CASES.LIST']) {
      const reply = await dispatch(name, {});
      expect(reply, name).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });
});
