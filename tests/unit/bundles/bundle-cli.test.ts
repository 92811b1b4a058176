import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { casefile, errorOf, useTempDirs, valueOf, vaultWithCase, writeText } from '../people/cli-fixture.js';

// Two vaults hand a case over with the CLI: contacts exchanged, a signed bundle for the receiver's
// key, a preview, the import; the signature checked by openssl from the sender's exported public key.
const tempDir = useTempDirs();

interface Shown {
  recipient: string;
  card: string;
  signingPublicKeyPem: string;
}
interface Listed {
  id: string;
  name: string;
}
interface Preview {
  reference: string;
  senderReference?: string;
  signer: { status: string; name?: string; verified?: boolean };
  tables: { table: string; added: number }[];
}

async function twoVaults() {
  const root = tempDir();
  mkdirSync(join(root, 'a'));
  mkdirSync(join(root, 'b'));
  return { root, a: await vaultWithCase(join(root, 'a')), b: await vaultWithCase(join(root, 'b')) };
}

describe('casefile bundle export|verify|import', () => {
  it('hands a case to a contact, signed; an unknown signer needs a decision; taken reference renumbered', async () => {
    const { root, a, b } = await twoVaults();
    const shownA = valueOf<Shown>(await casefile(a, ['--json', 'identity', 'show']));
    const shownB = valueOf<Shown>(await casefile(b, ['--json', 'identity', 'show']));
    const bundle = join(root, 'hand-over.casefile');

    valueOf(
      await casefile(a, [
        '--json',
        'contact',
        'add',
        '--card',
        writeText(root, 'b.card', shownB.card),
        '--name',
        'Legal B',
      ]),
    );
    const photo = writeText(root, 'photo.jpg', 'JPEG bytes of the scene');
    valueOf(await casefile(a, ['--json', 'evidence', 'add', photo, '--case', 'CF-2026-0001']));
    const exported = valueOf<{ unverifiedRecipients: string[]; manifestSha256: string }>(
      await casefile(a, ['--json', 'bundle', 'export', 'CF-2026-0001', '--to', bundle, '--recipient', 'Legal B']),
    );
    expect(exported.unverifiedRecipients).toEqual(['Legal B']);

    // B does not know A yet: verify names an unknown signer, import refuses without the decision.
    const verified = valueOf<{ signer: { status: string } }>(await casefile(b, ['--json', 'bundle', 'verify', bundle]));
    expect(verified.signer.status).toBe('unknown');
    const refused = await casefile(b, ['--json', 'bundle', 'import', bundle]);
    expect(refused.status).not.toBe(0);
    expect(errorOf(refused).message).toMatch(/not among your verified contacts/);

    // Once A is a contact, the preview names A; B already has a CF-2026-0001, so the case arrives renumbered.
    valueOf(
      await casefile(b, [
        '--json',
        'contact',
        'add',
        '--card',
        writeText(root, 'a.card', shownA.card),
        '--name',
        'Investigator A',
      ]),
    );
    const contactA = valueOf<{ items: Listed[] }>(await casefile(b, ['--json', 'contact', 'list'])).items[0]!;
    // A contact whose safety number nobody compared is not trusted yet: a swapped card would import silently.
    const unverified = await casefile(b, ['--json', 'bundle', 'import', bundle]);
    expect(unverified.status).not.toBe(0);
    expect(errorOf(unverified).message).toMatch(/not among your verified contacts/);
    valueOf(await casefile(b, ['--json', 'contact', 'verify', contactA.id]));
    const dry = valueOf<{ imported: boolean; preview: Preview }>(
      await casefile(b, ['--json', 'bundle', 'import', bundle, '--dry-run']),
    );
    expect(dry.imported).toBe(false);
    expect(dry.preview).toMatchObject({
      reference: 'CF-2026-0002',
      senderReference: 'CF-2026-0001',
      signer: { status: 'contact', name: 'Investigator A', verified: true },
    });
    const cases = () => casefile(b, ['--json', 'case', 'list']);
    expect(valueOf<{ items: unknown[] }>(await cases()).items).toHaveLength(1);

    // The text form of a preview is written for a person.
    const text = await casefile(b, ['bundle', 'import', bundle, '--dry-run']);
    expect(text.stdout).toContain('Signed by Investigator A, a verified contact');
    // Per kind of record in words, with what stays as this vault has it; no table or column name, no stored code.
    expect(text.stdout).toContain(
      '  Evidence items: 1 new, 0 newer (taken), 0 kept as they are here (changed only here), 0 the same',
    );
    expect(text.stdout).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    expect(text.stdout).toMatch(/bundled \d{1,2} [A-Z][a-z]+ \d{4}/);

    // --take-theirs checks the file first and names only what that check found changed on both sides.
    const notInConflict = await casefile(b, ['--json', 'bundle', 'import', bundle, '--take-theirs', 'people:none']);
    expect(notInConflict.status).not.toBe(0);
    expect(errorOf(notInConflict).message).toMatch(
      /not a record changed on both sides in this bundle; nothing was imported/,
    );
    expect(valueOf<{ items: unknown[] }>(await cases()).items).toHaveLength(1);

    const done = valueOf<{ imported: boolean; preview: Preview }>(
      await casefile(b, ['--json', 'bundle', 'import', bundle]),
    );
    expect(done.imported).toBe(true);
    expect(
      valueOf<{ items: { reference: string }[] }>(await cases())
        .items.map((c) => c.reference)
        .sort(),
    ).toEqual(['CF-2026-0001', 'CF-2026-0002']);

    // The received file's provenance is exported with its signer's key — A's, not B's — and checks with openssl.
    const proof = join(root, 'proof');
    valueOf(
      await casefile(b, ['--json', 'evidence', 'provenance', 'E-0001', '--case', 'CF-2026-0002', '--out', proof]),
    );
    expect(readFileSync(join(proof, 'E-0001-1.signer.pem'), 'utf8')).toBe(shownA.signingPublicKeyPem);
    expect(shownB.signingPublicKeyPem).not.toBe(shownA.signingPublicKeyPem);
    const proofCheck = execFileSync('openssl', [
      'pkeyutl',
      '-verify',
      '-pubin',
      '-inkey',
      join(proof, 'E-0001-1.signer.pem'),
      '-rawin',
      '-in',
      join(proof, 'E-0001-1.statement.json'),
      '-sigfile',
      join(proof, 'E-0001-1.sig'),
    ]).toString();
    expect(proofCheck).toContain('Signature Verified Successfully');

    // A bundle is imported once: the same file again writes nothing, and says so.
    const again = await casefile(b, ['--json', 'bundle', 'import', bundle]);
    expect(again.status).not.toBe(0);
    expect(errorOf(again).message).toMatch(/already imported/);

    // The manifest's signature checks with openssl, from A's exported public key (no Casefile involved).
    const identityFile = join(root, 'b-identity.txt');
    valueOf(await casefile(b, ['--json', 'identity', 'show', '--export-identity', identityFile, '--i-understand']));
    const plain = execFileSync('age', ['-d', '-i', identityFile, bundle]);
    const entry = (at: number) => {
      const length = plain.readUInt32BE(at);
      const label = JSON.parse(plain.subarray(at + 4, at + 4 + length).toString()) as { size: number };
      const start = at + 4 + length;
      return { body: plain.subarray(start, start + label.size), next: start + label.size };
    };
    const manifest = entry(18);
    const signature = JSON.parse(entry(manifest.next).body.toString()) as { signature: string };
    writeFileSync(join(root, 'manifest.json'), manifest.body);
    writeFileSync(join(root, 'manifest.sig'), Buffer.from(signature.signature, 'base64'));
    writeFileSync(join(root, 'a.pem'), shownA.signingPublicKeyPem);
    const check = (file: string) =>
      execFileSync('openssl', [
        'pkeyutl',
        '-verify',
        '-pubin',
        '-inkey',
        join(root, 'a.pem'),
        '-rawin',
        '-in',
        file,
        '-sigfile',
        join(root, 'manifest.sig'),
      ]).toString();
    expect(check(join(root, 'manifest.json'))).toContain('Signature Verified Successfully');
    const altered = Buffer.from(manifest.body);
    altered[40] = altered[40]! ^ 1;
    writeFileSync(join(root, 'altered.json'), altered);
    expect(() => check(join(root, 'altered.json'))).toThrow();
    expect(readFileSync(join(root, 'manifest.json')).length).toBeGreaterThan(100);
  });

  it('refuses a recipient name two contacts share, asking which one is meant', async () => {
    const { root, a, b } = await twoVaults();
    mkdirSync(join(root, 'c'));
    const c = await vaultWithCase(join(root, 'c'));
    for (const [other, card] of [
      [b, 'b.card'],
      [c, 'c.card'],
    ] as const) {
      const shown = valueOf<Shown>(await casefile(other, ['--json', 'identity', 'show']));
      valueOf(
        await casefile(a, ['--json', 'contact', 'add', '--card', writeText(root, card, shown.card), '--name', 'Legal']),
      );
    }
    const bundle = join(root, 'which.casefile');
    const refused = await casefile(a, [
      '--json',
      'bundle',
      'export',
      'CF-2026-0001',
      '--to',
      bundle,
      '--recipient',
      'Legal',
    ]);
    expect(refused.status).not.toBe(0);
    expect(errorOf(refused).message).toMatch(/2 contacts are named Legal\. Name the one you mean/);
    expect(existsSync(bundle)).toBe(false);
  });

  it('a passphrase bundle: the passphrase from a file, a wrong one refused in words', async () => {
    const { root, a, b } = await twoVaults();
    const bundle = join(root, 'by-passphrase.casefile');
    const words = writeText(root, 'bundle-pass', 'orchard lantern copper violet 77\n');
    valueOf(
      await casefile(a, [
        '--json',
        'bundle',
        'export',
        'CF-2026-0001',
        '--to',
        bundle,
        '--bundle-passphrase-file',
        words,
        '--without',
        'identities',
      ]),
    );
    const wrong = await casefile(b, [
      '--json',
      'bundle',
      'verify',
      bundle,
      '--bundle-passphrase-file',
      writeText(root, 'w', 'not the words at all'),
    ]);
    expect(errorOf(wrong).message).toMatch(/encrypted for someone else, or the passphrase is wrong/);
    const ok = valueOf<{ omitted: string[] }>(
      await casefile(b, ['--json', 'bundle', 'verify', bundle, '--bundle-passphrase-file', words]),
    );
    expect(ok.omitted).toEqual(['identities', 'letter_files']);
  });

  it('a field both sides changed: the dry run shows both values in words, --take-theirs takes theirs', async () => {
    const { root, a, b } = await twoVaults();
    const words = writeText(root, 'bundle-pass', 'orchard lantern copper violet 77\n');
    const exportTo = async (file: string) => {
      const bundle = join(root, file);
      valueOf(
        await casefile(a, [
          '--json',
          'bundle',
          'export',
          'CF-2026-0001',
          '--to',
          bundle,
          '--bundle-passphrase-file',
          words,
        ]),
      );
      return bundle;
    };
    const importArgs = (bundle: string, ...more: string[]) => [
      'bundle',
      'import',
      bundle,
      '--bundle-passphrase-file',
      words,
      '--accept-unknown-signer',
      ...more,
    ];
    valueOf(await casefile(b, ['--json', ...importArgs(await exportTo('first.casefile'))]));
    const getCase = (vault: typeof a, caseId: string) =>
      casefile(vault, [
        '--json',
        'call',
        'cases.get',
        '--input',
        writeText(root, 'get.json', JSON.stringify({ caseId })),
      ]);
    const caseId = valueOf<{ id: string }>(await getCase(a, 'CF-2026-0001')).id;
    const moveTo = (vault: typeof a, place: string) =>
      casefile(vault, [
        '--json',
        'call',
        'cases.update',
        '--input',
        writeText(root, `${place}.json`, JSON.stringify({ caseId, changes: { location: { text: place } } })),
      ]);
    valueOf(await moveTo(a, 'Market of PK5'));
    valueOf(await moveTo(b, 'Near the water point'));
    const second = await exportTo('second.casefile');

    const dry = await casefile(b, importArgs(second, '--dry-run'));
    expect(dry.status).toBe(0);
    const text = dry.stdout;
    expect(text).toContain('Conflict 1: Case CF-2026-0002 was changed here and in the bundle.');
    // A place's description is sensitive (the app shows it only when asked): said to differ, never printed.
    expect(text).toContain(
      '    Location: Description, changed on both sides: here "Not shown here (sensitive): open the record to compare"',
    );
    expect(text).toMatch(/^\s+in the bundle "Not shown here \(sensitive\): open the record to compare"$/m);
    expect(dry.stdout + dry.stderr).not.toMatch(/Near the water point|Market of PK5/);
    const dryJson = await casefile(b, ['--json', ...importArgs(second, '--dry-run')]);
    expect(dryJson.status).toBe(0);
    expect(dryJson.stdout).not.toMatch(/Near the water point|Market of PK5/);
    // The description's marker, inside the location's JSON text.
    expect(dryJson.stdout).toContain('\\"text\\":{\\"withheld\\":true,\\"same\\":false}');
    expect(text).toContain('Nothing was written (dry run).');
    // No column name, stored code or id; the key only as --take-theirs takes it.
    const key = /--take-theirs (\S+)/.exec(text)?.[1];
    expect(key).toBe(`cases:${caseId}`);
    expect(text.replace(`--take-theirs ${key}`, '')).not.toContain(caseId);
    expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);

    const taken = await casefile(b, importArgs(second, '--take-theirs', key!));
    expect(taken.status).toBe(0);
    expect(taken.stdout).toContain('Imported.');
    expect(taken.stdout).toContain('  Case: 0 new, 1 newer (taken)');
    expect(taken.stdout).not.toContain('Conflict 1');
    expect(valueOf<{ location: { text: string } }>(await getCase(b, caseId)).location.text).toBe('Market of PK5');
  });
});
