import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, describe, expect, it } from 'vitest';
import { profileOf } from '../languages/index';
import { readDocumentText } from '../model/document-file';
import type { PressroomDocument } from '../model/types';
import { BLOCK_SPECS, RELEASE_BLOCK_TYPES } from '../model/block-specs';
import type { DocxStyle } from '../model/block-specs';
import { exportRelease } from './index';
import { expectedTexts, inOrder } from './fixtures/texts-of';

/**
 * Real readers read our exports back: pandoc (DOCX and Markdown), LibreOffice (DOCX → PDF), pdftotext, python-docx
 * and html-validate. CI installs them (.ci/run); a reader missing on this machine skips its test and says why.
 */

const FIXTURES = join(import.meta.dirname, 'fixtures');
const NAMES = ['conference-almaty.ru', 'every-block.en', 'opening-speech.kk'] as const;
function loadFixture(name: string): PressroomDocument {
  const read = readDocumentText(readFileSync(join(FIXTURES, `${name}.pressroom`), 'utf8'));
  if (!read.ok) throw new Error(`${name}: ${read.problem.detail}`);
  return read.document;
}

const has = (command: string, args: string[] = ['--version']): boolean => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const HAS_PANDOC = has('pandoc');
const HAS_SOFFICE = has('soffice');
const HAS_PDFTOTEXT = has('pdftotext', ['-v']);
const HAS_PYTHON_DOCX = has('/usr/bin/python3', ['-c', 'import docx']);
const missing = (what: string) => `${what} is not installed here (.ci/run installs it in CI): its reader test is skipped`;
for (const [present, what] of [[HAS_PANDOC, 'pandoc'], [HAS_SOFFICE, 'soffice'], [HAS_PDFTOTEXT, 'pdftotext'], [HAS_PYTHON_DOCX, 'python3-docx']] as const) {
  if (!present) console.warn(missing(what));
}

const work = mkdtempSync(join(tmpdir(), 'pressroom-readers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function exported(name: string, format: 'markdown' | 'html' | 'docx'): Promise<string> {
  const path = join(work, `${name}.${format === 'markdown' ? 'md' : format}`);
  writeFileSync(path, await exportRelease(loadFixture(name), format));
  return path;
}

/** Whitespace as readers reflow it (line breaks, runs of spaces); NBSP and every other character kept. */
const reflow = (text: string): string => text.replace(/[ \t\n\r]+/g, ' ').trim();

type PandocInline = { t: string; c?: unknown };
type PandocBlock = { t: string; c?: unknown };

function inlineText(inlines: PandocInline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.t) {
        case 'Str':
          return inline.c as string;
        case 'Space':
        case 'SoftBreak':
          return ' ';
        case 'LineBreak':
          return '\n';
        case 'Code':
        case 'Math':
        case 'RawInline':
          return (inline.c as [unknown, string])[1];
        case 'Link':
        case 'Image':
        case 'Span':
          return inlineText((inline.c as [unknown, PandocInline[]])[1]);
        case 'Quoted':
        case 'Cite':
          return inlineText((inline.c as [unknown, PandocInline[]])[1]);
        case 'Note':
          return '';
        default:
          return Array.isArray(inline.c) ? inlineText(inline.c as PandocInline[]) : '';
      }
    })
    .join('');
}

/** Text units of a pandoc JSON document: title and subtitle, then every paragraph, heading, item and table cell. */
function pandocTexts(json: { meta: Record<string, { t: string; c: unknown }>; blocks: PandocBlock[] }): string[] {
  const texts: string[] = [];
  for (const key of ['title', 'subtitle']) {
    const value = json.meta[key];
    if (value?.t === 'MetaInlines') texts.push(inlineText(value.c as PandocInline[]));
  }
  const visitAny = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visitAny(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const node = value as PandocBlock;
    if (node.t === 'Para' || node.t === 'Plain') texts.push(inlineText(node.c as PandocInline[]));
    else if (node.t === 'Header') texts.push(inlineText((node.c as [number, unknown, PandocInline[]])[2]));
    // The Markdown's end mark is an HTML paragraph, <p class="end-mark">###</p>: pandoc keeps it raw.
    else if (node.t === 'RawBlock' && /^<p class="end-mark">[^<]*<\/p>$/.test((node.c as [string, string])[1].trim())) texts.push((node.c as [string, string])[1].trim().replace(/<[^>]+>/g, ''));
    else if (node.c !== undefined) visitAny(node.c);
  };
  visitAny(json.blocks);
  return texts;
}

function pandocJson(path: string, from: string): ReturnType<typeof JSON.parse> {
  return JSON.parse(execFileSync('pandoc', ['-f', from, '-t', 'json', path], { encoding: 'utf8' }));
}

