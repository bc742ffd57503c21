import type { JsonSyntaxFault } from './json-syntax';

/**
 * What exactly is wrong inside a file that could not be opened, as data the interface words in the user's
 * language (core/i18n/catalogue/problems.ts has a sentence for every kind). Numbers count from 1, as a reader
 * counts: `block: 4` is the fourth block of the release. Values copied from the file (a block type, a field name,
 * a version) are cut to a few dozen characters, so a hostile file cannot fill the dialog.
 */
export type DocumentDamage =
  /** The bytes are not UTF-8 text. */
  | { kind: 'not-text' }
  | JsonSyntaxFault
  | { kind: 'no-version' }
  /** `version` is not a whole number Pressroom knows. */
  | { kind: 'unknown-version'; version: string }
  | { kind: 'unknown-block-type'; block: number; blockType: string }
  | { kind: 'untyped-block'; block: number }
  /** A link to an address other than http, https or mailto. */
  | { kind: 'unsafe-link'; block: number }
  /** A block of a known type whose inside is not what that type holds. */
  | { kind: 'block'; block: number; blockType: string }
  | { kind: 'metadata-missing'; field: string }
  | { kind: 'metadata-unexpected'; field: string }
  | { kind: 'metadata-wrong'; field: string }
  /** The template's name, description or kind. */
  | { kind: 'template' }
  /** Anything else: the file is not laid out as a release. */
  | { kind: 'structure' }
  | InputLimitDamage;

/**
 * A file refused before or while it is read because it is too big to read safely (core/formats/input-limits.ts,
 * electron/services/read-input.ts). Sizes are bytes; `part` is a name inside a DOCX (cut like any quoted value).
 */
export type InputLimitDamage =
  /** The file is larger than Pressroom opens at all. */
  | { kind: 'file-too-large'; bytes: number; limit: number }
  /** More text than this format is read up to. */
  | { kind: 'text-too-long'; bytes: number; limit: number }
  /** One line longer than the parser is given. */
  | { kind: 'line-too-long'; line: number; chars: number; limit: number }
  /** Lists or quotes nested deeper than the parser is given (Markdown). */
  | { kind: 'nested-too-deeply'; line: number }
  /** More blocks than a release is opened with. */
  | { kind: 'too-many-blocks'; blocks: number; limit: number }
  /** Not a zip archive, or a damaged one: not a Word document. */
  | { kind: 'not-docx' }
  /** A DOCX part whose declared unpacked size is over the limit. */
  | { kind: 'docx-part-too-large'; part: string; bytes: number; limit: number }
  /** The DOCX parts together unpack to more than the limit. */
  | { kind: 'docx-too-large'; bytes: number; limit: number }
  /** A DOCX part packed more tightly than any real document is (a zip bomb). */
  | { kind: 'docx-packed-too-tightly'; part: string; ratio: number; limit: number }
  /** A DOCX part that unpacks to more than its zip directory says (a lying archive). */
  | { kind: 'docx-part-lies'; part: string; declared: number }
  /** Reading the file needed more memory than it is given (the reader was stopped; nothing else was touched). */
  | { kind: 'out-of-memory'; limit: number }
  /** Reading the file took longer than it is given. */
  | { kind: 'took-too-long'; seconds: number }
  /** The reader stopped without an answer. */
  | { kind: 'reader-stopped' };

export type DocumentDamageKind = DocumentDamage['kind'];

/** The part of a schema issue the damage is read from (zod's issues have this shape). */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  keys?: readonly string[];
}

const MAX_QUOTED = 40;

/** A value from the file as the message may quote it: one line, at most MAX_QUOTED characters. */
export function quoted(value: unknown): string {
  const text = (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)).replace(/\s+/gu, ' ').trim();
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The damage a schema issue describes in `document` (the value that was checked). */
export function damageOfIssue(issue: SchemaIssue, document: unknown): DocumentDamage {
  const [part, second] = issue.path;
  const root = isRecord(document) ? document : {};

  if (part === 'body' && typeof second === 'number') {
    const block = second + 1;
    const value = Array.isArray(root.body) ? (root.body as unknown[])[second] : undefined;
    const blockType = isRecord(value) ? value.type : undefined;
    if (issue.path.length === 3 && issue.path[2] === 'type') {
      return blockType === undefined ? { kind: 'untyped-block', block } : { kind: 'unknown-block-type', block, blockType: quoted(blockType) };
    }
    if (typeof blockType !== 'string') return { kind: 'untyped-block', block };
    if (issue.code === 'custom' && issue.path.at(-1) === 'url') return { kind: 'unsafe-link', block };
    return { kind: 'block', block, blockType: quoted(blockType) };
  }

  if (part === 'metadata' && isRecord(root.metadata)) {
    if (issue.code === 'unrecognized_keys' && issue.path.length === 1) return { kind: 'metadata-unexpected', field: quoted(issue.keys?.[0] ?? '') };
    if (typeof second === 'string') {
      return Object.hasOwn(root.metadata, second) ? { kind: 'metadata-wrong', field: quoted(second) } : { kind: 'metadata-missing', field: quoted(second) };
    }
  }
  if (part === 'template' && isRecord(root.template)) return { kind: 'template' };
  return { kind: 'structure' };
}
