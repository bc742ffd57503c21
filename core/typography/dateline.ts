import type { ReleaseLanguage } from '../model/types';
import { ALL_PROFILES, profileOf } from '../languages/index';

/**
 * Datelines in each language's newsroom convention, from its profile's dates (core/languages), with month tables
 * of our own — never Intl (Chromium has no Kazakh data, and Node and Chromium differ by a space in Russian), so the
 * app and the CLI print the same bytes:
 *   standard: ru «Алматы, 29 августа 2025 года», kk «Алматы, 2025 жылғы 29 тамыз», en “ALMATY, Kazakhstan, Aug. 29, 2025”;
 *   wire:     ru «АЛМАТЫ. 29 августа.», kk «АЛМАТЫ. Тамыздың 29-ы.», en “ALMATY, Kazakhstan, Aug. 29 —”.
 * The style is the organisation's choice (house style); standard when nothing says otherwise.
 */

/** How the organisation sets its datelines: the newsroom's standard, or the wire service's. */
export const DATELINE_STYLES = ['standard', 'wire'] as const;
export type DatelineStyle = (typeof DATELINE_STYLES)[number];

/**
 * The organisation's dateline for one release language: its style and, for the wire style, the agency line that
 * ends it (Kazinform: «ОРАЛ. Қазанның 4-і. ҚазАқпарат –»); a press service writes its own name, empty = none.
 */
export interface DatelineSetting {
  style: DatelineStyle;
  agency: string;
}
export type DatelineSettings = { [L in ReleaseLanguage]: DatelineSetting };

