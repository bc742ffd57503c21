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
      // Its words are the details' city and date (DatelineElement).
      { type: 'dateline', children: [{ text: '' }] },
      { type: 'lead', children: [{ text: '' }] },
    ],
  };
}
