import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { custodyEntryFrom, emptyCustodyForm, personsOf } from '../../../renderer/custody/custody-draft.js';
import { deadlinesOfItem } from '../../../renderer/evidence/deadline-relevance.js';
import {
  changesFromFields,
  emptyEvidenceForm,
  fieldsFromForm,
  formFromRecord,
  type EvidenceForm,
} from '../../../renderer/evidence/evidence-draft.js';
import { formatByteCount, formatBytes, formatSpeed, percentDone } from '../../../renderer/evidence/transfer-figures.js';
import { isQuickCaptureShortcut } from '../../../renderer/quick-capture/use-quick-capture-shortcut.js';
import type { DeadlineItem } from '../../../shared/contract/deadlines.js';
import type { EvidenceRecord } from '../../../shared/contract/evidence.js';
import { catalogT } from './i18n-instance.js';

let t: TFunction;
let tFr: TFunction;
beforeAll(async () => {
  t = await catalogT('en');
  tFr = await catalogT('fr');
});

const NOW = { day: '2026-03-05', time: '09:30' };
const form = (patch: Partial<EvidenceForm> = {}): EvidenceForm => ({
  ...emptyEvidenceForm(NOW, 'Africa/Bangui'),
  type: 'biological',
  description: 'Swabs taken at the clinic, V-01',
  ...patch,
});

describe('the evidence form', () => {
  it('reads the collection time on the clocks of the chosen zone and leaves blank optional fields out', () => {
    const checked = fieldsFromForm(t, form({ collectedBy: '  ', storageLocation: 'Locker 2' }));
    expect(checked).toEqual({
      ok: true,
      fields: {
        type: 'biological',
        description: 'Swabs taken at the clinic, V-01',
        collectedAt: '2026-03-05T08:30:00.000Z',
        timeZone: 'Africa/Bangui',
        copyRole: 'evidentiary_original',
        storageLocation: 'Locker 2',
        status: 'collected',
        confidentiality: 'confidential',
        personIds: [],
        interviewIds: [],
        markers: [],
      },
    });
  });

  it('says in the user’s language which fields are missing or wrong', () => {
    const checked = fieldsFromForm(t, form({ type: '', description: ' ', collected: { day: '2026-03-05', time: '' } }));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.type).toBe('Choose one of the options.');
    expect(checked.errors.description).toBeTruthy();
    expect(checked.errors.collectedAt).toBe('Enter the day and the time of collection.');
    const french = fieldsFromForm(tFr, form({ collected: { day: '', time: '' } }));
    expect(french.ok ? null : french.errors.collectedAt).toBe('Saisissez le jour et l’heure de la collecte.');
  });

  it('asks a working copy for its original, and sends the link only for a copy', () => {
    const copy = fieldsFromForm(t, form({ copyRole: 'working_copy' }));
    expect(copy.ok ? null : copy.errors.originalId).toBe('Choose the evidentiary original this copy was made from.');
    const original = fieldsFromForm(t, form({ copyRole: 'evidentiary_original', originalId: 'left-over-choice' }));
    expect(original.ok).toBe(true);
    if (original.ok) expect(original.fields.originalId).toBeUndefined();
    const linked = fieldsFromForm(t, form({ copyRole: 'working_copy', originalId: 'item-1' }));
    expect(linked.ok && linked.fields.originalId).toBe('item-1');
  });

  it('sends CCTV and phone times only with their marker, and refuses a source found after collection', () => {
    const recordedAt = { ...form().recordedAt, precision: 'day' as const, day: '2026-03-01' };
    const identified = { day: '2026-03-04', time: '18:00' };
    const unmarked = fieldsFromForm(t, form({ recordedAt, identified }));
    expect(unmarked.ok && [unmarked.fields.recordedAt, unmarked.fields.identifiedAt]).toEqual([undefined, undefined]);
    const cctv = fieldsFromForm(t, form({ type: 'photo_video', markers: ['cctv'], recordedAt, identified }));
    expect(cctv.ok && cctv.fields.recordedAt).toEqual({
      precision: 'day',
      from: '2026-03-01',
      timeZone: 'Africa/Bangui',
    });
    expect(cctv.ok && cctv.fields.identifiedAt).toBe('2026-03-04T17:00:00.000Z');
    const late = fieldsFromForm(t, form({ markers: ['phone_data'], identified: { day: '2026-03-06', time: '08:00' } }));
    expect(late.ok ? null : late.errors.identifiedAt).toBe(
      'The source was identified before or when the item was collected, not after.',
    );
    const half = fieldsFromForm(t, form({ markers: ['phone_data'], identified: { day: '2026-03-04', time: '' } }));
    expect(half.ok ? null : half.errors.identifiedAt).toBe('Enter both the day and the time, or leave both empty.');
  });

  it('edits an item as it is stored and clears what was emptied', () => {
    const record = {
      id: 'item-1',
      caseId: 'case-1',
      number: 'E-0001',
      type: 'photo_video',
      description: 'CCTV footage',
      collectedAt: '2026-03-05T08:30:00.000Z',
      timeZone: 'Africa/Bangui',
      collectedBy: 'Investigator Okafor',
      copyRole: 'evidentiary_original',
      storageLocation: 'Vault',
      status: 'in_storage',
      confidentiality: 'strictly_confidential',
      personIds: ['p1'],
      interviewIds: [],
      linkedInterviews: [],
      markers: ['cctv'],
      recordedAt: { precision: 'day', from: '2026-03-01', timeZone: 'Africa/Bangui' },
      createdAt: '2026-03-05T08:31:00.000Z',
      updatedAt: '2026-03-05T08:31:00.000Z',
      copies: [],
      contents: [],
      integrity: 'no_content',
    } satisfies EvidenceRecord;
    const edited = formFromRecord(record, 'UTC');
    expect(edited.collected).toEqual({ day: '2026-03-05', time: '09:30' });
    expect(edited.recordedAt.day).toBe('2026-03-01');
    const checked = fieldsFromForm(t, { ...edited, collectedBy: '', markers: [] });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const changes = changesFromFields(checked.fields);
    expect(changes.collectedBy).toBeNull();
    expect(changes.recordedAt).toBeNull();
    expect(changes.originalId).toBeNull();
    expect(changes.personIds).toEqual(['p1']);
    expect(changes.collectedAt).toBe(record.collectedAt);
  });
});

