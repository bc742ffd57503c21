import { profileOf } from '../languages/index';
import type { ReleaseLanguage } from '../model/types';

/**
 * How the organisation sets its dashes: – (en) or — (em); the release language's own when absent (ru/kk –, en —).
 * Its own module, without typograf: the exports need the dash (a quote's dashes) and never typeset.
 */
export const HOUSE_DASHES = ['en', 'em'] as const;
export type HouseDash = (typeof HOUSE_DASHES)[number];

const DASH_CHARACTER: Record<HouseDash, string> = { en: '\u2013', em: '\u2014' };

/** The house dash for a release language: the organisation's choice, else the profile's (ru/kk –, en —). */
export function houseDash(language: ReleaseLanguage, dash?: HouseDash): string {
  return dash ? DASH_CHARACTER[dash] : profileOf(language).typing.dash;
}
