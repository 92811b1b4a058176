import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHeader, readHeader } from '../../../electron/core/bundles/age-header.js';
import { decryptPayload, encryptPayload } from '../../../electron/core/bundles/age-payload.js';
import { BUNDLE_MAGIC, entryLabel } from '../../../electron/core/bundles/bundle-format.js';
import { exportCaseBundle } from '../../../electron/core/bundles/bundle-service.js';
import { ByteReader } from '../../../electron/core/bundles/byte-reader.js';
import { useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';
import { caseToHandOver, importInto, noKeys, servicesOf, testKeys } from './bundle-fixture.js';

// A bundle is imported once, and only a signed one: the same file again writes nothing, and a bundle
// that does not say who made it is refused.
const evidenceFile = useEvidenceFiles();
const PASS = { kind: 'passphrase' as const, passphrase: 'hand-over words for the bundle', logN: 10 };

async function send(from: EvidenceFile, caseId: string, name: string): Promise<string> {
  const file = path.join(from.work, name);
  const { ctx, vault } = await servicesOf(from);
  try {
    await exportCaseBundle(ctx, testKeys('A'), { caseId, destination: file, audience: PASS, omit: [], to: 'B' });
  } finally {
    vault.close();
  }
  return file;
}

const receive = (to: EvidenceFile, file: string) => importInto(to, noKeys('B'), { file, passphrase: PASS.passphrase });

const written = (ef: EvidenceFile) =>
  ef.rawDatabase((db) => ({
    imports: db.prepare(`SELECT count(*) FROM bundle_imports`).pluck().get(),
    custody: db.prepare(`SELECT count(*) FROM custody_events`).pluck().get(),
    audit: db.prepare(`SELECT count(*) FROM audit_log`).pluck().get(),
  }));

/** The bundle re-made without its signature: the manifest names no signing key, the signature is 'none'. */
async function unsigned(file: string, out: string): Promise<void> {
  const raw = new ByteReader(
    (async function* () {
      yield fs.readFileSync(file);
    })(),
  );
  const { fileKey } = await readHeader(raw, { passphrase: PASS.passphrase });
  const plain = new ByteReader(decryptPayload(fileKey, raw));
  await plain.read(BUNDLE_MAGIC.length);
  const entry = async () => {
    const length = (await plain.read(4)).readUInt32BE(0);
    const label = JSON.parse((await plain.read(length)).toString()) as { size: number };
    return plain.read(label.size);
  };
  const manifest = JSON.parse((await entry()).toString()) as { sender: Record<string, unknown> };
  await entry(); // the signature
  const rest: Buffer[] = [];
  for (let piece = await plain.read(65536); piece.length > 0; piece = await plain.read(65536)) rest.push(piece);
  manifest.sender = { signingKey: null, fingerprint: null, recipient: null };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const signatureBytes = Buffer.from(JSON.stringify({ algorithm: 'none', signature: '' }));
  const { header, fileKey: newKey } = await makeHeader(PASS);
  const sealed: Buffer[] = [header];
  const plaintext = async function* () {
    yield BUNDLE_MAGIC;
    yield entryLabel({ name: 'manifest', kind: 'manifest', size: manifestBytes.length });
    yield manifestBytes;
    yield entryLabel({ name: 'signature', kind: 'signature', size: signatureBytes.length });
    yield signatureBytes;
    yield* rest;
  };
  for await (const chunk of encryptPayload(newKey, plaintext())) sealed.push(chunk);
  fs.writeFileSync(out, Buffer.concat(sealed));
}

describe('a bundle imported once, and only signed', () => {
  it('says the same bundle was already imported and writes nothing', async () => {
    const a = await evidenceFile();
    const b = await evidenceFile();
    const { theCase } = await caseToHandOver(a);
    const bundle = await send(a, theCase.id, 'once.casefile');
    await receive(b, bundle);
    const before = await written(b);
    await expect(receive(b, bundle)).rejects.toMatchObject({ code: 'CONFLICT', reason: 'bundle.alreadyImported' });
    expect(await written(b)).toEqual(before);
    // A new bundle of the same case is a new hand-over.
    await receive(b, await send(a, theCase.id, 'twice.casefile'));
    expect((await written(b)).imports).toBe(2);
  });

  it('refuses an unsigned bundle in words', async () => {
    const a = await evidenceFile();
    const b = await evidenceFile();
    const { theCase } = await caseToHandOver(a);
    const signed = await send(a, theCase.id, 'signed.casefile');
    const bare = path.join(a.work, 'unsigned.casefile');
    await unsigned(signed, bare);
    await expect(receive(b, bare)).rejects.toMatchObject({ code: 'VALIDATION', reason: 'bundle.unsigned' });
    expect(await b.rawDatabase((db) => db.prepare(`SELECT count(*) FROM cases`).pluck().get())).toBe(0);
    // The same bundle signed imports: what was refused is only the missing signature.
    await receive(b, signed);
  });

  it('refuses a bundle whose evidence provenance does not check against its signer key', async () => {
    const a = await evidenceFile();
    const b = await evidenceFile();
    const { theCase } = await caseToHandOver(a);
    // The sender's vault holds a statement changed after it was signed (its size, one byte more).
    await a.rawDatabase((db) => {
      const triggers = db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'evidence_signatures'`)
        .pluck()
        .all() as string[];
      for (const name of triggers) db.exec(`DROP TRIGGER "${name}"`);
      const row = db.prepare(`SELECT object_id, statement FROM evidence_signatures LIMIT 1`).get() as {
        object_id: string;
        statement: string;
      };
      const altered = row.statement.replace(/"size":(\d+)/, (_, n: string) => `"size":${+n + 1}`);
      db.prepare(`UPDATE evidence_signatures SET statement = ? WHERE object_id = ?`).run(altered, row.object_id);
    });
    const bundle = await send(a, theCase.id, 'altered-proof.casefile');
    await expect(receive(b, bundle)).rejects.toMatchObject({ code: 'VALIDATION', reason: 'bundle.badProvenance' });
    expect(await written(b)).toMatchObject({ imports: 0, custody: 0 });
  });

  it('is not made by a vault without a signing key', async () => {
    const a = await evidenceFile();
    const { theCase } = await caseToHandOver(a);
    const { ctx, vault } = await servicesOf(a);
    try {
      await expect(
        exportCaseBundle(ctx, noKeys('A'), {
          caseId: theCase.id,
          destination: path.join(a.work, 'x.casefile'),
          audience: PASS,
          omit: [],
          to: 'B',
        }),
      ).rejects.toMatchObject({ reason: 'bundle.noSigningKey' });
    } finally {
      vault.close();
    }
    expect(fs.existsSync(path.join(a.work, 'x.casefile'))).toBe(false);
  });
});
