import { presentOnly } from '../kernel/db/present-only.js';
import type { Handlers } from '../../../shared/contract/index.js';
import { requireFilePorts, type CaseFileContext } from '../kernel/context.js';
import { ChosenFiles } from './chosen-files.js';
import { exportContent } from './content-export.js';
import { objectsOf } from './content-records.js';
import { startIngest } from './content-ingest.js';
import { Uploads } from './content-upload.js';
import { startVerification } from './content-verify.js';
import { createEvidence, updateEvidence } from './evidence-changes.js';
import { jobsOf } from '../kernel/jobs/job-board.js';
import { getEvidenceRecord, listEvidenceSummaries } from './evidence-store.js';
import { evidenceLogPage } from './evidence-log-page.js';

type EvidenceMethod = Extract<keyof Handlers, `evidence.${string}`>;

export function evidenceHandlers(ctx: CaseFileContext): Pick<Handlers, EvidenceMethod> {
  const jobs = jobsOf(ctx);
  const chosen = new ChosenFiles(() => ctx.now());
  const uploads = new Uploads(ctx, jobs);
  return {
    'evidence.list': ({ caseId, type, status }) => ({
      items: listEvidenceSummaries(ctx.db(), caseId, { type, status }),
    }),
    'evidence.page': (request) => evidenceLogPage(ctx.db(), request, ctx.now()),
    'evidence.get': ({ itemId }) => getEvidenceRecord(ctx.db(), itemId),
    'evidence.create': (input) => createEvidence(ctx, input),
    'evidence.update': (input) => updateEvidence(ctx, input),
    'evidence.chooseFiles': async () => {
      const { lockSignal } = objectsOf(ctx);
      return { files: await chosen.choose(requireFilePorts(ctx), lockSignal) };
    },
    'evidence.ingest': (input) => {
      const file = chosen.take(input.token);
      const source = { source: file.path, fileName: file.name, bytesTotal: file.size };
      return startIngest(
        ctx,
        jobs,
        'newItem' in input ? { ...source, newItem: input.newItem } : { ...source, itemId: input.itemId },
      );
    },
    'evidence.uploadBegin': (input) => uploads.begin(input),
    'evidence.uploadChunk': (input) => uploads.chunk(input),
    'evidence.uploadEnd': ({ jobId }) => uploads.end(jobId),
    'evidence.verify': ({ itemId, caseId }) =>
      startVerification(ctx, jobs, {
        ...presentOnly({ itemId, caseId }),
      }),
    'evidence.export': (input) => exportContent(ctx, input),
  };
}
