import type { Finding } from '../finding.js';
import { finding } from '../facts.js';
import { FILE_EVIDENCE_TYPES } from '../../domain/evidence.js';
import type { EvidenceItem, PrincipleRule } from '../snapshot.js';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * R12, for evidence held as files. Blocking: an original without its collection hash, and an
 * original changed after collection (work is done on copies). Warnings: gaps in the log.
 */
export const r12DigitalEvidenceIntegrity: PrincipleRule = {
  id: 'R12',
  title:
    'Digital evidence: untouched evidentiary copy kept apart from working copies; ' +
    'every copy or change logged; hash at collection; chronological custody log.',
  source: 'Berkeley Protocol',
  evaluate(snapshot) {
    const findings: Finding[] = [];
    const items = (snapshot.evidence ?? []).filter((item) => FILE_EVIDENCE_TYPES.includes(item.type));
    const byId = new Map(items.map((item) => [item.id, item]));
    const target = (item: EvidenceItem) => ({ kind: 'evidence', id: item.id }) as const;
    for (const item of items) {
      const params = { evidence: item.number };
      if (item.copyRole === 'evidentiary_original') {
        if (!item.sha256AtCollection || !SHA256_HEX.test(item.sha256AtCollection)) {
          findings.push(finding('R12', 'R12_HASH_MISSING', 'default', 'block', target(item), params));
        }
        // Its files no longer hash as collected: the original itself was changed, not a copy of it.
        if (item.integrity === 'failed') {
          findings.push(finding('R12', 'R12_ORIGINAL_CHANGED', 'default', 'block', target(item), params));
        }
      } else {
        const original = item.originalId === undefined ? undefined : byId.get(item.originalId);
        if (!original || original.copyRole !== 'evidentiary_original') {
          findings.push(finding('R12', 'R12_COPY_NOT_LINKED', 'default', 'warn', target(item), params));
        } else {
          if (!original.custodyEvents.some((event) => event.kind === 'copied' && event.at <= item.collectedAt)) {
            findings.push(
              finding('R12', 'R12_COPY_NOT_LOGGED', 'default', 'warn', target(item), {
                ...params,
                original: original.number,
              }),
            );
          }
          if (original.storageLocation.trim() === item.storageLocation.trim()) {
            findings.push(
              finding('R12', 'R12_COPY_NOT_APART', 'default', 'warn', target(item), {
                ...params,
                original: original.number,
              }),
            );
          }
        }
      }
      if (item.copyRole === 'evidentiary_original' && item.custodyEvents[0]?.kind !== 'collected') {
        findings.push(finding('R12', 'R12_COLLECTION_NOT_LOGGED', 'default', 'warn', target(item), params));
      }
      if (item.custodyEvents.some((event, index, all) => index > 0 && event.at < (all[index - 1]?.at ?? event.at))) {
        findings.push(finding('R12', 'R12_CUSTODY_NOT_CHRONOLOGICAL', 'default', 'warn', target(item), params));
      }
    }
    return findings;
  },
};
