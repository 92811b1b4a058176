import type { Migration } from '../migrate.js';
import { m0001Cases } from './0001-cases.js';
import { m0002VaultMeta } from './0002-vault-meta.js';

/** In order; a migration's version is its position (1-based). Append only. */
export const MIGRATIONS: readonly Migration[] = [m0001Cases, m0002VaultMeta];