describe.each(NAMES)('%s read back by real readers', (name) => {
  const expected = expectedTexts(loadFixture(name)).map(reflow).filter((text) => text !== '');

  it.skipIf(!HAS_PANDOC)('pandoc reads the DOCX back with the text of every block', async () => {
    const texts = pandocTexts(pandocJson(await exported(name, 'docx'), 'docx')).map(reflow);
    expect(inOrder(expected, texts)).toEqual({ ok: true });
    // and the GFM it writes from it carries the quote and the Kazakh letters
    const gfm = execFileSync('pandoc', ['-f', 'docx', '-t', 'gfm', await exported(name, 'docx')], { encoding: 'utf8' });
    expect(gfm).toContain('>');
  });

  it.skipIf(!HAS_PANDOC)('pandoc reads the Markdown back (markdown-smart) with the text of every block', async () => {
    const texts = pandocTexts(pandocJson(await exported(name, 'markdown'), 'markdown-smart')).map(reflow);
    expect(inOrder(expected, texts)).toEqual({ ok: true });
    const commonmark = pandocTexts(pandocJson(await exported(name, 'markdown'), 'gfm')).map(reflow);
    expect(inOrder(expected, commonmark)).toEqual({ ok: true });
  });

  it.skipIf(!HAS_PYTHON_DOCX)('python-docx sees the named styles on the right paragraphs', async () => {
    const path = await exported(name, 'docx');
    const script = 'import docx, json, sys\nd = docx.Document(sys.argv[1])\nprint(json.dumps([[p.style.name, p.text] for p in d.paragraphs] + [["core", d.core_properties.title, d.core_properties.language]]))';
    const rows = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' })) as [string, string, string?][];
    const document = loadFixture(name);
    // python-docx 0.8 leaves hyperlinks out of paragraph.text, so a paragraph ending in a link matches by its start.
    const styleOf = (text: string): string | undefined =>
      rows.find((row) => reflow(row[1]) === reflow(text) || (reflow(row[1]).length >= 10 && reflow(text).startsWith(reflow(row[1]))))?.[0];
    const texts = expectedTexts(document);
    // The style BLOCK_SPECS gives each one-paragraph block, as python-docx names Word's own (heading 1 → Heading 1).
    const want: Record<string, string> = {};
    for (const type of RELEASE_BLOCK_TYPES) {
      const docx: DocxStyle | null = BLOCK_SPECS[type].docx;
      const kind = BLOCK_SPECS[type].content.kind;
      if (docx && kind !== 'list' && kind !== 'rows') want[type] = docx.name.replace(/^heading (\d)$/u, 'Heading $1');
    }
    let checked = 0;
    let index = 0;
    for (const block of document.body) {
      const style = want[block.type];
      const text = texts[index];
      index += block.type === 'bulleted-list' || block.type === 'numbered-list' ? block.children.length : block.type === 'award-ceremony' ? 1 + (block.children.length - 1) * 3 : 1;
      if (!style || text === undefined || text === '') continue;
      expect(styleOf(text), `${block.type}: ${text.slice(0, 40)}`).toBe(style);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(3);
    expect(rows.at(-1)?.[2]).toBe(profileOf(document.metadata.language).tags.docx);
  });
});

describe('LibreOffice and pdftotext', () => {
  it.skipIf(!HAS_SOFFICE)('soffice --headless converts the DOCX to PDF without error, and the PDF keeps Kazakh letters, «» and –', async () => {
    const docx = await exported('opening-speech.kk', 'docx');
    const profile = join(work, 'lo-profile');
    const result = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], { encoding: 'utf8', timeout: 120_000 });
    expect(result.status, result.stderr).toBe(0);
    const pdf = join(work, 'opening-speech.kk.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    if (!HAS_PDFTOTEXT) return;
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    for (const letter of ['ә', 'і', 'ң', 'ғ', 'ү', 'ұ', 'қ', 'ө', 'һ', 'Ә', 'Қ', '–']) expect(text).toContain(letter);
    expect(reflow(text)).toContain('Алматыда Конституцияның 30 жылдығына арналған конференция өтті');
    expect(reflow(text)).toContain('Алматы, 2025 жылғы 29 тамыз');
  });
});

describe('html-validate', () => {
  // doctype-style: hast prints <!DOCTYPE html> already; long-title: a release's title is its headline, as long as it is.
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });

  it.each(NAMES)('the standalone HTML of %s passes the recommended rules', async (name) => {
    const html = readFileSync(await exported(name, 'html'), 'utf8');
    const report = await validator.validateString(html);
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
    expect(report.valid).toBe(true);
  });
});