describe('the custody form', () => {
  const item = { id: 'item-1', hasContent: true };
  const custody = (patch: object) => ({
    ...emptyCustodyForm({ day: '2026-03-05', time: '11:00' }, 'UTC'),
    purpose: 'Transport to the lab',
    ...patch,
  });

  it('splits persons on commas, semicolons and lines', () => {
    expect(personsOf('Investigator Okafor, Investigator Mbeki;\n W-01 \n')).toEqual([
      'Investigator Okafor',
      'Investigator Mbeki',
      'W-01',
    ]);
  });

  it('asks a hand-over for both hands and re-checks the hash by default', () => {
    const missing = custodyEntryFrom(t, custody({ kind: 'handed_over', from: 'Investigator Okafor' }), item);
    expect(missing.ok ? null : missing.errors.to).toBe('A hand-over names who received the item.');
    const complete = custodyEntryFrom(
      t,
      custody({ kind: 'handed_over', from: 'Investigator Okafor', to: 'Lab technician Diallo' }),
      item,
    );
    expect(complete).toEqual({
      ok: true,
      entry: {
        itemId: 'item-1',
        kind: 'handed_over',
        at: '2026-03-05T11:00:00.000Z',
        timeZone: 'UTC',
        from: 'Investigator Okafor',
        to: 'Lab technician Diallo',
        persons: [],
        purpose: 'Transport to the lab',
        recheckHash: true,
      },
    });
  });

  it(
    'asks a sealing for its seal number, keeps a seal only where one applies, and ' +
      'skips the re-check without files',
    () => {
      const unsealed = custodyEntryFrom(t, custody({ kind: 'sealed', persons: 'Investigator Okafor' }), item);
      expect(unsealed.ok ? null : unsealed.errors.sealNumber).toBe('Enter the number of the seal applied.');
      const examined = custodyEntryFrom(t, custody({ kind: 'examined', persons: 'Dr. Lab', sealNumber: 'S-1' }), {
        id: 'item-1',
        hasContent: false,
      });
      expect(examined.ok && examined.entry.sealNumber).toBeUndefined();
      expect(examined.ok && 'recheckHash' in examined.entry).toBe(false);
      const nobody = custodyEntryFrom(t, custody({ kind: 'examined' }), item);
      expect(nobody.ok ? null : nobody.errors.persons).toBe('Name at least one person who acted or witnessed.');
    },
  );
});

describe('figures and countdowns', () => {
  it('word sizes and speeds in the user’s language', () => {
    expect(formatBytes('en', 167_772_160)).toBe('167.8 MB');
    expect(formatBytes('fr', 167_772_160)).toBe('167,8\u202fMo');
    expect(formatBytes('en', 512)).toBe('512 bytes');
    expect(formatSpeed('en', 412_300_000)).toBe('412.3 MB/s');
    expect(formatByteCount('en', 167_772_160)).toBe('167,772,160 bytes');
    expect(percentDone(99, 100)).toBe(99);
    expect(percentDone(999_999, 1_000_000)).toBe(99);
    expect(percentDone(5, 5)).toBe(100);
    // More bytes done than were counted at the start is all done, never more.
    expect(percentDone(1_500, 1_000)).toBe(100);
    expect(percentDone(-1, 5)).toBe(0);
  });
});

describe('the deadlines of an item', () => {
  const deadline = (id: string, concerns: DeadlineItem['concerns']) => ({ id, concerns }) as DeadlineItem;
  const list = [
    deadline('forensic', { kind: 'incident', id: '0', label: 'incident 1' }),
    deadline('cctv-request', { kind: 'evidence', id: 'item-2', label: 'E-0002' }),
    deadline('benchmark', { kind: 'case', id: null, label: 'CF-2026-0001' }),
  ];

  it('are those about it, and for biological evidence the incident windows it is collected against', () => {
    expect(deadlinesOfItem(list, { id: 'item-2', type: 'photo_video' }).map((d) => d.id)).toEqual(['cctv-request']);
    expect(deadlinesOfItem(list, { id: 'item-3', type: 'biological' }).map((d) => d.id)).toEqual(['forensic']);
    expect(deadlinesOfItem(list, { id: 'item-4', type: 'physical' }, new Set(['benchmark'])).map((d) => d.id)).toEqual([
      'benchmark',
    ]);
  });
});

describe('the quick capture shortcut', () => {
  const key = (patch: Partial<KeyboardEvent>) => ({
    key: 'E',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: true,
    ...patch,
  });
  it('is Ctrl+Shift+E, or Cmd+Shift+E, and nothing near it', () => {
    expect(isQuickCaptureShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isQuickCaptureShortcut(key({ metaKey: true, key: 'e' }))).toBe(true);
    expect(isQuickCaptureShortcut(key({ ctrlKey: true, shiftKey: false, key: 'e' }))).toBe(false);
    expect(isQuickCaptureShortcut(key({ ctrlKey: true, altKey: true }))).toBe(false);
    expect(isQuickCaptureShortcut(key({ ctrlKey: true, key: 'L' }))).toBe(false);
  });
});