/** The agency line when the profile names no form of its own: after the end, the name and a dash («… ҚазАқпарат\u00a0–»). */
const AGENCY_LINE = '{end} {agency}\u00a0\u2013';

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function checked(year: number, month: number, day: number): CalendarDate | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Reads an ISO date (yyyy-mm-dd); null for anything else, including impossible dates. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  return checked(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** A date as a dateline writes it in `language`: its profile's pattern with the day, month name and year. */
export function formatDate(date: CalendarDate, language: ReleaseLanguage): string {
  const { months, pattern } = profileOf(language).dates;
  const parts: Record<string, string> = { day: String(date.day), month: months[date.month - 1] ?? '', year: String(date.year) };
  return pattern.replace(/\{(day|month|year)\}/g, (_, part: string) => parts[part] ?? '');
}

/**
 * The date part of a dateline: an ISO date is written out in the language's convention, anything else the
 * user typed (e.g. «29–30 августа») is kept as typed.
 */
export function datelineDate(dateText: string, language: ReleaseLanguage): string {
  const date = parseIsoDate(dateText);
  return date ? formatDate(date, language) : dateText;
}

/** The city as the profile's dateline sets it: as written, or in capitals followed by the country (AP). */
function datelineCity(city: string, language: ReleaseLanguage, capitals: boolean): string {
  const { city: rule } = profileOf(language).dates;
  const trimmed = city.trim();
  if (!trimmed) return '';
  const written = capitals || rule.capitals ? trimmed.toLocaleUpperCase(language) : trimmed;
  return rule.country && rule.capitals ? `${written}, ${rule.country}` : written;
}

/** A date as the wire writes it: «29 августа», «Тамыздың 29-ы», “Aug. 29”. */
export function formatWireDate(date: CalendarDate, language: ReleaseLanguage): string {
  const { wire } = profileOf(language).dates;
  const parts: Record<string, string> = { day: String(date.day), month: wire.months[date.month - 1] ?? '', suffix: wire.daySuffix?.(date.day) ?? '' };
  return wire.pattern.replace(/\{(day|month|suffix)\}/g, (_, part: string) => parts[part] ?? '');
}

/**
 * The whole dateline: «Алматы, 29 августа 2025 года» (standard) or «АЛМАТЫ. 29 августа.» (wire; with an agency
 * «АЛМАТЫ. 29 августа. Kazinform –»). Either part may be empty; a date that is not ISO (e.g. «29–30 августа») is
 * kept as typed. The agency line is the wire style's only.
 */
export function formatDateline(city: string, dateText: string, language: ReleaseLanguage, style: DatelineStyle = 'standard', agency = ''): string {
  if (style === 'wire') {
    const { wire } = profileOf(language).dates;
    const iso = parseIsoDate(dateText);
    const place = datelineCity(city, language, true);
    const date = iso ? formatWireDate(iso, language) : dateText.trim();
    if (!place && !date) return '';
    const name = agency.trim().replace(/\s+/gu, ' ');
    const end = name ? (wire.agency ?? AGENCY_LINE).replace('{end}', () => wire.end).replace('{agency}', () => name) : wire.end;
    return `${[place, date].filter(Boolean).join(wire.joiner)}${end}`;
  }
  const date = datelineDate(dateText, language);
  const place = datelineCity(city, language, false);
  if (place && date) return `${place}, ${date}`;
  return place || date;
}

function monthIndex(names: readonly string[], also: readonly string[] | undefined, word: string): number {
  const same = (name: string) => name.toLowerCase() === word.toLowerCase();
  const index = names.findIndex(same);
  return index >= 0 || !also ? index : also.findIndex(same);
}

/** Reads a date written in any release language's convention (or ISO) back; null when it is not one. */
export function parseWrittenDate(text: string): CalendarDate | null {
  const trimmed = text.trim().replace(/\u00a0/g, ' ');
  const iso = parseIsoDate(trimmed);
  if (iso) return iso;
  for (const { dates } of ALL_PROFILES) {
    const groups = dates.reading.exec(trimmed)?.groups;
    const date = groups ? dateOfParts(groups, [dates]) : null;
    if (date) return date;
  }
  return null;
}

/** A date from its parts as read (day, month in words, year): the month named in any of `profiles`' tables. */
function dateOfParts(groups: Record<string, string | undefined>, profiles: readonly (typeof ALL_PROFILES)[number]['dates'][]): CalendarDate | null {
  for (const dates of profiles) {
    const month = monthIndex(dates.months, dates.alsoRead, groups.month ?? '');
    const date = month < 0 ? null : checked(Number(groups.year), month + 1, Number(groups.day));
    if (date) return date;
  }
  return null;
}

/**
 * The day first, the month in words, the year: how a press officer also types a date into a field where the
 * language's dateline puts it otherwise («2 қазан 2025», «2 қазан 2025 ж.», “2 October 2025”, «2 окт. 2025»), the
 * month in any release language. Not for datelines: only what a field reads.
 */
const DAY_MONTH_YEAR = /^(?<day>\d{1,2})\s+(?<month>\p{L}+)\.?,?\s+(?<year>\d{4})(?:\s*(?:года|г\.|ж\.|жыл|жылы))?$/u;

/** A date typed in words: as {@link parseWrittenDate}, or the day, the month and the year in that order; null when it is not one. */
export function parseTypedWrittenDate(text: string): CalendarDate | null {
  const groups = DAY_MONTH_YEAR.exec(text.trim().replace(/\u00a0/g, ' '))?.groups;
  return parseWrittenDate(text) ?? (groups ? dateOfParts(groups, ALL_PROFILES.map((profile) => profile.dates)) : null);
}

/** Splits a written dateline «Алматы, 29 августа 2025 года» (or a date alone) into city and ISO date; null when it is not one. */
export function parseDateline(text: string): { city: string; date: string } | null {
  const dateOnly = parseWrittenDate(text);
  if (dateOnly) return { city: '', date: isoDate(dateOnly) };
  // The date follows the last comma (“ALMATY, Kazakhstan, Aug. 29, 2025” has three: the date takes its own).
  for (let comma = text.lastIndexOf(', '); comma > 0; comma = text.lastIndexOf(', ', comma - 1)) {
    const date = parseWrittenDate(text.slice(comma + 2));
    if (!date) continue;
    const city = readCity(text.slice(0, comma).trim());
    if (!city || city.length > 60 || /[.!?]/.test(city)) return null;
    return { city, date: isoDate(date) };
  }
  return null;
}

/** A dateline's city as written back: “ALMATY, Kazakhstan” is Almaty (capitals undone, the profile's country dropped). */
function readCity(written: string): string {
  for (const { dates } of ALL_PROFILES) {
    const { country, capitals } = dates.city;
    if (!capitals || !country || !written.endsWith(`, ${country}`)) continue;
    const city = written.slice(0, -(country.length + 2));
    return city === city.toUpperCase() ? city.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase()) : city;
  }
  return written;
}
