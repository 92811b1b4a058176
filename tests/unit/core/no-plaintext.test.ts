import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace.js';
import { routeWorkspace } from '../../../electron/ipc/workspace-router.js';
import { FLOOR_KDF, listFiles, PASSPHRASE, useTempDirs, valueOf } from './helpers.js';

const tempDir = useTempDirs();
const open: Workspace[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.dispose();
});

/** Ten unique strings, some accented, some Arabic, that exist nowhere but in this test's records. */
function plantedMarkers(): string[] {
  const suffix = () => randomBytes(6).toString('hex');
  return [
    `Témoin-Ébène-${suffix()}`,
    `Déposition-Cœur-${suffix()}`,
    `Victime-Ñandú-${suffix()}`,
    `Enquêteur-Île-${suffix()}`,
    `شاهد-الحقيقة-${suffix()}`,
    `ضحية-مخيم-${suffix()}`,
    `تحقيق-سري-${suffix()}`,
    `CFMARKER-ASCII-${suffix()}`,
    `Zeugin-Größe-${suffix()}`,
    `Свидетель-${suffix()}`,
  ];
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
    const forms = new Set([marker.normalize('NFC'), marker.normalize('NFD'), marker.slice(marker.lastIndexOf('-') + 1)]);
    for (const form of forms) {
      for (const encoding of ['utf8', 'utf16le', 'utf16be'] as const) needles.push({ marker, encoding, bytes: encode(form, encoding) });
    }
  }
  const hits: Hit[] = [];
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    for (const needle of needles) if (bytes.includes(needle.bytes)) hits.push({ file, marker: needle.marker, encoding: needle.encoding });
  }
  return hits;
}

describe('no plaintext on disk', () => {
  it('writes no planted marker to any file, in any encoding, while unlocked (WAL not checkpointed) and after lock', async () => {
    const root = tempDir();
    const dir = path.join(root, 'vault');
    const ws = openWorkspace({ dir, passphraseKdf: FLOOR_KDF });
    open.push(ws);
    const dispatch = routeWorkspace(ws);
    valueOf(await dispatch('vault.create', { passphrase: PASSPHRASE }));
    valueOf(await dispatch('settings.update', { language: 'fr' }));

    const markers = plantedMarkers();
    for (let i = 0; i < markers.length; i += 2) {
      valueOf(await dispatch('cases.create', { title: markers[i], summary: `Summary: ${markers[i + 1]}. ${'x'.repeat(2000)}` }));
    }
    const listed = valueOf(await dispatch('cases.list', {})) as { items: { title: string }[] };
    expect(listed.items.map((item) => item.title).sort()).toEqual(markers.filter((_, i) => i % 2 === 0).sort());

    const wal = path.join(dir, 'casefile.db-wal');
    expect(fs.existsSync(wal)).toBe(true);
    expect(fs.statSync(wal).size).toBeGreaterThan(0);
    const whileUnlocked = listFiles(root);
    expect(whileUnlocked.map((f) => path.relative(root, f)).sort()).toEqual(
      ['casefile.db', 'casefile.db-shm', 'casefile.db-wal', 'preferences.json', 'vault.json'].map((f) => path.join('vault', f)),
    );
    expect(scan(whileUnlocked, markers)).toEqual([]);

    valueOf(await dispatch('vault.lock', {}));
    const afterLock = listFiles(root);
    expect(afterLock.length).toBeGreaterThanOrEqual(3);
    expect(scan(afterLock, markers)).toEqual([]);
  });

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
      expect(new Set(hits.filter((h) => h.encoding === encoding).map((h) => h.marker)), pragma).toEqual(new Set(markers));
    }
  });
});
