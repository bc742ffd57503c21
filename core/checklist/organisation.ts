/**
 * What an organisation decides once for all its releases: the checklist's limits and the Word file's house style.
 * Stored in the settings (electron/services/settings.ts, key `organisation`), read by the app, the CLI and the
 * exports; every value is checked on read and a bad one falls back to its default.
 */

export interface ChecklistLimits {
  /** Wire services want a headline of roughly 60–90 characters. */
  headlineMin: number;
  headlineMax: number;
  /** A lead longer than this many words is flagged. */
  leadWords: number;
  /** The release's word limit: 400 for a short news release, 800 for a long one. */
  totalWords: number;
}

/** How body paragraphs are told apart in the Word file: a space after each, or an indented first line. */
export const PARAGRAPH_STYLES = ['space-after', 'first-line-indent'] as const;
export type ParagraphStyle = (typeof PARAGRAPH_STYLES)[number];

export interface HouseStyle {
  paragraphs: ParagraphStyle;
}

export interface OrganisationSettings {
  checklist: ChecklistLimits;
  houseStyle: HouseStyle;
}

export const DEFAULT_LIMITS: ChecklistLimits = Object.freeze({ headlineMin: 60, headlineMax: 90, leadWords: 45, totalWords: 800 });
export const DEFAULT_HOUSE_STYLE: HouseStyle = Object.freeze({ paragraphs: 'space-after' });
export const DEFAULT_ORGANISATION: OrganisationSettings = Object.freeze({ checklist: DEFAULT_LIMITS, houseStyle: DEFAULT_HOUSE_STYLE });

const count = (value: unknown, fallback: number, max: number): number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= max ? value : fallback;

/** The organisation settings from whatever was stored: each bad or missing value is its default. */
export function organisationSettingsOf(raw: unknown): OrganisationSettings {
  const object = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  const stored = object(raw);
  const limits = object(stored.checklist);
  const house = object(stored.houseStyle);
  const headlineMin = count(limits.headlineMin, DEFAULT_LIMITS.headlineMin, 500);
  const headlineMax = count(limits.headlineMax, DEFAULT_LIMITS.headlineMax, 500);
  return {
    checklist: {
      ...(headlineMin <= headlineMax ? { headlineMin, headlineMax } : { headlineMin: DEFAULT_LIMITS.headlineMin, headlineMax: DEFAULT_LIMITS.headlineMax }),
      leadWords: count(limits.leadWords, DEFAULT_LIMITS.leadWords, 10_000),
      totalWords: count(limits.totalWords, DEFAULT_LIMITS.totalWords, 1_000_000),
    },
    houseStyle: { paragraphs: (PARAGRAPH_STYLES as readonly unknown[]).includes(house.paragraphs) ? (house.paragraphs as ParagraphStyle) : DEFAULT_HOUSE_STYLE.paragraphs },
  };
}
