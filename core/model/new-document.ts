import { CURRENT_VERSION, FORMAT_TAG } from './types';
import type { PressroomDocument, ReleaseLanguage } from './types';

/** A blank release: a headline, a dateline and a lead, ready to type into. */
export function createBlankDocument(language: ReleaseLanguage): PressroomDocument {
  return {
    format: FORMAT_TAG,
    version: CURRENT_VERSION,
    metadata: { language, title: '', city: '', date: '', organisation: '', variables: [] },
    body: [
      { type: 'headline', children: [{ text: '' }] },
      {
        type: 'dateline',
        children: [
          { type: 'field', name: 'city', children: [{ text: '' }] },
          { type: 'field', name: 'date', children: [{ text: '' }] },
        ],
      },
      { type: 'lead', children: [{ text: '' }] },
    ],
  };
}
