import { MAX_DOCUMENT_BYTES } from '../api';
import type { FileProblemReason, ImportFormat } from '../api';
import type { DocumentDamage, InputLimitDamage } from '../model/document-damage';

/**
 * How big a file Pressroom reads, per format: every limit an input is checked against before (or, for a DOCX part,
 * while) it is parsed. One table for the app, the CLI and the e2e host (electron/services/read-input.ts reads every
 * file through it). The figures behind each limit are in docs/reliability.md ("Hostile size") and
 * `npm run bench` (bench/input-bounds.ts): the largest accepted input of each format parses in a few seconds and a
 * few hundred MB, well inside the reader's own memory limit (READER_LIMITS); anything past a limit is refused
 * before its parser starts.
 *
 * A press release is a few kilobytes; a year of a ministry's releases in one file is a few megabytes. The limits
 * leave room for that many times over.
 */
export type InputFormat = ImportFormat | 'pressroom';

export interface TextLimits {
  /** The file's bytes (UTF-8). */
  bytes: number;
  /** The longest line, in UTF-16 code units (what the parsers walk). */
  lineChars: number;
}

const MB = 1024 * 1024;

export const INPUT_LIMITS = {
  /** Any file at all (.pressroom, import, template), checked from its size on disk before it is read. */
  fileBytes: MAX_DOCUMENT_BYTES,
  text: {
    markdown: { bytes: 2 * MB, lineChars: 512 * 1024 },
    html: { bytes: 8 * MB, lineChars: 8 * MB },
    text: { bytes: 8 * MB, lineChars: 1024 * 1024 },
    pressroom: { bytes: MAX_DOCUMENT_BYTES, lineChars: MAX_DOCUMENT_BYTES },
  } satisfies Record<Exclude<InputFormat, 'docx'>, TextLimits>,
  /** Blocks of a release read from any format (a .pressroom file, or what an import made). */
  blocks: 50_000,
  docx: {
    /** Parts (files) in the zip. */
    parts: 2_000,
    /** Every part together, as declared, pictures included (which are never unpacked). */
    totalBytes: 256 * MB,
    /** One text part (XML, relationships) as declared: these are unpacked and parsed by mammoth. */
    textPartBytes: 8 * MB,
    /** The text parts together, as declared. */
    textBytes: 16 * MB,
    /** Unpacked ÷ packed, above which a text part is a bomb, not a document… */
    ratio: 100,
    /** …for text parts that unpack to more than this (small parts of repeated markup pack tightly and harmlessly). */
    ratioFromBytes: 1 * MB,
  },
} as const;

/** The reader's own limits (electron/services/guarded-reader.ts): its heap, and how long one file may take. */
export const READER_LIMITS = {
  heapMb: 1024,
  seconds: 60,
} as const;

/** Refuses text that is too long for its format's parser: too many bytes, or a line too long. */
export function textLimitDamage(format: Exclude<InputFormat, 'docx'>, bytes: number, text: string): InputLimitDamage | null {
  const limits = INPUT_LIMITS.text[format];
  if (bytes > limits.bytes) return { kind: 'text-too-long', bytes, limit: limits.bytes };
  if (text.length <= limits.lineChars) return null;
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > limits.lineChars) return { kind: 'line-too-long', line, chars: stop - start, limit: limits.lineChars };
    if (end === -1) break;
    start = end + 1;
    line += 1;
  }
  return null;
}

/** Refuses a release of more blocks than a release is opened with. */
export function blocksLimitDamage(blocks: number): InputLimitDamage | null {
  return blocks > INPUT_LIMITS.blocks ? { kind: 'too-many-blocks', blocks, limit: INPUT_LIMITS.blocks } : null;
}

/** The reason a refused file is filed under: sizes and the reader's own limits are "too large", the rest "cannot be imported". */
export function reasonOfDamage(damage: DocumentDamage): FileProblemReason {
  return damage.kind === 'not-docx' || damage.kind === 'nested-too-deeply' || damage.kind === 'not-text' || damage.kind === 'reader-stopped' ? 'unreadable-import' : 'too-large';
}
