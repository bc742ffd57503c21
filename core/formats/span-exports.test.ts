import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { HtmlValidate } from 'html-validate';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocumentText } from '../model/document-file';
import type { PressroomDocument } from '../model/types';
import { htmlToBlocks } from './html-import';
import { documentFromBlocks } from './import-blocks';
import { exportRelease } from './index';

/**
 * Words marked as another language travel with the release: HTML `<span lang="kk">` (read back by hast and
 * html-validate, and by pandoc), Word's run language `w:lang` (read back by python-docx), Markdown the words only
 * (a documented choice: CommonMark has no language attribute). HTML import reads the spans back as marks.
 */
const HAS_PANDOC = spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
const HAS_PYTHON_DOCX = spawnSync('/usr/bin/python3', ['-c', 'import docx'], { stdio: 'ignore' }).status === 0;
if (!HAS_PANDOC) console.warn('pandoc is not installed here: its reading of lang spans is skipped');
if (!HAS_PYTHON_DOCX) console.warn('python3-docx is not installed here: the DOCX run language test is skipped');

const work = mkdtempSync(join(tmpdir(), 'pressroom-spans-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FIXTURE = join(import.meta.dirname, '../../test/fixtures/languages/library-opening.ru.pressroom');
function fixture(): PressroomDocument {
  const read = readDocumentText(readFileSync(FIXTURE, 'utf8'));
  if (!read.ok) throw new Error(read.problem.detail);
  return read.document;
}
const KAZAKH_QUOTE_START = 'Бұл кітапхана барлық тұрғындарға арналған.';
const decoder = new TextDecoder();

function elements(node: Root | RootContent): Element[] {
  const here = node.type === 'element' ? [node] : [];
  return 'children' in node ? [...here, ...node.children.flatMap(elements)] : here;
}
const textOf = (node: RootContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

describe('HTML', () => {
  it('tags each marked span with lang="kk", and passes the recommended rules', async () => {
    const html = decoder.decode(await exportRelease(fixture(), 'html'));
    const spans = elements(fromHtml(html)).filter((element) => element.properties.lang !== undefined && element.tagName === 'span');
    expect(spans.map((span) => [span.properties.lang, textOf(span)])).toEqual([
      ['kk', 'Жастар кітапханасы'],
      ['kk', 'Мектеп'],
      ['kk', expect.stringContaining(KAZAKH_QUOTE_START)],
      ['kk', 'Абай жолы'],
      ['kk', 'Кітап – білім бұлағы'],
    ]);
    expect(html).toContain('<article lang="ru"');
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } }).validateString(html);
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
  });

  it.skipIf(!HAS_PANDOC)('pandoc reads the spans as Spans with their lang', async () => {
    const path = join(work, 'release.html');
    writeFileSync(path, await exportRelease(fixture(), 'html'));
    const native = execFileSync('pandoc', ['-f', 'html', '-t', 'native', path], { encoding: 'utf8' });
    expect(native.match(/\( "lang" , "kk" \)/gu)?.length).toBe(5);
  });

  it('is read back into a release with the same marks (and none of the release language)', async () => {
    const document = fixture();
    const html = decoder.decode(await exportRelease(document, 'html'));
    const imported = documentFromBlocks(htmlToBlocks(html), { language: 'ru' });
    const marked = (body: unknown): string[] => JSON.stringify(body).match(/"text":"[^"]*","lang":"kk"/gu) ?? [];
    expect(marked(imported.body), JSON.stringify(imported.body.filter((block) => block.type === "quote"))).toHaveLength(5);
    expect(JSON.stringify(imported.body)).not.toContain('"lang":"ru"');
  });

  it('reads kk-KZ as Kazakh and ends a mark at a language of no release', () => {
    const blocks = htmlToBlocks('<p>Аким района сказал на открытии: <span lang="kk-KZ">Біз оны ашып отырмыз</span>, и добавил по-немецки <span lang="de">Willkommen</span>.</p>');
    expect(blocks[0]).toEqual({
      type: 'paragraph',
      children: [{ text: 'Аким района сказал на открытии: ' }, { text: 'Біз оны ашып отырмыз', lang: 'kk' }, { text: ', и добавил по-немецки Willkommen.' }],
    });
  });
});

describe('Word', () => {
  it.skipIf(!HAS_PYTHON_DOCX)('sets the run language of marked words to kk-KZ; the rest inherit ru-RU', async () => {
    const path = join(work, 'release.docx');
    writeFileSync(path, await exportRelease(fixture(), 'docx'));
    const read = `
import docx, json, sys
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
runs = []
for p in d.paragraphs:
    for r in p.runs:
        lang = r._r.find(qn('w:rPr'))
        tag = lang.find(qn('w:lang')) if lang is not None else None
        runs.append([r.text, tag.get(qn('w:val')) if tag is not None else None])
print(json.dumps(runs))
`;
    const runs = JSON.parse(execFileSync('/usr/bin/python3', ['-c', read, path], { encoding: 'utf8' })) as [string, string | null][];
    const tagged = runs.filter(([, lang]) => lang !== null);
    expect(tagged.map(([text, lang]) => [text.slice(0, 20), lang])).toEqual([
      ['Жастар кітапханасы', 'kk-KZ'],
      ['Мектеп', 'kk-KZ'],
      [KAZAKH_QUOTE_START.slice(0, 20), 'kk-KZ'],
      ['Абай жолы', 'kk-KZ'],
      ['Кітап – білім бұлағы', 'kk-KZ'],
    ]);
    expect(runs.find(([text]) => text.startsWith('Библиотеку построили'))?.[1]).toBeNull();
  });
});

describe('Markdown', () => {
  it('writes the marked words as plain text, with no markup of their own', async () => {
    const markdown = decoder.decode(await exportRelease(fixture(), 'markdown'));
    expect(markdown).toContain(KAZAKH_QUOTE_START);
    expect(markdown).toContain('«Жастар кітапханасы»');
    expect(markdown).not.toMatch(/lang=|<span/u);
  });
});
