import type { ReleaseLanguage } from '../model/types';
import { ALL_PROFILES, profileOf } from '../languages/index';

/**
 * Datelines in each language's newsroom convention, from its profile's dates (core/languages):
 *   ru «Алматы, 29 августа 2025 года», kk «Алматы, 2025 жылғы 29 тамыз», en “Almaty, August 29, 2025”.
 */

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

/** The whole dateline: «Алматы, 29 августа 2025 года». Either part may be empty. */
export function formatDateline(city: string, dateText: string, language: ReleaseLanguage): string {
  const date = datelineDate(dateText, language);
  if (city && date) return `${city}, ${date}`;
  return city || date;
}

const monthIndex = (names: readonly string[], word: string): number => names.findIndex((name) => name.toLowerCase() === word.toLowerCase());

/** Reads a date written in any release language's convention (or ISO) back; null when it is not one. */
export function parseWrittenDate(text: string): CalendarDate | null {
  const trimmed = text.trim().replace(/\u00a0/g, ' ');
  const iso = parseIsoDate(trimmed);
  if (iso) return iso;
  for (const { dates } of ALL_PROFILES) {
    const groups = dates.reading.exec(trimmed)?.groups;
    if (!groups) continue;
    const month = monthIndex(dates.months, groups.month ?? '');
    const date = month < 0 ? null : checked(Number(groups.year), month + 1, Number(groups.day));
    if (date) return date;
  }
  return null;
}

/** Splits a written dateline «Алматы, 29 августа 2025 года» (or a date alone) into city and ISO date; null when it is not one. */
export function parseDateline(text: string): { city: string; date: string } | null {
  const dateOnly = parseWrittenDate(text);
  if (dateOnly) return { city: '', date: isoDate(dateOnly) };
  const comma = text.indexOf(', ');
  if (comma <= 0) return null;
  const city = text.slice(0, comma).trim();
  const date = parseWrittenDate(text.slice(comma + 2));
  if (!date || city.length > 60 || /[.!?]/.test(city)) return null;
  return { city, date: isoDate(date) };
}
