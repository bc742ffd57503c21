import { zipSync } from 'fflate';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { INPUT_LIMITS } from '../../core/formats/input-limits';
import type { InputLimitDamage } from '../../core/model/document-damage';
import { quoted } from '../../core/model/document-damage';

/**
 * A DOCX read with its size known before anything is unpacked (issue 13):
 * 1. the zip's central directory is read (yauzl) and the file refused when it has too many parts, when any part
 *    or all of them together declare more than the limits, or when a big part is packed more tightly than real
 *    documents are (a zip bomb);
 * 2. only the parts mammoth reads are unpacked — the XML and relationship parts; pictures and every other binary
 *    part are dropped unread — each with a hard cap: yauzl stops a part that unpacks to more than its directory
 *    declares (`validateEntrySizes`), and the count here stops one that passes the part or total limit anyway;
 * 3. those parts are packed again, stored, into a small zip of their own, which is what mammoth is given.
 * Never throws for a bad file: a refusal is a damage the interface words (part, size, limit).
 */
export type DocxParts = { ok: true; zip: Uint8Array; parts: string[] } | { ok: false; damage: InputLimitDamage; detail: string };

/** The parts mammoth reads: XML (document, styles, numbering, notes, comments…) and relationships, and its own style map. */
const isTextPart = (name: string) => /\.(xml|rels)$/i.test(name) || name === 'mammoth/style-map';

class Refused extends Error {
  constructor(readonly damage: InputLimitDamage) {
    super(damage.kind);
  }
}

async function unpack(zip: ZipFile, entry: Entry, cap: number): Promise<Uint8Array> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > cap) {
      stream.destroy();
      throw new Refused({ kind: 'docx-part-lies', part: quoted(entry.fileName), declared: entry.uncompressedSize });
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks, length));
}

export async function readDocxParts(bytes: Uint8Array, limits = INPUT_LIMITS.docx): Promise<DocxParts> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { validateEntrySizes: true, strictFileNames: false });
  } catch (error) {
    return { ok: false, damage: { kind: 'not-docx' }, detail: String(error) };
  }
  // The part being unpacked, for yauzl's own "more bytes than declared" error.
  let current: Entry | null = null;
  try {
    if (zip.entryCount > limits.parts) return { ok: false, damage: { kind: 'not-docx' }, detail: `${zip.entryCount} parts` };
    const entries: Entry[] = [];
    let total = 0;
    let text = 0;
    for await (const entry of zip.eachEntry()) {
      const part = quoted(entry.fileName);
      // Pictures and other binary parts are never unpacked: only their declared size counts, in the total.
      const textPart = isTextPart(entry.fileName) && !entry.fileName.endsWith('/');
      if (textPart && entry.uncompressedSize > limits.textPartBytes) throw new Refused({ kind: 'docx-part-too-large', part, bytes: entry.uncompressedSize, limit: limits.textPartBytes });
      total += entry.uncompressedSize;
      if (total > limits.totalBytes) throw new Refused({ kind: 'docx-too-large', bytes: total, limit: limits.totalBytes });
      if (!textPart) continue;
      text += entry.uncompressedSize;
      if (text > limits.textBytes) throw new Refused({ kind: 'docx-too-large', bytes: text, limit: limits.textBytes });
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > limits.ratioFromBytes && ratio > limits.ratio) {
        throw new Refused({ kind: 'docx-packed-too-tightly', part, ratio: Math.round(ratio), limit: limits.ratio });
      }
      entries.push(entry);
    }
    // Every declared size has passed: now the text parts are unpacked, each capped at what it declared.
    const parts: Record<string, Uint8Array> = {};
    for (const entry of entries) {
      if (entry.isEncrypted() || !entry.canDecodeFileData()) throw new Refused({ kind: 'not-docx' });
      current = entry;
      parts[entry.fileName] = await unpack(zip, entry, entry.uncompressedSize);
    }
    return { ok: true, zip: zipSync(parts, { level: 0 }), parts: Object.keys(parts) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, damage: error.damage, detail: error.damage.kind };
    // yauzl's own checks (a part larger than declared, a damaged directory, a bad deflate stream).
    const message = error instanceof Error ? error.message : String(error);
    if (current !== null && /too many bytes in the stream/i.test(message)) {
      return { ok: false, damage: { kind: 'docx-part-lies', part: quoted(current.fileName), declared: current.uncompressedSize }, detail: message };
    }
    return { ok: false, damage: { kind: 'not-docx' }, detail: message };
  }
}
