import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { exportRelease } from '../../core/formats/index';
import { INPUT_LIMITS } from '../../core/formats/input-limits';
import { almatyRelease } from './fixtures/sample-release';
import { docxOf, sampleDocumentXmlSmall, zeros, zipArchive } from '../../test/fixtures/hostile-files';
import { readDocxParts } from './docx-zip';

/** The zip directory is read before anything is unpacked; only the text parts reach mammoth. */
describe('readDocxParts', () => {
  it('keeps the text parts of a DOCX we exported, and leaves nothing else in the zip mammoth gets', async () => {
    const docx = await exportRelease(almatyRelease(), 'docx');
    const parts = await readDocxParts(docx);
    expect(parts.ok).toBe(true);
    if (!parts.ok) return;
    expect(parts.parts).toContain('word/document.xml');
    expect(parts.parts.every((name) => /\.(xml|rels)$/.test(name))).toBe(true);
    expect(Object.keys(unzipSync(parts.zip)).sort()).toEqual([...parts.parts].sort());
  });

  it('drops a picture without unpacking it, however big it says it is within the total', async () => {
    const parts = await readDocxParts(docxOf(sampleDocumentXmlSmall(), { picture: await zeros(8 * 1024 * 1024) }));
    expect(parts.ok && parts.parts).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/document.xml']);
  });

  it('refuses parts that together declare more than the total, pictures included', async () => {
    const picture = await zeros(1024);
    const parts = await readDocxParts(docxOf(sampleDocumentXmlSmall(), { picture, pictureDeclares: INPUT_LIMITS.docx.totalBytes + 1 }));
    expect(parts).toMatchObject({ ok: false, damage: { kind: 'docx-too-large', limit: INPUT_LIMITS.docx.totalBytes } });
  });

  it('says a file that is not a zip is not a DOCX', async () => {
    expect(await readDocxParts(new TextEncoder().encode('PK\u0003\u0004 not really a zip'))).toMatchObject({ ok: false, damage: { kind: 'not-docx' } });
    expect(await readDocxParts(zipArchive([]))).toMatchObject({ ok: true, parts: [] });
  });
});
