import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace.js';
import { routeWorkspace } from '../../../electron/ipc/workspace-router.js';
import type { MethodOutput } from '../../../shared/contract/index.js';
import { richTextToPlain } from '../../../shared/domain/rich-text.js';
import { testClock } from '../../clock.js';
import { arrangements, at, consent, intake, notes, START, witness } from '../people/people-fixture.js';
import { FLOOR_KDF, listFiles, PASSPHRASE, useTempDirs, valueOf } from './helpers.js';

const tempDir = useTempDirs();
const open: Workspace[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.dispose();
});

const MARKER_STEMS = [
  'Témoin-Ébène',
  'Déposition-Cœur',
  'Victime-Ñandú',
  'Enquêteur-Île',
  'شاهد-الحقيقة',
  'ضحية-مخيم',
  'تحقيق-سري',
  'CFMARKER-ASCII',
  'Zeugin-Größe',
  'Свидетель',
];

/** Unique strings, some accented, some Arabic or Cyrillic, that exist nowhere but in this test's records. */
function plantedMarkers(count = MARKER_STEMS.length): string[] {
  return Array.from(
    { length: count },
    (_, i) => `${MARKER_STEMS[i % MARKER_STEMS.length]}-${randomBytes(6).toString('hex')}`,
  );
}

type Encoding = 'utf8' | 'utf16le' | 'utf16be';
interface Hit {
  file: string;
  marker: string;
  encoding: Encoding;
}

function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  return encoding === 'utf16le' ? le : Buffer.from(le).swap16();
}

/**
 * Every byte of every file, searched for each marker (NFC and NFD), and for its random suffix
 * alone (so a marker cut by a page boundary still shows), in UTF-8, UTF-16LE and UTF-16BE.
 */
function scan(files: string[], markers: string[]): Hit[] {
  const needles: { marker: string; encoding: Encoding; bytes: Buffer }[] = [];
  for (const marker of markers) {
    const forms = new Set([
      marker.normalize('NFC'),
      marker.normalize('NFD'),
      marker.slice(marker.lastIndexOf('-') + 1),
    ]);
    for (const form of forms) {
      for (const encoding of ['utf8', 'utf16le', 'utf16be'] as const)
        needles.push({ marker, encoding, bytes: encode(form, encoding) });
    }
  }
  const hits: Hit[] = [];
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    for (const needle of needles)
      if (bytes.includes(needle.bytes)) hits.push({ file, marker: needle.marker, encoding: needle.encoding });
  }
  return hits;
}

describe('no plaintext on disk', () => {
  it(
    'writes no planted marker to any file, in any encoding, while unlocked (WAL not ' + 'checkpointed) and after lock',
    async () => {
      const root = tempDir();
      const dir = path.join(root, 'vault');
      const ws = openWorkspace({ dir, passphraseKdf: FLOOR_KDF, now: testClock.now });
      open.push(ws);
      const dispatch = routeWorkspace(ws);
      valueOf(await dispatch('vault.create', { passphrase: PASSPHRASE }));
      valueOf(await dispatch('settings.update', { language: 'fr' }));

      // Every kind of record that holds free text or identity, in two cases: each field gets its own marker.
      const perCase = 7;
      const markers = plantedMarkers(2 * perCase);
      for (let round = 0; round < 2; round++) {
        const [title, summary, location, fullName, contact, consentNote, interviewNotes] = markers.slice(
          round * perCase,
          (round + 1) * perCase,
        ) as [string, string, string, string, string, string, string];
        const theCase = valueOf(
          await dispatch(
            'cases.create',
            intake({
              title,
              summary: `Summary: ${summary}. ${'x'.repeat(2000)}`,
              location: { text: `Near ${location}` },
            }),
          ),
        ) as MethodOutput<'cases.create'>;
        const person = valueOf(
          await dispatch('people.add', {
            caseId: theCase.id,
            profile: witness(),
            identity: { fullName, contact: `Call ${contact}` },
          }),
        ) as MethodOutput<'people.add'>;
        valueOf(
          await dispatch('consents.record', { ...consent(person.id, at(START, -90)), note: `Said: ${consentNote}` }),
        );
        const interview = valueOf(
          await dispatch('interviews.plan', { caseId: theCase.id, personId: person.id, arrangements: arrangements() }),
        ) as MethodOutput<'interviews.plan'>;
        valueOf(await dispatch('interviews.markConducted', { interviewId: interview.id, conductedAt: at(START, -60) }));
        valueOf(
          await dispatch('interviews.saveNotes', {
            interviewId: interview.id,
            notes: notes(`Notes: ${interviewNotes}`),
            baseRevision: 0,
          }),
        );
        valueOf(await dispatch('interviews.sign', { interviewId: interview.id }));

        // Each marker really is stored (and readable), so the scan below is not vacuous.
        expect(
          (valueOf(await dispatch('cases.get', { caseId: theCase.id })) as MethodOutput<'cases.get'>).location.text,
        ).toBe(`Near ${location}`);
        const revealed = valueOf(
          await dispatch('people.revealIdentity', { personId: person.id, reason: 'Test of storage' }),
        ) as MethodOutput<'people.revealIdentity'>;
        expect(revealed.identity).toMatchObject({ fullName, contact: `Call ${contact}` });
        const consents = valueOf(
          await dispatch('consents.list', { caseId: theCase.id }),
        ) as MethodOutput<'consents.list'>;
        expect(consents.items.map((item) => item.note)).toEqual([`Said: ${consentNote}`]);
        const signed = valueOf(
          await dispatch('interviews.get', { interviewId: interview.id }),
        ) as MethodOutput<'interviews.get'>;
        expect(richTextToPlain(signed.notes)).toBe(`Notes: ${interviewNotes}`);
      }
      const listed = valueOf(await dispatch('cases.list', {})) as { items: { title: string }[] };
      expect(listed.items.map((item) => item.title).sort()).toEqual([markers[0], markers[perCase]].sort());

      const wal = path.join(dir, 'casefile.db-wal');
      expect(fs.existsSync(wal)).toBe(true);
      expect(fs.statSync(wal).size).toBeGreaterThan(0);
      const whileUnlocked = listFiles(root);
      expect(whileUnlocked.map((f) => path.relative(root, f)).sort()).toEqual(
        ['casefile.db', 'casefile.db-shm', 'casefile.db-wal', 'preferences.json', 'vault.json'].map((f) =>
          path.join('vault', f),
        ),
      );
      expect(scan(whileUnlocked, markers)).toEqual([]);

      valueOf(await dispatch('vault.lock', {}));
      const afterLock = listFiles(root);
      expect(afterLock.length).toBeGreaterThanOrEqual(3);
      expect(scan(afterLock, markers)).toEqual([]);
    },
  );

  it('control: the same scan finds the markers in an unencrypted database, in each encoding', () => {
    const markers = plantedMarkers();
    for (const [pragma, encoding] of [
      ['UTF-8', 'utf8'],
      ['UTF-16le', 'utf16le'],
      ['UTF-16be', 'utf16be'],
    ] as const) {
      const root = tempDir();
      const db = new Database(path.join(root, 'plain.db'));
      db.pragma(`encoding = '${pragma}'`);
      db.pragma('journal_mode = WAL');
      db.exec('CREATE TABLE notes (text TEXT)');
      const insert = db.prepare('INSERT INTO notes VALUES (?)');
      for (const marker of markers) insert.run(marker);
      const hits = scan(listFiles(root), markers);
      db.close();
      expect(new Set(hits.filter((h) => h.encoding === encoding).map((h) => h.marker)), pragma).toEqual(
        new Set(markers),
      );
    }
  });
});
