import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/kernel/db/migrate.js';
import { createPrivateFile } from '../../../electron/core/kernel/files/private-files.js';
import { parseAgeIdentity, parseAgeRecipient } from '../../../electron/core/kernel/identity/age-keys.js';
import { bech32Decode, bech32Encode } from '../../../electron/core/kernel/identity/bech32.js';
import { ed25519Verify } from '../../../electron/core/kernel/identity/ed25519.js';
import { ensureVaultKeys, loadVaultIdentity } from '../../../electron/core/kernel/identity/identity-keys.js';
import { openVaultDatabase, type VaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import { generateDataKey } from '../../../electron/core/kernel/vault/keys.js';
import { testClock } from '../../clock.js';
import { useTempDirs } from '../core/helpers.js';

const tempDir = useTempDirs();
const dbs: VaultDatabase[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) if (db.open) db.close();
});
const now = testClock.now;

function freshDatabase(): { db: VaultDatabase; dir: string } {
  const dir = tempDir();
  const file = path.join(dir, 'casefile.db');
  createPrivateFile(file);
  const db = openVaultDatabase(file, generateDataKey(), { isNew: true });
  dbs.push(db);
  migrate(db, { vaultId: randomUUID() });
  return { db, dir };
}

describe("the vault's identity keys", () => {
  it('are made once, wrapped by the data key, and give an age identity the age tools accept', () => {
    const { db, dir } = freshDatabase();
    const dataKey = generateDataKey();
    const identity = loadVaultIdentity(db, dataKey, now);
    // Made once: a second load reads the same keys.
    ensureVaultKeys(db, dataKey, now);
    expect(loadVaultIdentity(db, dataKey, now).recipient).toBe(identity.recipient);
    expect(db.prepare('SELECT count(*) FROM vault_keys').pluck().get()).toBe(2);
    // Only wrapped secrets are stored: neither secret's bytes appear in the rows.
    const secret = parseAgeIdentity(identity.ageIdentity())!;
    const stored = db.prepare('SELECT ciphertext FROM vault_keys').pluck().all() as Buffer[];
    for (const ciphertext of stored) expect(ciphertext.equals(secret)).toBe(false);

    const identityFile = path.join(dir, 'identity.txt');
    fs.writeFileSync(identityFile, `${identity.ageIdentity()}\n`, { mode: 0o600 });
    const recipient = execFileSync('age-keygen', ['-y', identityFile]).toString().trim();
    expect(recipient).toBe(identity.recipient);
    expect(parseAgeRecipient(identity.recipient)!.equals(identity.agePublicKey)).toBe(true);

    // A file encrypted by the reference tool to the recipient opens with the identity.
    const plain = path.join(dir, 'plain.txt');
    fs.writeFileSync(plain, 'statement of witness W-2');
    const sealed = path.join(dir, 'plain.txt.age');
    execFileSync('age', ['-r', identity.recipient, '-o', sealed, plain]);
    expect(execFileSync('age', ['-d', '-i', identityFile, sealed]).toString()).toBe('statement of witness W-2');
  });

  it('do not open with another data key', () => {
    const { db } = freshDatabase();
    ensureVaultKeys(db, generateDataKey(), now);
    expect(() => loadVaultIdentity(db, generateDataKey(), now)).toThrow(/does not open/);
  });

  it('refuse a row moved from one purpose to the other (the AAD names the purpose)', () => {
    const { db } = freshDatabase();
    const dataKey = generateDataKey();
    ensureVaultKeys(db, dataKey, now);
    const rows = db.prepare('SELECT * FROM vault_keys ORDER BY purpose').all() as Record<string, unknown>[];
    db.exec('DROP TRIGGER IF EXISTS vault_keys_no_update; DROP TRIGGER IF EXISTS vault_keys_no_delete;');
    const triggers = db.prepare(`SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='vault_keys'`);
    for (const name of triggers.pluck().all() as string[]) db.exec(`DROP TRIGGER "${name}"`);
    db.prepare('DELETE FROM vault_keys').run();
    const insert = db.prepare(
      'INSERT INTO vault_keys (purpose, public_key, nonce, ciphertext, tag, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const [age, signing] = rows as [Record<string, unknown>, Record<string, unknown>];
    insert.run('age-identity', age.public_key, signing.nonce, signing.ciphertext, signing.tag, age.created_at);
    insert.run('signing-key', signing.public_key, age.nonce, age.ciphertext, age.tag, signing.created_at);
    expect(() => loadVaultIdentity(db, dataKey, now)).toThrow(/does not open/);
  });

  it('sign so that openssl verifies the signature with the exported public key', () => {
    const { db, dir } = freshDatabase();
    const identity = loadVaultIdentity(db, generateDataKey(), now);
    const message = Buffer.from('{"sha256":"ab12","size":42}');
    const signature = identity.sign(message);
    expect(ed25519Verify(identity.signingPublicKey, message, signature)).toBe(true);
    const files = { pem: path.join(dir, 'pub.pem'), msg: path.join(dir, 'msg'), sig: path.join(dir, 'sig') };
    fs.writeFileSync(files.pem, identity.signingPublicKeyPem);
    fs.writeFileSync(files.msg, message);
    fs.writeFileSync(files.sig, signature);
    const verify = (msg: string) =>
      execFileSync('openssl', [
        'pkeyutl',
        '-verify',
        '-pubin',
        '-inkey',
        files.pem,
        '-rawin',
        '-in',
        msg,
        '-sigfile',
        files.sig,
      ]).toString();
    expect(verify(files.msg)).toMatch(/Signature Verified Successfully/);
    fs.writeFileSync(files.msg, Buffer.from('{"sha256":"ab12","size":43}'));
    expect(() => verify(files.msg)).toThrow();
    // The fingerprint is what openssl and sha256sum give from the same PEM.
    const der = execFileSync('openssl', ['pkey', '-pubin', '-in', files.pem, '-outform', 'DER']);
    const hex = execFileSync('sha256sum', { input: der.subarray(-32) })
      .toString()
      .slice(0, 32);
    expect(identity.signingFingerprint.replaceAll(' ', '')).toBe(hex);
  });
});

describe('bech32', () => {
  it('round-trips and refuses a changed character or mixed case', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => i * 7);
    const text = bech32Encode('age', bytes);
    expect(bech32Decode(text)).toEqual({ prefix: 'age', bytes });
    const flipped = text.slice(0, 10) + (text[10] === 'q' ? 'p' : 'q') + text.slice(11);
    expect(bech32Decode(flipped)).toBeNull();
    expect(bech32Decode(text.slice(0, 8).toUpperCase() + text.slice(8))).toBeNull();
    expect(bech32Decode('age1')).toBeNull();
  });
});
