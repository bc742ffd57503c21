import type { Language } from '../model/types';

/**
 * Datelines in each language's newsroom convention:
 *   ru «Алматы, 29 августа 2025 года», kk «Алматы, 2025 жылғы 29 тамыз», en “Almaty, August 29, 2025”.
 */

const RU_MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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

/** A date as a dateline writes it in `language`. */
export function formatDate(date: CalendarDate, language: Language): string {
  const index = date.month - 1;
  switch (language) {
    case 'ru':
      return `${date.day} ${RU_MONTHS_GENITIVE[index]} ${date.year} года`;
    case 'kk':
      return `${date.year} жылғы ${date.day} ${KK_MONTHS[index]}`;
    case 'en':
      return `${EN_MONTHS[index]} ${date.day}, ${date.year}`;
  }
}

/**
 * The date part of a dateline: an ISO date is written out in the language's convention, anything else the
 * user typed (e.g. «29–30 августа») is kept as typed.
 */
export function datelineDate(dateText: string, language: Language): string {
  const date = parseIsoDate(dateText);
  return date ? formatDate(date, language) : dateText;
}

/** The whole dateline: «Алматы, 29 августа 2025 года». Either part may be empty. */
export function formatDateline(city: string, dateText: string, language: Language): string {
  const date = datelineDate(dateText, language);
  if (city && date) return `${city}, ${date}`;
  return city || date;
}

const monthIndex = (names: string[], word: string): number => names.findIndex((name) => name.toLowerCase() === word.toLowerCase());

/** Reads a date written in any of the three conventions (or ISO) back; null when it is not one. */
export function parseWrittenDate(text: string): CalendarDate | null {
  const trimmed = text.trim().replace(/\u00a0/g, ' ');
  const iso = parseIsoDate(trimmed);
  if (iso) return iso;
  let match = /^(\d{1,2}) (\p{L}+) (\d{4})(?: (?:года|г\.))?$/u.exec(trimmed);
  if (match) {
    const month = monthIndex(RU_MONTHS_GENITIVE, match[2] ?? '');
    return month < 0 ? null : checked(Number(match[3]), month + 1, Number(match[1]));
  }
  match = /^(\d{4}) жылғы (\d{1,2}) (\p{L}+)$/u.exec(trimmed);
  if (match) {
    const month = monthIndex(KK_MONTHS, match[3] ?? '');
    return month < 0 ? null : checked(Number(match[1]), month + 1, Number(match[2]));
  }
  match = /^(\p{L}+) (\d{1,2}), (\d{4})$/u.exec(trimmed);
  if (match) {
    const month = monthIndex(EN_MONTHS, match[1] ?? '');
    return month < 0 ? null : checked(Number(match[3]), month + 1, Number(match[2]));
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
