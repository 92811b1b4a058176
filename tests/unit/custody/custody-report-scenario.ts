import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  addFile,
  at,
  bytesWithMarker,
  objectFiles,
  openCase,
  START,
  writeSource,
  type EvidenceFile,
} from '../evidence/evidence-fixture.js';
import type { ItemWithChain } from '../../../electron/core/evidence/evidence-store.js';

/** An item as a report prints it: the item, and its whole chain read apart (evidence.get never carries it). */
export async function itemWithChain(ef: EvidenceFile, itemId: string): Promise<ItemWithChain> {
  const item = await ef.call('evidence.get', { itemId });
  const { items } = await ef.call('custody.list', { itemId });
  return { ...item, custody: items };
}

/**
 * An item whose report has something in every place a report can print: a working copy, a
 * collection site and collector, a storage place, CCTV markers with their dates, two files, a
 * seal, a hand-over, a note in Arabic, a matching and a failed hash re-check.
 */
export async function itemWithEveryDetail(ef: EvidenceFile) {
  const theCase = await openCase(ef);
  const item = await ef.call('evidence.create', {
    caseId: theCase.id,
    type: 'photo_video',
    description: 'CCTV export from the water point camera',
    collectedAt: at(START, -300),
    timeZone: 'Africa/Bangui',
    collectedWhere: { text: 'Water point, PK5, Bangui', confidentiality: 'confidential' },
    collectedBy: 'Investigator One',
    storageLocation: 'Evidence locker 3, Bangui field office',
    confidentiality: 'confidential',
    markers: ['cctv'],
    recordedAt: { precision: 'day', from: '2026-03-08', timeZone: 'Africa/Bangui' },
    identifiedAt: at(START, -600),
  });
  const first = writeSource(ef, bytesWithMarker(200_000, 'V'), 'camera-export.mp4');
  const second = writeSource(ef, bytesWithMarker(3_000, 'L'), 'camera-log.txt');
  await addFile(ef, item.id, first);
  await addFile(ef, item.id, second);
  const copy = await ef.call('evidence.create', {
    caseId: theCase.id,
    type: 'photo_video',
    description: 'Working copy for review',
    collectedAt: at(START, -280),
    copyRole: 'working_copy',
    originalId: item.id,
    storageLocation: 'Encrypted laptop',
  });
  await ef.call('custody.add', {
    itemId: item.id,
    kind: 'collected',
    at: at(START, -270),
    timeZone: 'Africa/Bangui',
    persons: ['Investigator One'],
    purpose: 'Exported from the camera recorder',
    location: 'Field office, Bangui',
  });
  await ef.call('custody.add', {
    itemId: item.id,
    kind: 'sealed',
    at: at(START, -260),
    persons: ['Investigator One', 'Witness Two'],
    purpose: 'Sealed in an evidence bag',
    sealNumber: 'MINUSCA-SEAL-004417',
    note: 'ملاحظة: تم فحص الختم وهو سليم',
  });
  await ef.call('custody.add', {
    itemId: item.id,
    kind: 'handed_over',
    at: at(START, -200),
    from: 'Investigator One',
    to: 'Lab technician Diallo',
    purpose: 'Forensic review of the footage',
  });
  // The first file damaged on disk: the next re-check fails.
  const objects = objectFiles(ef).map((name) => path.join(ef.objectsDir, name));
  const largest = objects.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0]!;
  const damaged = fs.readFileSync(largest);
  damaged[damaged.length - 5] = damaged[damaged.length - 5]! ^ 0xff;
  fs.writeFileSync(largest, damaged);
  await ef.call('custody.add', {
    itemId: item.id,
    kind: 'examined',
    at: at(START, -100),
    persons: ['Lab technician Diallo'],
    purpose: 'Frame-by-frame review',
    recheckHash: true,
  });
  return { theCase, item: await itemWithChain(ef, item.id), copy };
}
