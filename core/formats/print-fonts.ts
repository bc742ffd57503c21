/**
 * The fonts the print layout ships with: Noto Serif (SIL Open Font License 1.1; Latin, Cyrillic with every Kazakh
 * letter ә і ң ғ ү ұ қ ө һ and their capitals), the four faces the layout uses, from the npm package
 * @expo-google-fonts/noto-serif (full TrueType files, version 2.015/2.013; the licence is the package's
 * LICENSE_FONT, recorded in NOTICE.md). Platform-free: where the files are read from is the host's business
 * (electron/services/print-fonts.ts).
 *
 * Both PDF paths embed exactly these files: the print page loads them with @font-face from its own origin
 * (font-src 'self'), the command line registers them with pdfkit and never falls back to a standard-14 font.
 */
export type FontFace = 'regular' | 'bold' | 'italic' | 'bold-italic';

export const FONT_PACKAGE = '@expo-google-fonts/noto-serif';

export interface PrintFontFile {
  /** The name the print page asks for (fonts/<name>). */
  name: string;
  /** Where the file is inside FONT_PACKAGE. */
  packagePath: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
}

export const PRINT_FONT_FILES: Record<FontFace, PrintFontFile> = {
  regular: { name: 'NotoSerif-Regular.ttf', packagePath: '400Regular/NotoSerif_400Regular.ttf', weight: 400, style: 'normal' },
  bold: { name: 'NotoSerif-Bold.ttf', packagePath: '700Bold/NotoSerif_700Bold.ttf', weight: 700, style: 'normal' },
  italic: { name: 'NotoSerif-Italic.ttf', packagePath: '400Regular_Italic/NotoSerif_400Regular_Italic.ttf', weight: 400, style: 'italic' },
  'bold-italic': { name: 'NotoSerif-BoldItalic.ttf', packagePath: '700Bold_Italic/NotoSerif_700Bold_Italic.ttf', weight: 700, style: 'italic' },
};

export const FONT_FACES = Object.keys(PRINT_FONT_FILES) as FontFace[];

/** The face a run is set in. */
export const faceOf = (run: { bold?: true; italic?: true }): FontFace =>
  run.bold ? (run.italic ? 'bold-italic' : 'bold') : run.italic ? 'italic' : 'regular';

/** The folder, relative to the print page, the fonts are served from. */
export const PRINT_FONTS_FOLDER = 'fonts';
