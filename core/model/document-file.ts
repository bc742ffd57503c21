import { CURRENT_VERSION, FORMAT_TAG } from './types';
import type { PressroomDocument } from './types';
import { pressroomDocumentSchema } from './schema';
import { migrateToCurrent } from './migrations';
import { damageOfIssue, quoted } from './document-damage';
import type { DocumentDamage } from './document-damage';
import { findJsonSyntaxFault } from './json-syntax';

/**
 * Why a file could not be opened. The UI words the reason and the `damage` (what exactly is wrong, as data) in
 * the user's language; `detail` keeps the parser's or the schema's own English words for logs and bug reports,
 * never for the message.
 */
export type DocumentProblem =
  | { reason: 'not-json'; detail: string; damage?: DocumentDamage }
  | { reason: 'not-pressroom'; detail: string }
  | { reason: 'newer-version'; version: number; detail: string }
  | { reason: 'invalid'; detail: string; damage?: DocumentDamage }
  /** More blocks than `maxBlocks` (counted before the schema is run over them). */
  | { reason: 'too-large'; detail: string; damage: DocumentDamage };

export type ReadDocumentResult =
  | { ok: true; document: PressroomDocument; migratedFrom?: number }
  | { ok: false; problem: DocumentProblem };

/**
 * Parses and validates the text of a `.pressroom` file. Never throws. With `maxBlocks`, a body of more blocks is
 * refused as soon as the JSON is parsed, before the schema walks it (core/formats/input-limits.ts).
 */
export function readDocumentText(text: string, limits: { maxBlocks?: number } = {}): ReadDocumentResult {
  const parsed = parsePressroomJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok) return parsed;
  const blocks = Array.isArray(parsed.json.body) ? parsed.json.body.length : 0;
  if (limits.maxBlocks !== undefined && blocks > limits.maxBlocks) {
    return { ok: false, problem: { reason: 'too-large', detail: `${blocks} blocks`, damage: { kind: 'too-many-blocks', blocks, limit: limits.maxBlocks } } };
  }
  const migration = migrateToCurrent(parsed.json);
  if (!migration.ok) {
    if (migration.reason === 'newer-version') {
      return { ok: false, problem: { reason: 'newer-version', version: migration.version, detail: `version ${migration.version}` } };
    }
    const damage: DocumentDamage = migration.version === undefined ? { kind: 'no-version' } : { kind: 'unknown-version', version: quoted(migration.version) };
    return { ok: false, problem: { reason: 'invalid', detail: `unknown version ${String(migration.version)}`, damage } };
  }
  return validateDocument(migration.document, migration.migratedFrom);
}

/** Checks any value against the schema. Used before every write as well as after every read. */
export function validateDocument(value: unknown, migratedFrom?: number): ReadDocumentResult {
  const result = pressroomDocumentSchema.safeParse(value);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first ? first.path.join('.') : '';
    const detail = `${where ? `${where}: ` : ''}${first?.message ?? 'invalid document'}`;
    return { ok: false, problem: { reason: 'invalid', detail, damage: first ? damageOfIssue(first, value) : { kind: 'structure' } } };
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
    const fault = findJsonSyntaxFault(text);
    return { ok: false, problem: { reason: 'not-json', detail: (error as Error).message, ...(fault ? { damage: fault } : {}) } };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || (parsed as { format?: unknown }).format !== FORMAT_TAG) {
    return { ok: false, problem: { reason: 'not-pressroom', detail: `the "format" field is not "${FORMAT_TAG}"` } };
  }
  return { ok: true, json: parsed as Record<string, unknown> };
}
