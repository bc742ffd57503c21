import { MAX_DOCUMENT_BYTES } from '../../core/api';
import type { Failed, FileProblem, FileProblemReason } from '../../core/api';

/** Files larger than this are refused on open and save: a press release is never 50 MB. */
export const MAX_FILE_BYTES = MAX_DOCUMENT_BYTES;

const REASON_BY_CODE: Record<string, FileProblemReason> = {
  ENOENT: 'not-found',
  ENOTDIR: 'not-found',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'read-only',
  EACCES: 'permission-denied',
  EPERM: 'permission-denied',
  EFBIG: 'too-large',
};

/**
 * Turns a system error into the FileProblem the UI words: the reason from the errno code, the code itself (shown
 * as it is: it is not prose), and the system's English message in `detail`, which the UI does not show.
 */
export function problemFromError(error: unknown, path?: string): FileProblem {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const problem: FileProblem = { reason: REASON_BY_CODE[code] ?? 'io', detail: code && !message.startsWith(code) ? `${code}: ${message}` : message };
  if (/^E[A-Z0-9]{1,15}$/u.test(code)) problem.code = code;
  if (path !== undefined) problem.path = path;
  return problem;
}

export function failed(problem: FileProblem): Failed {
  return { status: 'failed', problem };
}

export function failedFromError(error: unknown, path?: string): Failed {
  return failed(problemFromError(error, path));
}
