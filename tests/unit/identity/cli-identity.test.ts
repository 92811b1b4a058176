import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import { casefile, errorOf, useTempDirs, valueOf, vaultWithCase } from '../people/cli-fixture.js';

const tempDir = useTempDirs();

interface Shown {
  recipient: string;
  signingFingerprint: string;
  signingPublicKeyPem: string;
  card: string;
}
interface Listed {
  id: string;
  name: string;
  verified: boolean;
  safetyNumber: string;
  recipient: string;
}

async function twoVaults() {
  const root = tempDir();
  mkdirSync(join(root, 'a'));
  mkdirSync(join(root, 'b'));
  return { root, a: await vaultWithCase(join(root, 'a')), b: await vaultWithCase(join(root, 'b')) };
}

describe('casefile identity and contact', () => {
  it('exchange cards between two vaults: the same safety number on both, verified by each side', async () => {
    const { root, a, b } = await twoVaults();
    const shownA = valueOf<Shown>(await casefile(a, ['--json', 'identity', 'show']));
    const shownB = valueOf<Shown>(await casefile(b, ['--json', 'identity', 'show']));
    expect(shownA.recipient).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
    expect(shownA.recipient).not.toBe(shownB.recipient);
    // The text form has the QR code and the fingerprint.
    const text = await casefile(a, ['identity', 'show']);
    expect(text.stdout).toContain(shownA.recipient);
    expect(text.stdout).toContain('█');
    expect(text.stdout).toContain(shownA.signingFingerprint);

    const cardA = join(root, 'a.card');
    writeFileSync(cardA, shownA.card);
    const cardB = join(root, 'b.card');
    writeFileSync(cardB, shownB.card);
    const added = valueOf<Listed>(
      await casefile(a, ['--json', 'contact', 'add', '--card', cardB, '--name', 'Legal officer HQ']),
    );
    expect(added).toMatchObject({ name: 'Legal officer HQ', verified: false, recipient: shownB.recipient });
    valueOf(await casefile(b, ['--json', 'contact', 'add', '--card', cardA, '--name', 'Investigator Bangui']));
    const [onB] = valueOf<{ items: Listed[] }>(await casefile(b, ['--json', 'contact', 'list'])).items;
    expect(onB!.safetyNumber).toMatch(/^(\d{5} ){11}\d{5}$/);
    expect(onB!.safetyNumber).toBe(added.safetyNumber);

    const listed = await casefile(a, ['contact', 'list']);
    expect(listed.stdout).toContain('[NOT VERIFIED] Legal officer HQ');
    const verified = valueOf<Listed>(await casefile(a, ['--json', 'contact', 'verify', added.id]));
    expect(verified.verified).toBe(true);
    expect((await casefile(a, ['contact', 'list'])).stdout).toContain('[verified] Legal officer HQ');

    // The same keys twice, or the vault's own, are refused in words.
    const again = await casefile(a, ['--json', 'contact', 'add', '--card', cardB, '--name', 'Someone']);
    expect(again.status).not.toBe(EXIT.ok);
    expect(errorOf(again).message).toMatch(/already in your contacts/);
    const own = await casefile(a, ['--json', 'contact', 'add', '--card', cardA, '--name', 'Me']);
    expect(errorOf(own).message).toMatch(/own keys/);
  });

  it('refuses a malformed recipient, signing key or card with a clear message', async () => {
    const { root, a, b } = await twoVaults();
    const addB = (recipient: string, keyFile: string) =>
      casefile(a, ['--json', 'contact', 'add', '--name', 'B', '--recipient', recipient, '--signing-key', keyFile]);
    const shownB = valueOf<Shown>(await casefile(b, ['--json', 'identity', 'show']));
    const pem = join(root, 'b.pem');
    writeFileSync(pem, shownB.signingPublicKeyPem);
    const typo = shownB.recipient.slice(0, -1) + (shownB.recipient.endsWith('q') ? 'p' : 'q');
    const badRecipient = await addB(typo, pem);
    expect(badRecipient.status).toBe(EXIT.usage);
    expect(errorOf(badRecipient).message).toMatch(/not an age recipient/);
    expect(errorOf(badRecipient).message).not.toContain(typo);
    const notPem = join(root, 'not.pem');
    writeFileSync(notPem, '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VuAyEA\n-----END PUBLIC KEY-----\n');
    const badKey = await addB(shownB.recipient, notPem);
    expect(errorOf(badKey).message).toMatch(/not a signing public key/);
    const notCard = join(root, 'not.card');
    writeFileSync(notCard, 'Hello, here are my keys');
    expect(errorOf(await casefile(a, ['--json', 'contact', 'add', '--card', notCard])).message).toMatch(
      /not a Casefile contact card/,
    );
    // Nothing was added by the refusals; the PEM form is accepted.
    expect(valueOf<{ items: Listed[] }>(await casefile(a, ['--json', 'contact', 'list'])).items).toEqual([]);
    const added = valueOf<Listed>(await addB(shownB.recipient, pem));
    expect(added.verified).toBe(false);
  });

  it('exports the public key for openssl and, only when confirmed, the age identity for the age tool', async () => {
    const { root, a } = await twoVaults();
    const pub = join(root, 'pub.pem');
    const shown = valueOf<Shown>(await casefile(a, ['--json', 'identity', 'show', '--export-public', pub]));
    expect(readFileSync(pub, 'utf8')).toBe(shown.signingPublicKeyPem);
    execFileSync('openssl', ['pkey', '-pubin', '-in', pub, '-noout']);

    const secret = join(root, 'identity.txt');
    const unconfirmed = await casefile(a, ['--json', 'identity', 'show', '--export-identity', secret]);
    expect(unconfirmed.status).toBe(EXIT.usage);
    expect(errorOf(unconfirmed).message).toMatch(/SECRET key/);
    valueOf(await casefile(a, ['--json', 'identity', 'show', '--export-identity', secret, '--i-understand']));
    expect(execFileSync('age-keygen', ['-y', secret]).toString().trim()).toBe(shown.recipient);
    const plain = join(root, 'note.txt');
    writeFileSync(plain, 'for the vault only');
    execFileSync('age', ['-r', shown.recipient, '-o', `${plain}.age`, plain]);
    expect(execFileSync('age', ['-d', '-i', secret, `${plain}.age`]).toString()).toBe('for the vault only');
    // The export is audited, without the key.
    const audit = await casefile(a, ['--json', 'call', 'audit.list', '--input', '-'], { stdin: '{}' });
    expect(audit.stdout).toContain('identity.export');
    expect(audit.stdout).not.toContain('AGE-SECRET-KEY');
  });
});
