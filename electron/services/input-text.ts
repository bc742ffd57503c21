import type { FileProblemReason } from '../../core/api';
import { reasonOfDamage, textLimitDamage } from '../../core/formats/input-limits';
import type { DocumentDamage } from '../../core/model/document-damage';

/** Text input checked before it is parsed (read-input.ts for .pressroom files, import-file.ts for the imports). */

/** A file refused for what it holds (too big, too deep, not text, not a DOCX), with the damage the interface words. */
export class InputRefused extends Error {
  constructor(
    readonly reason: FileProblemReason,
    readonly damage: DocumentDamage,
    detail: string = damage.kind,
  ) {
    super(detail);
  }
}

export const refuse = (damage: DocumentDamage, detail?: string): never => {
  throw new InputRefused(reasonOfDamage(damage), damage, detail);
};

/** Strict UTF-8 within the format's limits (bytes, longest line), or a refusal. */
export function decodeText(format: 'markdown' | 'html' | 'text' | 'pressroom', bytes: Uint8Array): string {
  const early = textLimitDamage(format, bytes.byteLength, '');
  if (early) refuse(early);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    return refuse({ kind: 'not-text' }, `not UTF-8 text: ${(error as Error).message}`);
  }
  const damage = textLimitDamage(format, bytes.byteLength, text);
  if (damage) refuse(damage);
  return text;
}

