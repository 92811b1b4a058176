import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ERROR_REASONS } from '../../../shared/i18n/catalogue-keys.js';
import { messageText } from '../../../shared/i18n/messages.js';
import {
  FileError,
  fileFailure,
  fileProblemOf,
  type FilePlace,
  type FileProblem,
} from '../../../electron/core/kernel/files/io-errors.js';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings.js';
import { writePreferences } from '../../../electron/core/kernel/preferences.js';
import { parseKeyFile, writeKeyFile } from '../../../electron/core/kernel/vault/key-file.js';
import { addFile, openCase, useEvidenceFiles, writeSource, type EvidenceFile } from '../evidence/evidence-fixture.js';

// Every export and report writes through the one private-file service: failing it here with an
// operating-system error shows what each of them tells the person, and that it is the same.
const injected = vi.hoisted(() => ({ code: null as string | null }));
vi.mock('../../../electron/core/kernel/files/private-files.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../electron/core/kernel/files/private-files.js')>();
  const failIfAsked = (): void => {
    if (injected.code === null) return;
    // Shaped like Node's own: the message names the path, which must never reach the person.
    const where = '/media/usb/Zuleika-statement.pdf';
    throw Object.assign(new Error(`${injected.code}: operation failed, open '${where}'`), {
      code: injected.code,
      syscall: 'open',
      path: where,
    });
  };
  return {
    ...actual,
    writeFileAtomic: (...args: Parameters<typeof actual.writeFileAtomic>) => {
      failIfAsked();
      return actual.writeFileAtomic(...args);
    },
    writeFileAtomicFrom: async <T>(...args: Parameters<typeof actual.writeFileAtomicFrom<T>>) => {
      failIfAsked();
      return actual.writeFileAtomicFrom(...args);
    },
  };
});

/** What the same disk error must mean wherever a person exports or saves a file. */
const AT_A_CHOSEN_DESTINATION: Record<string, { problem: FileProblem; code: string }> = {
  ENOSPC: { problem: 'disk_full', code: 'INTERNAL' },
  EDQUOT: { problem: 'disk_full', code: 'INTERNAL' },
  EFBIG: { problem: 'disk_full', code: 'INTERNAL' },
  EACCES: { problem: 'destination_unwritable', code: 'VALIDATION' },
  EPERM: { problem: 'destination_unwritable', code: 'VALIDATION' },
  EROFS: { problem: 'destination_unwritable', code: 'VALIDATION' },
  EISDIR: { problem: 'destination_unwritable', code: 'VALIDATION' },
  ENOENT: { problem: 'destination_missing', code: 'NOT_FOUND' },
  ENOTDIR: { problem: 'destination_missing', code: 'NOT_FOUND' },
  EEXIST: { problem: 'destination_exists', code: 'CONFLICT' },
  EIO: { problem: 'write_failed', code: 'INTERNAL' },
};

const thrown = (act: () => unknown): unknown => {
  try {
    act();
  } catch (error) {
    return error;
  }
  return null;
};

/** A well-formed key file (what vault.create writes), for writing somewhere it cannot go. */
function readFixtureKeyFile(): string {
  const zeros = (bytes: number) => Buffer.alloc(bytes).toString('base64');
  const wrapped = { nonce: zeros(12), ciphertext: zeros(32), tag: zeros(16) };
  return JSON.stringify({
    magic: 'casefile-vault',
    formatVersion: 1,
    vaultId: '7d0c1a36-6f5e-4d1e-9f43-3c2b1a0f9e8d',
    createdAt: '2026-03-10T09:00:00.000Z',
    database: { cipher: 'chacha20' },
    dataKey: {
      passphrase: {
        kdf: { algorithm: 'argon2id', version: 19, memoryKiB: 65536, iterations: 3, parallelism: 1, salt: zeros(16) },
        ...wrapped,
      },
      recoveryKey: { kdf: { algorithm: 'hkdf-sha256', salt: zeros(32) }, ...wrapped },
    },
  });
}

