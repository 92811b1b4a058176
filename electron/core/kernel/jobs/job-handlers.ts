import type { Handlers } from '../../../../shared/contract/index.js';
import type { JobBoard } from './job-board.js';

/** The board's methods, for jobs of every kind: one way to read a job and one way to cancel it. */
export function jobHandlers(board: JobBoard): Pick<Handlers, 'jobs.get' | 'jobs.cancel'> {
  return {
    'jobs.get': ({ jobId }) => board.get(jobId),
    'jobs.cancel': ({ jobId }) => board.cancel(jobId),
  };
}
