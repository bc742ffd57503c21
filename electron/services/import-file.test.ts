import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentText } from '../../core/model/document-file';
import type { PressroomDocument, QuoteElement, ReleaseBlock } from '../../core/model/types';
import { exportRelease } from '../../core/formats/index';
import { inlinesText } from '../../core/formats/import-blocks';
import { plainTextToDocument } from '../../core/formats/text-import';
import { expectedTexts } from '../../core/formats/fixtures/texts-of';
import { importFile } from './import-file';
import { sampleText } from '../../test/fixtures/sample';
import { releaseWithEveryBlockType } from '../../test/fixtures/every-block-type';
import { RELEASE_BLOCK_TYPES } from '../../core/model/block-specs';

const FIXTURES = join(import.meta.dirname, '../../core/formats/fixtures');
function loadFixture(name: string): PressroomDocument {
  const read = readDocumentText(readFileSync(join(FIXTURES, `${name}.pressroom`), 'utf8'));
  if (!read.ok) throw new Error(read.problem.detail);
  return read.document;
}
const texts = (body: ReleaseBlock[]): string[] =>
  body.filter((block) => block.type === 'paragraph' || block.type === 'lead').map((block) => inlinesText((block as unknown as { children: never }).children));
const fields = (block: ReleaseBlock | undefined): Record<string, string> =>
  Object.fromEntries((block as QuoteElement).children.map((field) => [field.name, inlinesText(field.children)]));

describe('importFile', () => {
  it.each(['every-block.en', 'opening-speech.kk', 'conference-almaty.ru'])('DOCX exported from %s comes back with every block type (mammoth style map)', async (name) => {
    const original = loadFixture(name);
    const reply = await importFile(`/in/${name}.docx`, await exportRelease(original, 'docx'));
    expect(reply.status).toBe('imported');
    if (reply.status !== 'imported') return;
    expect(reply.format).toBe('docx');
    expect(reply.document.metadata.language).toBe(original.metadata.language);
    expect(reply.document.body.map((block) => block.type)).toEqual(original.body.map((block) => block.type));
    // Every text unit the export carried (variables as their values, placeholders as [hint]) comes back.
    expect(expectedTexts(reply.document)).toEqual(expectedTexts(original));
  });

  it('a release with one block of every type in BLOCK_SPECS comes back from DOCX with every type, in order', async () => {
    const reply = await importFile('/in/every-type.docx', await exportRelease(releaseWithEveryBlockType(), 'docx'));
    if (reply.status !== 'imported') throw new Error(JSON.stringify(reply));
    expect(reply.document.body.map((block) => block.type)).toEqual(RELEASE_BLOCK_TYPES);
  });

  it('the shared sample, as DOCX, re-imports with its paragraphs and the quote fields intact', async () => {
    const sample = plainTextToDocument(sampleText());
    const reply = await importFile('/in/sample.docx', await exportRelease(sample, 'docx'));
    if (reply.status !== 'imported') throw new Error(JSON.stringify(reply));
    expect(texts(reply.document.body)).toEqual(texts(sample.body));
    expect(fields(reply.document.body.find((block) => block.type === 'quote'))).toEqual(fields(sample.body.find((block) => block.type === 'quote')));
    expect(reply.document.metadata.date).toBe('2025-08-29');
  });

  it('Markdown and HTML files import as new releases', async () => {
    const md = await importFile('/in/a.md', new TextEncoder().encode('# Заголовок\n\nЛид.\n'));
    expect(md).toMatchObject({ status: 'imported', format: 'markdown' });
    const html = await importFile('/in/a.HTML', new TextEncoder().encode('<html lang="kk"><body><h1>Тақырып</h1><p>Лид.</p><script>x()</script></body></html>'));
    expect(html).toMatchObject({ status: 'imported', format: 'html', document: { metadata: { language: 'kk', title: 'Тақырып' } } });
  });

  it('bad bytes are a failed reply with a reason, never a throw', async () => {
    expect(await importFile('/in/broken.docx', new Uint8Array([80, 75, 3, 4, 1, 2, 3]))).toMatchObject({ status: 'failed', problem: { reason: 'unreadable-import', path: '/in/broken.docx' } });
    expect(await importFile('/in/latin1.md', new Uint8Array([0xff, 0xfe, 0xfd]))).toMatchObject({ status: 'failed', problem: { reason: 'unreadable-import' } });
    expect(await importFile('/in/picture.png', new Uint8Array([1]))).toMatchObject({ status: 'failed', problem: { reason: 'unreadable-import' } });
  });
});