const errno = (code: string) => Object.assign(new Error(`${code}: at /home/someone/victim.pdf`), { code });

describe('one mapping from I/O failures to error codes (kernel/files/io-errors.ts)', () => {
  it('gives each problem a catalogued reason in English and French that names no path and no system code', () => {
    const places: FilePlace[] = ['store', 'destination', 'new-folder', 'source'];
    const codes = [...Object.keys(AT_A_CHOSEN_DESTINATION), 'ELOOP'];
    for (const place of places) {
      for (const code of codes) {
        const error = fileFailure(errno(code), place) as FileError;
        expect(error, `${place} ${code}`).toBeInstanceOf(FileError);
        expect(error.problem).toBe(fileProblemOf(code, place));
        expect(error.systemCode).toBe(code);
        expect(ERROR_REASONS).toContain(error.reason);
        for (const language of ['en', 'fr'] as const) {
          const words = messageText(language, `errors.${error.reason}`);
          expect(words).not.toMatch(/\bE[A-Z]{3,}\b|\/|victim/);
          expect(words.length).toBeGreaterThan(10);
        }
      }
    }
  });

  it('reads each place as a person would: the vault folder, a chosen file, a new folder, a file being read', () => {
    expect(fileProblemOf('ENOENT', 'store')).toBe('store_unwritable');
    expect(fileProblemOf('EACCES', 'store')).toBe('store_unwritable');
    expect(fileProblemOf('ENOSPC', 'store')).toBe('disk_full');
    expect(fileProblemOf('EEXIST', 'new-folder')).toBe('folder_exists');
    expect(fileProblemOf('ENOENT', 'new-folder')).toBe('destination_missing');
    expect(fileProblemOf('ENOENT', 'source')).toBe('source_missing');
    expect(fileProblemOf('EISDIR', 'source')).toBe('source_not_a_file');
    expect(fileProblemOf('EACCES', 'source')).toBe('source_unreadable');
    for (const [code, expected] of Object.entries(AT_A_CHOSEN_DESTINATION)) {
      expect(fileProblemOf(code, 'destination'), code).toBe(expected.problem);
    }
  });

  it('lets a bug, a Casefile error and a cancel through unchanged, never disguised as a disk problem', () => {
    const bug = new TypeError('a bug');
    expect(fileFailure(bug, 'destination')).toBe(bug);
    const misuse = Object.assign(new TypeError('bad argument'), { code: 'ERR_INVALID_ARG_TYPE' });
    expect(fileFailure(misuse, 'destination')).toBe(misuse);
    const sqlite = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(fileFailure(sqlite, 'store')).toBe(sqlite);
    const known = new FileError('disk_full');
    expect(fileFailure(known, 'store')).toBe(known);
    const cancelled = Object.assign(new Error('cancelled'), { name: 'AbortError', code: 'ABORT_ERR' });
    expect(fileFailure(cancelled, 'destination')).toBe(cancelled);
  });
});

