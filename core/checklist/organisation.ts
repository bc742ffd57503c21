import { PAPER_SIZES } from '../api';
import type { PaperSize } from '../api';
import { RELEASE_LANGUAGES } from '../model/types';
import { DATELINE_STYLES } from '../typography/dateline';
import type { DatelineSettings, DatelineStyle } from '../typography/dateline';
import type { HouseDash } from '../typography/press-typography';

/**
 * What an organisation decides once for all its releases: the checklist's limits, the house style (Word's body
 * paragraphs, the dash), the dateline per release language (standard or wire, the agency line) and the paper.
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

/** The house dash: the release language's own (ru/kk –, en —), or – or — in every language. */
export const HOUSE_DASH_CHOICES = ['language', 'en', 'em'] as const satisfies readonly ('language' | HouseDash)[];
export type HouseDashChoice = (typeof HOUSE_DASH_CHOICES)[number];

export interface HouseStyle {
  paragraphs: ParagraphStyle;
  /** The dash typing, paste and the Typography command set (core/typography/press-typography.ts). */
  dash: HouseDashChoice;
}

export interface OrganisationSettings {
  checklist: ChecklistLimits;
  houseStyle: HouseStyle;
  /** The dateline per release language: standard or wire, and the wire's agency line (empty: none). */
  datelines: DatelineSettings;
  /** The paper of print and PDF (and the Word file's page). */
  paper: PaperSize;
}

/** The longest agency name the dateline takes. */
export const MAX_AGENCY_LENGTH = 60;
/** The largest value each limit takes (a headline of 500 characters, a lead of 10,000 words…). */
export const LIMIT_MAXIMA: ChecklistLimits = Object.freeze({ headlineMin: 500, headlineMax: 500, leadWords: 10_000, totalWords: 1_000_000 });

export const DEFAULT_LIMITS: ChecklistLimits = Object.freeze({ headlineMin: 60, headlineMax: 90, leadWords: 45, totalWords: 800 });
export const DEFAULT_HOUSE_STYLE: HouseStyle = Object.freeze({ paragraphs: 'space-after', dash: 'language' });
export const DEFAULT_DATELINES: DatelineSettings = Object.freeze({
  ru: Object.freeze({ style: 'standard', agency: '' }),
  kk: Object.freeze({ style: 'standard', agency: '' }),
  en: Object.freeze({ style: 'standard', agency: '' }),
});
export const DEFAULT_ORGANISATION: OrganisationSettings = Object.freeze({ checklist: DEFAULT_LIMITS, houseStyle: DEFAULT_HOUSE_STYLE, datelines: DEFAULT_DATELINES, paper: 'a4' });

/** The house dash as typography takes it: none for the language's own. */
export const houseDashOf = (settings: Pick<OrganisationSettings, 'houseStyle'>): HouseDash | undefined => (settings.houseStyle.dash === 'language' ? undefined : settings.houseStyle.dash);

const count = (value: unknown, fallback: number, max: number): number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= max ? value : fallback;

/** The organisation settings from whatever was stored: each bad or missing value is its default. */
export function organisationSettingsOf(raw: unknown): OrganisationSettings {
  const object = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  const stored = object(raw);
  const limits = object(stored.checklist);
  const house = object(stored.houseStyle);
  const headlineMin = count(limits.headlineMin, DEFAULT_LIMITS.headlineMin, LIMIT_MAXIMA.headlineMin);
  const headlineMax = count(limits.headlineMax, DEFAULT_LIMITS.headlineMax, LIMIT_MAXIMA.headlineMax);
  const oneOf = <T extends string>(choices: readonly T[], value: unknown, fallback: T): T => ((choices as readonly unknown[]).includes(value) ? (value as T) : fallback);
  const datelines = object(stored.datelines);
  const datelineOf = (raw: unknown): { style: DatelineStyle; agency: string } => {
    const setting = object(raw);
    const agency = typeof setting.agency === 'string' ? setting.agency.replace(/\s+/gu, ' ').trim() : '';
    return { style: oneOf(DATELINE_STYLES, setting.style, 'standard'), agency: agency.length <= MAX_AGENCY_LENGTH ? agency : '' };
  };
  return {
    checklist: {
      ...(headlineMin <= headlineMax ? { headlineMin, headlineMax } : { headlineMin: DEFAULT_LIMITS.headlineMin, headlineMax: DEFAULT_LIMITS.headlineMax }),
      leadWords: count(limits.leadWords, DEFAULT_LIMITS.leadWords, LIMIT_MAXIMA.leadWords),
      totalWords: count(limits.totalWords, DEFAULT_LIMITS.totalWords, LIMIT_MAXIMA.totalWords),
    },
    houseStyle: { paragraphs: oneOf(PARAGRAPH_STYLES, house.paragraphs, DEFAULT_HOUSE_STYLE.paragraphs), dash: oneOf(HOUSE_DASH_CHOICES, house.dash, DEFAULT_HOUSE_STYLE.dash) },
    datelines: Object.fromEntries(RELEASE_LANGUAGES.map((language) => [language, datelineOf(datelines[language])])) as DatelineSettings,
    paper: oneOf(PAPER_SIZES, stored.paper, DEFAULT_ORGANISATION.paper),
  };
}
