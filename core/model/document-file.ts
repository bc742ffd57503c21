import { CURRENT_VERSION, FORMAT_TAG } from './types';
import type { PressroomDocument } from './types';
import { pressroomDocumentSchema } from './schema';
import { migrateToCurrent } from './migrations';

/**
 * Why a file could not be opened. The UI turns each reason into a message in the user's language;
 * `detail` carries the technical part (the parser's or the schema's words) for the "details" line.
 */
export type DocumentProblem =
  | { reason: 'not-json'; detail: string }
  | { reason: 'not-pressroom'; detail: string }
  | { reason: 'newer-version'; version: number; detail: string }
  | { reason: 'invalid'; detail: string };

export type ReadDocumentResult =
  | { ok: true; document: PressroomDocument; migratedFrom?: number }
  | { ok: false; problem: DocumentProblem };

/** Parses and validates the text of a `.pressroom` file. Never throws. */
export function readDocumentText(text: string): ReadDocumentResult {
  const parsed = parsePressroomJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok) return parsed;
  const migration = migrateToCurrent(parsed.json);
  if (!migration.ok) {
    if (migration.reason === 'newer-version') {
      return { ok: false, problem: { reason: 'newer-version', version: migration.version, detail: `version ${migration.version}` } };
    }
    return { ok: false, problem: { reason: 'invalid', detail: `unknown version ${String(migration.version)}` } };
  }
  return validateDocument(migration.document, migration.migratedFrom);
}

/** Checks any value against the schema. Used before every write as well as after every read. */
export function validateDocument(value: unknown, migratedFrom?: number): ReadDocumentResult {
  const result = pressroomDocumentSchema.safeParse(value);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first ? first.path.join('.') : '';
    return { ok: false, problem: { reason: 'invalid', detail: `${where ? `${where}: ` : ''}${first?.message ?? 'invalid document'}` } };
  }
  const document = result.data as PressroomDocument;
  return migratedFrom === undefined ? { ok: true, document } : { ok: true, document, migratedFrom };
}

/** The file's text: stable key order, two-space indent, final newline, so files diff well. */
export function writeDocumentText(document: PressroomDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Reads the text the renderer sent for a save or an autosave (document-transfer.ts): JSON, our format tag, the
 * current version (the renderer holds every release in the current version: older files are migrated when
 * opened; no migration here) and the schema. Never throws; a refusal is a problem the UI words like any file's.
 */
export function readDocumentTransfer(text: string): ReadDocumentResult {
  const parsed = parsePressroomJson(text);
  if (!parsed.ok) return parsed;
  const { version } = parsed.json;
  if (version !== CURRENT_VERSION) {
    return { ok: false, problem: { reason: 'invalid', detail: `version ${String(version)} is not the current version ${CURRENT_VERSION}` } };
  }
  return validateDocument(parsed.json);
}

/** JSON text of an object carrying our format tag, or why not. */
function parsePressroomJson(text: string): { ok: true; json: Record<string, unknown> } | { ok: false; problem: DocumentProblem } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { reason: 'not-json', detail: (error as Error).message } };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || (parsed as { format?: unknown }).format !== FORMAT_TAG) {
    return { ok: false, problem: { reason: 'not-pressroom', detail: `the "format" field is not "${FORMAT_TAG}"` } };
  }
  return { ok: true, json: parsed as Record<string, unknown> };
}
