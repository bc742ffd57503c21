import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FONT_FACES, FONT_PACKAGE, PRINT_FONT_FILES } from '../../core/formats/print-fonts';
import type { FontFace } from '../../core/formats/print-fonts';

/**
 * Where the shipped print fonts are on disk: inside the font package (a production dependency, so electron-builder
 * puts it in app.asar, and Electron's fs reads it there), found by Node's own resolution from this module.
 * Read once and kept: the command line's PDF and the app's print page use the same bytes.
 */
export function printFontsDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
}

export const printFontPath = (face: FontFace): string => join(printFontsDir(), PRINT_FONT_FILES[face].packagePath);

let cached: Promise<Record<FontFace, Buffer>> | null = null;

export function printFontBytes(): Promise<Record<FontFace, Buffer>> {
  cached ??= Promise.all(FONT_FACES.map(async (face) => [face, await readFile(printFontPath(face))] as const))
    .then((entries) => Object.fromEntries(entries) as Record<FontFace, Buffer>)
    .catch((error: unknown) => {
      cached = null;
      throw error;
    });
  return cached;
}

/** The font file the print page asks for by name (fonts/NotoSerif-Regular.ttf), or null for any other name. */
export async function printFontByName(name: string): Promise<Buffer | null> {
  const face = FONT_FACES.find((candidate) => PRINT_FONT_FILES[candidate].name === name);
  if (!face) return null;
  return (await printFontBytes())[face];
}
