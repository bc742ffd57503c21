import { create } from 'fontkit';
import type { Font, GlyphRun } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { FONT_FACES } from '../../core/formats/print-fonts';
import { expectedTexts } from '../../core/formats/fixtures/texts-of';
import { kazakhRelease } from '../../test/fixtures/kazakh-release';
import { sampleText } from '../../test/fixtures/sample';
import { featuresFor, pdfFace } from './pdf-faces';
import { printFontBytes } from './print-fonts';

/**
 * The PDF's faces shape text without mark positioning when a run has no combining mark (pdf-faces.ts): that must
 * not move a single glyph. Each face is laid out twice, by fontkit with every default feature and by the face the
 * PDF uses, over every character the face has (each between two letters, and doubled) and the words of the ru
 * sample and the kk release; glyphs and their positions must be the same, point for point.
 */
const shape = (run: GlyphRun) => ({ glyphs: run.glyphs.map((glyph) => glyph.id), positions: run.positions });

const COMBINING = /\p{M}/u;

async function facesOf(): Promise<[string, Font, Font][]> {
  const bytes = await printFontBytes();
  return FONT_FACES.map((face) => [face, create(bytes[face]), pdfFace(bytes[face])]);
}

const words = (): string[] => {
  const kazakh = expectedTexts(kazakhRelease()).join(' ');
  return [...new Set(`${sampleText()} ${kazakh} Office «Ақорда» — 2 500 ₸, №12, fi ffl 1–15`.split(/\s+/u))].filter(Boolean);
};

describe('the PDF faces (pdfkit through fontkit)', () => {
  it('lay out every character without a combining mark exactly as full shaping does, in all four faces', async () => {
    const texts = words();
    for (const [face, full, pdf] of await facesOf()) {
      const characters = full.characterSet.filter((code) => code >= 0x20).map((code) => String.fromCodePoint(code)).filter((character) => !COMBINING.test(character));
      expect(characters.length, face).toBeGreaterThan(2000);
      const runs = [...texts, ...characters.flatMap((character) => [`а${character}о`, `f${character}i`, character + character])];
      const moved = runs.filter((text) => JSON.stringify(shape(pdf.layout(text))) !== JSON.stringify(shape(full.layout(text))));
      expect(moved, face).toEqual([]);
    }
  });

  it('keep mark positioning for a run with a combining mark: «й» typed as и + U+0306 keeps its accent where the font puts it', async () => {
    const decomposed = 'Алматы қаласының әкімі Й\u0306'.normalize('NFD');
    expect(featuresFor(decomposed)).toBeUndefined();
    expect(featuresFor('Алматы')).toEqual({ mark: false, mkmk: false });
    for (const [face, full, pdf] of await facesOf()) {
      const shaped = shape(pdf.layout(decomposed));
      expect(shaped, face).toEqual(shape(full.layout(decomposed)));
      // Without mark positioning the accents would sit elsewhere: the check above can tell the two apart.
      expect(shaped, face).not.toEqual(shape(full.layout(decomposed, { mark: false, mkmk: false })));
    }
  });

  it('leave a feature choice pdfkit makes as it is', () => {
    expect(featuresFor('Алматы', ['smcp'])).toEqual(['smcp']);
  });
});
