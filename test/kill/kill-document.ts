import { writeDocumentText } from '../../core/model/document-file';
import { CURRENT_VERSION } from '../../core/model/types';
import type { PressroomDocument, ReleaseBlock } from '../../core/model/types';

/**
 * The documents the kill test saves: the sample release repeated to about `bytes`, with the version number in
 * the title and in the first paragraph, so every version's text (and hash) is different and easy to recompute.
 */
export function killDocument(paragraphs: string[], version: number, bytes: number): PressroomDocument {
  const body: ReleaseBlock[] = [
    { type: 'headline', children: [{ text: `Версия ${version}: в Алматы прошла конференция к 30-летию Конституции` }] },
    { type: 'lead', children: [{ text: `Нұсқа ${version}. ${paragraphs[0] ?? ''}` }] },
  ];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const text = paragraphs[i % paragraphs.length] ?? 'Қазақстан';
    body.push({ type: 'paragraph', children: [{ text }] });
    size += Buffer.byteLength(text) + 70;
  }
  body.push({ type: 'end-mark', children: [{ text: '' }] });
  return {
    format: 'pressroom',
    version: CURRENT_VERSION,
    metadata: { language: 'ru', title: `v${version}`, city: 'Алматы', date: '2025-08-29', organisation: 'Аппарат акима города Алматы', variables: [] },
    body,
  };
}

export function killDocumentText(paragraphs: string[], version: number, bytes: number): string {
  return writeDocumentText(killDocument(paragraphs, version, bytes));
}

/** The version a saved kill document declares, or null when it is not one. */
export function versionOf(document: PressroomDocument): number | null {
  const match = /^v(\d+)$/.exec(document.metadata.title);
  return match ? Number(match[1]) : null;
}
