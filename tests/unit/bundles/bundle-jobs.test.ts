import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { custodyReportModel } from '../../../electron/core/evidence/custody-report-model.js';
import { verificationReportModel } from '../../../electron/core/evidence/verification-report-model.js';
import type { BundleExportJob, BundleImportJob } from '../../../shared/contract/bundles.js';
import { documentBodyLines } from '../../../shared/documents/document-model.js';
import type { Job } from '../../../shared/contract/jobs.js';
import { objectFiles, START, useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';
import { caseToHandOver } from './bundle-fixture.js';
import { diskFullOnWrite } from '../evidence-objects/failing-write.js';
import { getItemWithChain } from '../../../electron/core/evidence/evidence-store.js';

// Bundle export and import run on the job board, as the app shows them: progress events, a cancel
// that leaves nothing behind (no file for an export, no row and no object for an import), the
// refusal of a damaged file as the job's error in words, and an import of the file its preview read.
const evidenceFile = useEvidenceFiles();

/** Two vaults that have exchanged contact cards and verified each other. */
async function twoColleagues(): Promise<{ sender: EvidenceFile; receiver: EvidenceFile; receiverContact: string }> {
  const sender = await evidenceFile();
  const receiver = await evidenceFile();
  const senderCard = (await sender.call('identity.show', {})).card;
  const receiverCard = (await receiver.call('identity.show', {})).card;
  const added = await sender.call('contacts.add', { card: receiverCard, name: 'Legal officer' });
  await sender.call('contacts.verify', { id: added.id });
  const back = await receiver.call('contacts.add', { card: senderCard, name: 'Investigator' });
  await receiver.call('contacts.verify', { id: back.id });
  return { sender, receiver, receiverContact: added.id };
}

/** Cancels the job at its first progress event: the work is then surely under way, not over. */
function cancelAtFirstProgress(ef: EvidenceFile): { cancelled: Promise<Job> } {
  let resolve: (job: Job) => void = () => undefined;
  const cancelled = new Promise<Job>((done) => {
    resolve = done;
  });
  const stop = ef.ws.onEvent((event) => {
    if (event.name !== 'jobs.progress' || event.payload.job.state !== 'running') return;
    stop();
    void ef.call('jobs.cancel', { jobId: event.payload.job.jobId }).then(resolve);
  });
  return { cancelled };
}

async function exportFor(sender: EvidenceFile, caseId: string, contactId: string, name: string) {
  sender.ports.exportTo = path.join(sender.work, name);
  const { job } = await sender.call('bundles.export', {
    caseId,
    audience: { kind: 'contacts', contactIds: [contactId] },
    omit: [],
  });
  if (job === null) throw new Error('no export job');
  return { started: job, file: sender.ports.exportTo };
}

const casesIn = async (ef: EvidenceFile) =>
  (await ef.rawDatabase((db) => db.prepare(`SELECT id FROM cases`).all())).length;
const exportAudits = (ef: EvidenceFile) =>
  ef.rawDatabase((db) => db.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'bundle.export'`).get());

describe('bundles on the job board', () => {
  it('exports with progress, previews and imports the same file without a second dialog', async () => {
    const { sender, receiver, receiverContact } = await twoColleagues();
    const { theCase } = await caseToHandOver(sender, 3_000_000);
    const progress: Job[] = [];
    sender.ws.onEvent((event) => {
      if (event.name === 'jobs.progress') progress.push(event.payload.job);
    });

    const { started, file } = await exportFor(sender, theCase.id, receiverContact, 'for-legal.casefile');
    expect(started).toMatchObject({ kind: 'bundleExport', state: 'running', caseId: theCase.id, file });
    const exported = (await sender.settle(started.jobId)) as BundleExportJob;
    expect(exported.state).toBe('done');
    expect(exported.outcome).toMatchObject({ reference: theCase.reference, bytesWritten: fs.statSync(file).size });
    expect(exported.unverifiedRecipients).toEqual([]);
    expect(progress.every((job) => job.kind === 'bundleExport' && job.jobId === started.jobId)).toBe(true);

    receiver.ports.toAdd = [file];
    const { job: preview } = await receiver.call('bundles.import', { dryRun: true });
    const previewed = (await receiver.settle(preview!.jobId)) as BundleImportJob;
    expect(previewed).toMatchObject({ kind: 'bundleImport', state: 'done', dryRun: true });
    expect(previewed.bytesDone).toBe(fs.statSync(file).size);
    expect(previewed.preview).toMatchObject({ reference: theCase.reference, caseExists: false });
    expect(previewed.preview?.signer).toMatchObject({ status: 'contact', name: 'Investigator', verified: true });
    expect(await casesIn(receiver)).toBe(0);

    // The dialog would now answer "cancelled": the import reads the file the preview read.
    receiver.ports.toAdd = [];
    const { job: importing } = await receiver.call('bundles.import', { previewJobId: preview!.jobId });
    const imported = (await receiver.settle(importing!.jobId)) as BundleImportJob;
    expect(imported).toMatchObject({ state: 'done', dryRun: false, preview: { reference: theCase.reference } });
    const { items } = await receiver.call('cases.list', {});
    expect(items.map((item) => item.reference)).toEqual([theCase.reference]);
  }, 120_000);

  it('refuses to import a file replaced after its preview, even by a valid bundle, and writes nothing', async () => {
    const { sender, receiver, receiverContact } = await twoColleagues();
    const { theCase } = await caseToHandOver(sender, 1_000_000);
    const first = await exportFor(sender, theCase.id, receiverContact, 'first.casefile');
    expect((await sender.settle(first.started.jobId)).state).toBe('done');
    const second = await exportFor(sender, theCase.id, receiverContact, 'second.casefile');
    expect((await sender.settle(second.started.jobId)).state).toBe('done');

    receiver.ports.toAdd = [first.file];
    const { job: preview } = await receiver.call('bundles.import', { dryRun: true });
    expect((await receiver.settle(preview!.jobId)).state).toBe('done');
    const objectsBefore = objectFiles(receiver);
    // Between the preview and the import, another bundle (signed by the same colleague) takes the file's place.
    fs.copyFileSync(second.file, first.file);

    receiver.ports.toAdd = [];
    const { job: importing } = await receiver.call('bundles.import', { previewJobId: preview!.jobId });
    const failed = await receiver.settle(importing!.jobId);
    expect(failed.state).toBe('failed');
    expect(failed.error?.message).toBe(
      'The file changed after it was checked. Check it again before importing. Nothing was imported.',
    );
    expect(await casesIn(receiver)).toBe(0);
    expect(objectFiles(receiver)).toEqual(objectsBefore);
  }, 120_000);

  it('records the hand-over as codes on both sides, worded in the language of the report that prints it', async () => {
    const { sender, receiver, receiverContact } = await twoColleagues();
    const { theCase } = await caseToHandOver(sender, 1_000);
    const { started, file } = await exportFor(sender, theCase.id, receiverContact, 'handed.casefile');
    expect((await sender.settle(started.jobId)).state).toBe('done');
    receiver.ports.toAdd = [file];
    const { job } = await receiver.call('bundles.import', {});
    expect((await receiver.settle(job!.jobId)).state).toBe('done');
    const senderKey = (await sender.call('identity.show', {})).signingFingerprint;
    const receiverKey = (await receiver.call('identity.show', {})).signingFingerprint;

    // Each side's record keeps codes and the names people gave, no English sentence (the sender's own
    // hand-over is recorded once its bundle is whole, so it stays on the sender's side).
    const handOvers = (ef: EvidenceFile) =>
      ef.rawDatabase(
        (db) =>
          db
            .prepare(
              `SELECT purpose, purpose_code, from_holder, from_role, to_holder, to_role, item_id, hash_checks
                FROM custody_events WHERE kind = 'handed_over' AND purpose_code IS NOT NULL`,
            )
            .all() as Record<string, string | null>[],
      );
    const sent = await handOvers(sender);
    const received = await handOvers(receiver);
    expect(sent.length).toBeGreaterThan(0);
    expect(received).toHaveLength(sent.length);
    for (const row of sent) {
      expect(row).toMatchObject({
        purpose: '',
        purpose_code: 'bundle_sent',
        from_holder: senderKey,
        from_role: 'vault',
        to_holder: 'Legal officer',
        to_role: null,
      });
    }
    for (const row of received) {
      expect(row).toMatchObject({
        purpose: '',
        purpose_code: 'bundle_received',
        from_holder: 'Investigator',
        from_role: null,
        to_holder: receiverKey,
        to_role: 'vault',
      });
    }

    // Only the receiver, which hashed every byte, records a check; the sender sent the SHA-256 recorded at
    // collection without hashing again, and its event says nothing was checked.
    for (const row of sent) expect(row.hash_checks).toBe('[]');
    const receivedChecks = received.flatMap((row) => JSON.parse(row.hash_checks!) as { result: string }[]);
    expect(receivedChecks.length).toBeGreaterThan(0);
    for (const check of receivedChecks) expect(check.result).toBe('match');

    const itemId = sent[0]!.item_id!;
    const data = { caseReference: theCase.reference, marking: 'confidential' as const, generatedAt: START };
    const report = async (ef: EvidenceFile, language: 'en' | 'fr') => {
      const item = await ef.rawDatabase((db) => getItemWithChain(db, itemId));
      return documentBodyLines(custodyReportModel({ ...data, item, generatedBy: 'test', language })).join('\n');
    };
    const frenchSent = await report(sender, 'fr');
    expect(frenchSent).toContain('Remis dans un paquet chiffré du dossier, chaque fichier avec l’empreinte SHA-256');
    expect(frenchSent).not.toContain('chaque fichier vérifié');
    expect(frenchSent).toContain(`Coffre Casefile ${senderKey}`);
    const french = await report(receiver, 'fr');
    expect(french).toContain('Reçu dans un paquet chiffré du dossier ; chaque fichier vérifié');
    expect(french).toContain(`Coffre Casefile ${receiverKey}`);
    for (const text of [frenchSent, french]) expect(text).not.toMatch(/encrypted case bundle|Casefile vault/);
    const english = await report(receiver, 'en');
    expect(english).toContain('Received in an encrypted case bundle; every file checked against its SHA-256.');
    expect(english).toContain(`Casefile vault ${receiverKey}`);

    const item = await receiver.rawDatabase((db) => getItemWithChain(db, itemId));
    const verification = documentBodyLines(
      verificationReportModel({
        caseReference: theCase.reference,
        items: [item],
        signers: [],
        marking: 'confidential',
        generatedAt: START,
        generatedBy: 'test',
        language: 'fr',
      }),
    ).join('\n');
    expect(verification).toMatch(
      new RegExp(`de Investigator à Coffre Casefile ${receiverKey} : Reçu dans un paquet chiffré`),
    );
    expect(verification).not.toMatch(/encrypted case bundle|Casefile vault/);
  }, 120_000);

  it('a cancelled export leaves no file and records no hand-over', async () => {
    const { sender, receiverContact } = await twoColleagues();
    const { theCase } = await caseToHandOver(sender, 40_000_000);
    const { cancelled } = cancelAtFirstProgress(sender);
    const { started, file } = await exportFor(sender, theCase.id, receiverContact, 'cancelled.casefile');
    const job = await cancelled;
    expect(job).toMatchObject({ jobId: started.jobId, state: 'cancelled' });
    expect(job.error).toBeUndefined();
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readdirSync(path.dirname(file)).filter((name) => name.includes('casefile'))).toEqual([]);
    expect(await exportAudits(sender)).toEqual({ n: 0 });
  }, 120_000);

  it('an export whose disk fills part-way fails in words, leaves no file and records no hand-over', async () => {
    const { sender, receiverContact } = await twoColleagues();
    const { theCase } = await caseToHandOver(sender, 8_000_000);
    // The third write runs out of space: the header and some sealed chunks are on disk, more are queued.
    const disk = await diskFullOnWrite(sender.work, 3);
    try {
      const { started, file } = await exportFor(sender, theCase.id, receiverContact, 'full-disk.casefile');
      const failed = await sender.settle(started.jobId);
      expect(disk.calls()).toBe(3);
      expect(failed.state).toBe('failed');
      expect(failed.error?.message).toMatch(/could not be written there; no bundle was made/);
      expect(fs.existsSync(file)).toBe(false);
      expect(fs.readdirSync(path.dirname(file)).filter((name) => name.includes('casefile'))).toEqual([]);
    } finally {
      disk.restore();
    }
    expect(await exportAudits(sender)).toEqual({ n: 0 });
  }, 120_000);

  it('an export to a name already taken fails in words, leaves that file as it was, records no hand-over', async () => {
    const { sender, receiverContact } = await twoColleagues();
    const { theCase } = await caseToHandOver(sender, 500_000);
    const taken = path.join(sender.work, 'taken.casefile');
    fs.writeFileSync(taken, 'an earlier bundle');
    const { started } = await exportFor(sender, theCase.id, receiverContact, 'taken.casefile');
    const failed = await sender.settle(started.jobId);
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatchObject({
      code: 'CONFLICT',
      message: 'A file with that name is already there; choose another name. No bundle was made.',
    });
    expect(fs.readFileSync(taken, 'utf8')).toBe('an earlier bundle');
    expect(fs.readdirSync(sender.work).filter((name) => name.includes('casefile'))).toEqual(['taken.casefile']);
    expect(await exportAudits(sender)).toEqual({ n: 0 });
  }, 120_000);

  it('a cancelled import writes nothing: no case, no evidence object', async () => {
    const { sender, receiver, receiverContact } = await twoColleagues();
    const { theCase } = await caseToHandOver(sender, 40_000_000);
    const { started, file } = await exportFor(sender, theCase.id, receiverContact, 'big.casefile');
    expect((await sender.settle(started.jobId)).state).toBe('done');
    const objectsBefore = objectFiles(receiver);

    receiver.ports.toAdd = [file];
    const { cancelled } = cancelAtFirstProgress(receiver);
    const { job: importing } = await receiver.call('bundles.import', {});
    const job = await cancelled;
    expect(job).toMatchObject({ jobId: importing!.jobId, state: 'cancelled', kind: 'bundleImport' });
    expect(await casesIn(receiver)).toBe(0);
    expect(objectFiles(receiver)).toEqual(objectsBefore);
  }, 120_000);

  it('refuses a damaged bundle as the job’s error in words, and an unknown preview', async () => {
    const { sender, receiver, receiverContact } = await twoColleagues();
    const { theCase } = await caseToHandOver(sender, 2_000_000);
    const { started, file } = await exportFor(sender, theCase.id, receiverContact, 'sent.casefile');
    await sender.settle(started.jobId);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 200] = bytes[bytes.length - 200]! ^ 0x01;
    const damaged = path.join(receiver.work, 'damaged.casefile');
    fs.writeFileSync(damaged, bytes);

    receiver.ports.toAdd = [damaged];
    const { job } = await receiver.call('bundles.import', { dryRun: true });
    const failed = await receiver.settle(job!.jobId);
    expect(failed.state).toBe('failed');
    expect(failed.error?.message).toMatch(/damaged or was changed after it was made/);
    expect(await casesIn(receiver)).toBe(0);
    // A failed preview is not one the import may take up.
    expect(await receiver.refusal('bundles.import', { previewJobId: job!.jobId })).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/choose the bundle file again/),
    });
  }, 120_000);
});
