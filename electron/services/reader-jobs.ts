import type { ExportFormat, Failed } from '../../core/api';
import { exportRelease } from '../../core/formats/export';
import type { ExportOptions } from '../../core/formats/export';
import { readInputFile } from './read-input';
import type { ReadInputResult } from './read-input';

/**
 * What the guarded reader (guarded-reader.ts) runs in its worker (input-worker.ts): read a file into a release
 * (the app's Open), or read it and export it (`pressroom export`). Kept apart from the worker's entry so the same
 * jobs run in-process where no worker is wanted (unit tests, runCli called from a test).
 */
export type ReaderJob = { job: 'read'; path: string } | { job: 'convert'; path: string; format: ExportFormat; options: ExportOptions };

export type ConvertResult = { status: 'converted'; bytes: Uint8Array } | Failed;
export type ReaderJobResult<J extends ReaderJob> = J extends { job: 'read' } ? ReadInputResult : ConvertResult;

export async function runReaderJob(job: ReaderJob): Promise<ReadInputResult | ConvertResult> {
  const read = await readInputFile(job.path);
  if (job.job === 'read' || read.status === 'failed') return read;
  try {
    // PDF: the print layout set by pdfkit in the shipped fonts (no browser is needed); loaded only for PDF.
    const renderPdf: ExportOptions['renderPdf'] = async (release, paper, options = {}) => (await import('./pdf-export')).releaseToPdf(release, { paper, ...options });
    return { status: 'converted', bytes: await exportRelease(read.document, job.format, { ...job.options, renderPdf }) };
  } catch (error) {
    return { status: 'failed', problem: { reason: 'io', path: job.path, detail: `export failed: ${error instanceof Error ? error.message : String(error)}` } };
  }
}
