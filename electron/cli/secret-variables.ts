// The environment variables a secret may come from: named in the general help, which loads
// nothing that opens a vault, and read by vault-access.ts.

export const PASSPHRASE_ENV = 'CASEFILE_PASSPHRASE';
export const NEW_PASSPHRASE_ENV = 'CASEFILE_NEW_PASSPHRASE';
