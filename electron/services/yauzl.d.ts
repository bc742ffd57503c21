/** The part of yauzl 3.4 (no types of its own on npm) that docx-zip.ts uses; see its README. */
declare module 'yauzl' {
  import type { Readable } from 'node:stream';

  export interface Entry {
    fileName: string;
    compressedSize: number;
    uncompressedSize: number;
    compressionMethod: number;
    isEncrypted(): boolean;
    canDecodeFileData(): boolean;
  }

  export interface ZipFile {
    entryCount: number;
    eachEntry(): AsyncIterableIterator<Entry>;
    openReadStreamPromise(entry: Entry): Promise<Readable>;
    close(): void;
  }

  export interface Options {
    lazyEntries?: boolean;
    decodeStrings?: boolean;
    validateEntrySizes?: boolean;
    strictFileNames?: boolean;
    autoClose?: boolean;
  }

  export function fromBufferPromise(buffer: Buffer, options?: Options): Promise<ZipFile>;
  const yauzl: { fromBufferPromise: typeof fromBufferPromise };
  export default yauzl;
}
