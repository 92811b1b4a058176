import type { PersonRole } from '../../../../shared/domain/person.js';
import type { VaultDatabase } from '../vault/database.js';

/** What another feature needs to know of a person it names (never the identity). */
export interface PersonKey {
  readonly id: string;
  readonly caseId: string;
  /** The pseudonym code (V-01): what audit labels and messages name the person by. */
  readonly code: string;
  readonly role: PersonRole;
}

/** The people feature (people/person-store.ts) as consents and interviews reach it; NOT_FOUND when there is none. */
export interface PeopleRecords {
  get(db: VaultDatabase, personId: string): PersonKey;
  /** The person, or undefined when there is none: for a check that refuses in its own words. */
  find(db: VaultDatabase, personId: string): PersonKey | undefined;
  /** A person of `caseId`: a person of another case is not found here either. */
  inCase(db: VaultDatabase, caseId: string, personId: string): PersonKey;
}
