import { describe, expect, it } from 'vitest';
import { loadEvidenceForPrinciples } from '../../../electron/core/evidence/evidence-principles.js';
import type { OpenVault } from '../../../electron/core/kernel/vault/vault.js';
import {
  addFile,
  at,
  bytesWithMarker,
  openCase,
  sha256Of,
  START,
  useEvidenceFiles,
  writeSource,
  type EvidenceFile,
} from './evidence-fixture.js';

const evidenceFile = useEvidenceFiles();

/** The case's evidence as the rules read it, and how many statements the read prepared. */
async function readForRules(ef: EvidenceFile, caseId: string) {
  return ef.rawDatabase((db: OpenVault['db']) => {
    let statements = 0;
    const counting = new Proxy(db, {
      get(target, property) {
        if (property === 'prepare') {
          return (source: string) => {
            statements++;
            return target.prepare(source);
          };
        }
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    return { items: loadEvidenceForPrinciples(counting, caseId), statements };
  });
}

async function physicalItems(ef: EvidenceFile, caseId: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const item = await ef.call('evidence.create', {
      caseId,
      type: 'physical',
      description: `Receipt ${i}`,
      collectedAt: at(START, -100 + i),
    });
    await ef.call('custody.add', {
      itemId: item.id,
      kind: 'collected',
      at: at(START, -50 + i),
      persons: ['Investigator One'],
      purpose: 'Collected at the market',
    });
  }
}

describe('the evidence the principles read', () => {
  it('reads each item with its first file, its files’ integrity and its custody log, in the order logged', async () => {
    const ef = await evidenceFile();
    const theCase = await openCase(ef);
    const bytes = bytesWithMarker(200_000, 'P');
    const phone = await ef.call('evidence.create', {
      caseId: theCase.id,
      type: 'digital',
      description: 'Seized phone',
      collectedAt: at(START, -300),
    });
    await addFile(ef, phone.id, writeSource(ef, bytes, 'phone.bin'));
    await addFile(ef, phone.id, writeSource(ef, bytesWithMarker(1_000, 'Q'), 'notes.bin'));
    for (const [kind, minutes] of [
      ['collected', -240],
      ['sealed', -200],
    ] as const) {
      await ef.call('custody.add', {
        itemId: phone.id,
        kind,
        at: at(START, minutes),
        persons: ['Investigator One'],
        purpose: 'At the scene',
        ...(kind === 'sealed' ? { sealNumber: 'S-1' } : {}),
      });
    }
    await physicalItems(ef, theCase.id, 1);
    const other = await openCase(ef, { title: 'Another case' });
    await physicalItems(ef, other.id, 2);

    const { items } = await readForRules(ef, theCase.id);

    expect(items).toEqual([
      {
        id: phone.id,
        number: 'E-0001',
        type: 'digital',
        copyRole: phone.copyRole,
        sha256AtCollection: sha256Of(bytes),
        integrity: 'unchecked',
        collectedAt: at(START, -300),
        storageLocation: phone.storageLocation,
        custodyEvents: [
          { at: at(START, -240), kind: 'collected' },
          { at: at(START, -200), kind: 'sealed' },
        ],
      },
      expect.objectContaining({
        number: 'E-0002',
        type: 'physical',
        collectedAt: at(START, -100),
        custodyEvents: [{ at: at(START, -50), kind: 'collected' }],
      }),
    ]);
    expect(items[1]).not.toHaveProperty('sha256AtCollection');
  });

  it('reads a case of many items in as many statements as a case of one (no query per item)', async () => {
    const ef = await evidenceFile();
    const small = await openCase(ef, { title: 'One item' });
    await physicalItems(ef, small.id, 1);
    const large = await openCase(ef, { title: 'Twelve items' });
    await physicalItems(ef, large.id, 12);

    const one = await readForRules(ef, small.id);
    const twelve = await readForRules(ef, large.id);

    expect(twelve.items).toHaveLength(12);
    expect(twelve.statements).toBe(one.statements);
  });
});
