import { parentPort, workerData } from 'node:worker_threads';
import { runReaderJob } from './reader-jobs';
import type { ReaderJob } from './reader-jobs';

/**
 * The guarded reader's worker (guarded-reader.ts starts one per file, with its own memory and time limits): runs
 * one job and posts its result. Built as an entry of its own beside the app's main (electron.vite.config.ts →
 * out/main/input-worker.js) and beside the command (cli/vite.config.ts → out/cli/input-worker.js).
 */
const result = await runReaderJob(workerData as ReaderJob);
const transfer = result.status === 'converted' ? [result.bytes.buffer as ArrayBuffer] : [];
parentPort?.postMessage(result, transfer);
