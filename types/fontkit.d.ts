/**
 * The part of fontkit (2.x, pdfkit's font engine; it ships no types) that electron/services/pdf-faces.ts uses.
 */
declare module 'fontkit' {
  /** OpenType features to switch on or off, by tag (`{ mark: false }`), or a list to switch on. */
  export type FeatureChoice = Record<string, boolean> | string[];
  export interface GlyphRun {
    glyphs: { id: number; advanceWidth: number }[];
    positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
    advanceWidth: number;
  }
  export interface Font {
    readonly postscriptName: string;
    readonly characterSet: number[];
    layout(text: string, features?: FeatureChoice, script?: string, language?: string, direction?: string): GlyphRun;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