describe("the vault's own files", () => {
  it("a key file or preferences that cannot be written is the vault folder's problem, in the same words", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-io-'));
    try {
      // A folder where vault.json should go: the rename over it fails (EISDIR).
      const blocked = path.join(dir, 'vault.json');
      fs.mkdirSync(blocked);
      fs.writeFileSync(path.join(blocked, 'inside'), 'x');
      const keyFile = parseKeyFile(readFixtureKeyFile());
      expect(thrown(() => writeKeyFile(blocked, keyFile))).toMatchObject({
        problem: 'store_unwritable',
        code: 'INTERNAL',
        reason: 'files.storeUnwritable',
      });
      // The vault folder is gone (a drive unplugged): ENOENT.
      const gone = path.join(dir, 'no-such-vault', 'preferences.json');
      expect(thrown(() => writePreferences(gone, DEFAULT_SETTINGS))).toMatchObject({
        problem: 'store_unwritable',
        reason: 'files.storeUnwritable',
      });
      expect(fs.readdirSync(dir)).toEqual(['vault.json']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the same disk error, the same code and reason in every export and report', () => {
  const open = useEvidenceFiles();

  /** A victim added, the case closed as not substantiated, and her closure letter made (PDF). */
  async function closeWithClosureLetter(ef: EvidenceFile, caseId: string) {
    const victim = await ef.call('people.add', {
      caseId,
      profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
    });
    await ef.call('cases.changeStatus', { caseId, to: 'under_investigation', reason: 'Credible' });
    await ef.call('cases.changeStatus', {
      caseId,
      to: 'not_substantiated',
      reason: 'No corroboration',
      closureGround: 'insufficient_evidence',
    });
    return ef.call('letters.generate', {
      caseId,
      templateId: 'closure_not_substantiated',
      language: 'fr',
      victimId: victim.id,
      formats: ['pdf'],
      details: { advocate: { name: 'VRA Bambari', phone: '+236 70 00 00 01' } },
    });
  }

  async function exportsOfOneCase(ef: EvidenceFile) {
    const theCase = await openCase(ef);
    const item = await ef.call('evidence.create', {
      caseId: theCase.id,
      type: 'digital',
      description: 'Phone extraction',
    });
    const job = await addFile(ef, item.id, writeSource(ef, Buffer.from('statement bytes'), 'statement.pdf'));
    const contentId = job.kind === 'ingest' ? job.result!.id : '';
    const letter = await closeWithClosureLetter(ef, theCase.id);
    const attempts = {
      'content export': () => ef.refusal('evidence.export', { itemId: item.id, contentId }),
      'letter export': () => ef.refusal('letters.export', { letterId: letter.id, format: 'pdf' }),
      'custody report': () => ef.refusal('custody.report', { itemId: item.id, format: 'pdf', language: 'en' }),
    };
    return { attempts, letterId: letter.id };
  }

  it('ENOSPC, EACCES, EROFS, ENOENT, EISDIR, EEXIST … give one code and reason, whatever is exported', async () => {
    const ef = await open();
    const { attempts: exports, letterId } = await exportsOfOneCase(ef);
    ef.ports.exportTo = path.join(ef.work, 'out.pdf');
    const seen: Record<string, Record<string, unknown>> = {};
    try {
      for (const [code, expected] of Object.entries(AT_A_CHOSEN_DESTINATION)) {
        injected.code = code;
        for (const [what, attempt] of Object.entries(exports)) {
          const refusal = await attempt();
          const { reason, message } = refusal as { reason?: string; message: string };
          seen[`${code} ${what}`] = { code: refusal.code, reason };
          expect(message, `${code} ${what}`).not.toMatch(/Zuleika|\/media|\bE[A-Z]{3,}\b/);
        }
        const expectedReason = new FileError(expected.problem).reason;
        for (const what of Object.keys(exports)) {
          expect(seen[`${code} ${what}`], `${code} ${what}`).toEqual({ code: expected.code, reason: expectedReason });
        }
      }
    } finally {
      injected.code = null;
    }
    // Nothing was written, and the exports work again once the disk does.
    expect(fs.readdirSync(ef.work).sort()).toEqual(['statement.pdf']);
    expect(await ef.call('letters.export', { letterId, format: 'pdf' })).toMatchObject({ cancelled: false });
  });

  it('a batch folder that already exists is a conflict, in the words shared by every export', async () => {
    const ef = await open();
    const theCase = await openCase(ef);
    await closeWithClosureLetter(ef, theCase.id);
    ef.ports.exportTo = path.join(ef.work, 'letters');
    fs.mkdirSync(ef.ports.exportTo);
    const refusal = await ef.refusal('letters.exportBatch', { caseId: theCase.id, formats: ['pdf'] });
    expect(refusal).toMatchObject({ code: 'CONFLICT', reason: 'files.folderExists' });
  });
});
