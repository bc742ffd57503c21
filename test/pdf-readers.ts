import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Reading a PDF back as a person's tools do, with Poppler (independent of both PDF writers): pdftotext for the text
 * a reader can select and search, pdffonts for what is embedded, pdftohtml -xml for the outline (bookmarks),
 * pdfinfo for the page size. Shared by the Vitest (command line, pdfkit) and Playwright (print page, Chromium) tests.
 */

function withFile<T>(bytes: Uint8Array, read: (path: string) => T): T {
  const folder = mkdtempSync(join(tmpdir(), 'pressroom-pdf-'));
  const path = join(folder, 'release.pdf');
  try {
    writeFileSync(path, bytes);
    return read(path);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const run = (command: string, args: string[]): string => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/**
 * The text in the order it was drawn (-raw): pdftotext's default reading order joins a word hyphenated at a line's
 * end ("общественно-¶социальных" → "общественносоциальных"), dropping a hyphen that is in the PDF.
 */
export const pdfText = (bytes: Uint8Array): string => withFile(bytes, (path) => run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']));

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** pdffonts' table: name, type, encoding, emb, sub, uni, object. */
export function pdfFonts(bytes: Uint8Array): PdfFont[] {
  const lines = withFile(bytes, (path) => run('pdffonts', [path])).split('\n').slice(2).filter((line) => line.trim() !== '');
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // The last five columns are emb, sub, uni and the object number and generation; the name is first.
    const [emb, sub, uni] = columns.slice(-5, -2);
    return { name: columns[0] ?? '', type: columns.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
  });
}

export interface OutlineItem {
  title: string;
  page: number;
  children: OutlineItem[];
}

const unescapeXml = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code))).replace(/&amp;/g, '&');

/** The document outline as Poppler reads it (pdftohtml -xml), nested. */
export function pdfOutline(bytes: Uint8Array): OutlineItem[] {
  const xml = withFile(bytes, (path) => run('pdftohtml', ['-xml', '-i', '-q', '-stdout', path]));
  const start = xml.indexOf('<outline>');
  if (start < 0) return [];
  const root: OutlineItem[] = [];
  const stack: OutlineItem[][] = [];
  let current = root;
  let last: OutlineItem | null = null;
  const tokens = xml.slice(start).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([\s\S]*?)<\/item>/g);
  for (const token of tokens) {
    if (token[0] === '<outline>') {
      stack.push(current);
      if (last) current = last.children;
    } else if (token[0] === '</outline>') {
      current = stack.pop() ?? root;
      if (stack.length === 0) break;
    } else {
      last = { title: unescapeXml(token[2] ?? ''), page: Number(token[1]), children: [] };
      current.push(last);
    }
  }
  return root;
}

/** Pages and the first page's size in points, from pdfinfo. */
export function pdfPages(bytes: Uint8Array): { pages: number; width: number; height: number; tagged: boolean } {
  const info = withFile(bytes, (path) => run('pdfinfo', [path]));
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), tagged: /Tagged:\s+yes/.test(info) };
}

export interface StructureNode {
  type: string;
  /** The text of the marked content directly under this element (pdfinfo -struct-text), joined. */
  text: string;
  /** Its text and its descendants', in reading order (a paragraph's words around and inside its Link). */
  allText: string;
  children: StructureNode[];
}

/**
 * The tagged PDF's structure tree as Poppler reads it (pdfinfo -struct-text): each element's type, its own text
 * and its children. Empty when the PDF is not tagged.
 */
export function pdfStructure(bytes: Uint8Array): StructureNode[] {
  const lines = withFile(bytes, (path) => run('pdfinfo', ['-struct-text', path])).split('\n');
  const root: StructureNode = { type: '', text: '', allText: '', children: [] };
  const stack: { depth: number; node: StructureNode }[] = [{ depth: -1, node: root }];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const depth = line.length - line.trimStart().length;
    while (stack.length > 1 && (stack[stack.length - 1] as { depth: number }).depth >= depth) stack.pop();
    const parent = (stack[stack.length - 1] as { node: StructureNode }).node;
    const quoted = /^\s*"(.*)"$/.exec(line);
    if (quoted) {
      parent.text += quoted[1];
      for (const { node } of stack) node.allText += quoted[1];
    } else {
      const node: StructureNode = { type: line.trim().split(/\s+/)[0] ?? '', text: '', allText: '', children: [] };
      parent.children.push(node);
      stack.push({ depth, node });
    }
  }
  return root.children;
}

const letters = (text: string): string => text.replace(/\s+/gu, '');

/**
 * The units of text the PDF does not carry letter for letter, in order: each unit, white space aside (a PDF breaks
 * lines where it likes), must follow the previous one in the extracted text. Empty: every letter is there.
 */
export function missingTexts(extracted: string, expected: readonly string[]): string[] {
  const text = letters(extracted);
  const missing: string[] = [];
  let from = 0;
  for (const unit of expected) {
    const wanted = letters(unit);
    if (wanted === '') continue;
    const at = text.indexOf(wanted, from);
    if (at < 0) missing.push(unit);
    else from = at + wanted.length;
  }
  return missing;
}
