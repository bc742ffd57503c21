import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Failed } from '../../core/api';
import { READER_LIMITS, reasonOfDamage } from '../../core/formats/input-limits';
import type { DocumentDamage } from '../../core/model/document-damage';
import type { ReadInputResult } from './read-input';
import type { ConvertResult, ReaderJob } from './reader-jobs';

/**
 * Reading and converting files off the host's own thread (issue 13): each file is read by a worker thread of its
 * own (input-worker.ts) with a heap limit (`resourceLimits`) and a time limit. If the worker runs out of its memory,
 * takes too long or dies, the answer is a FileProblem like any other — the process that asked (Electron's main
 * with its window and every unsaved word, the e2e host, the command) goes on as it was.
 *
 * The worker is a built file: out/main/input-worker.js beside the app's main, out/cli/input-worker.js beside the
 * command. The e2e host and `npm run start:browser` run after `electron-vite build` and use out/main's.
 */
export interface GuardedReaderOptions {
  /** The built worker (input-worker.js). */
  workerFile: string;
  /** The worker's heap, in MB (V8's old generation). */
  heapMb?: number;
  /** How long one job may take. */
  seconds?: number;
}

export interface GuardedReader {
  read(path: string): Promise<ReadInputResult>;
  convert(job: Extract<ReaderJob, { job: 'convert' }>): Promise<ConvertResult>;
}

const refused = (path: string, damage: DocumentDamage, detail: string): Failed => ({ status: 'failed', problem: { reason: reasonOfDamage(damage), path, damage, detail } });

export function createGuardedReader(options: GuardedReaderOptions): GuardedReader {
  const heapMb = options.heapMb ?? READER_LIMITS.heapMb;
  const seconds = options.seconds ?? READER_LIMITS.seconds;

  function run<R extends ReadInputResult | ConvertResult>(job: ReaderJob): Promise<R> {
    if (!existsSync(options.workerFile)) {
      return Promise.resolve(refused(job.path, { kind: 'reader-stopped' }, `the reader ${options.workerFile} is not built`) as R);
    }
    return new Promise<R>((resolve) => {
      let settled = false;
      const settle = (result: R) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
      };
      const worker = new Worker(options.workerFile, {
        workerData: job,
        resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
        stdout: true,
        stderr: true,
      });
      // What the worker prints is not the host's output (the command's stdout may be the exported file).
      worker.stdout.resume();
      worker.stderr.resume();
      const timer = setTimeout(() => {
        settle(refused(job.path, { kind: 'took-too-long', seconds }, `the reader took longer than ${seconds} s`) as R);
        void worker.terminate();
      }, seconds * 1000);
      worker.once('message', (result: R) => {
        settle(result);
        void worker.terminate();
      });
      worker.once('error', (error: Error & { code?: string }) => {
        const damage: DocumentDamage = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'out-of-memory', limit: heapMb * 1024 * 1024 } : { kind: 'reader-stopped' };
        settle(refused(job.path, damage, `${error.code ?? 'error'}: ${error.message}`) as R);
      });
      worker.once('exit', (code) => settle(refused(job.path, { kind: 'reader-stopped' }, `the reader exited with ${code}`) as R));
    });
  }

  return {
    read: (path) => run<ReadInputResult>({ job: 'read', path }),
    convert: (job) => run<ConvertResult>(job),
  };
}
