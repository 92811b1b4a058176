import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../../electron/core/bundles/bundle-format.js';
import { checkSigner } from '../../../electron/core/bundles/bundle-signature.js';
import { signingKeyFingerprint } from '../../../electron/core/kernel/identity/ed25519.js';

// Who signed a bundle is read from the key that verified its manifest, never from what the manifest says.
describe("a bundle's signer", () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const manifestOf = (fingerprint: string): Manifest =>
    ({ sender: { signingKey: raw.toString('base64'), fingerprint, recipient: null } }) as unknown as Manifest;
  const bytes = Buffer.from('the manifest as signed');
  const signature = { algorithm: 'ed25519' as const, signature: sign(null, bytes, privateKey).toString('base64') };

  it('is shown by the fingerprint of the key that verified, whatever fingerprint the manifest claims', () => {
    const claimed = '0000 1111 2222 3333 4444 5555 6666 7777'; // a trusted colleague's, copied by a stranger
    const check = checkSigner(manifestOf(claimed), bytes, signature, () => null);
    expect(check).toEqual({ status: 'unknown', fingerprint: signingKeyFingerprint(raw) });
  });

  it('is refused when the signature does not verify', () => {
    const altered = Buffer.from('the manifest as received');
    expect(checkSigner(manifestOf('x'), altered, signature, () => null)).toBe('bad');
  });
});
