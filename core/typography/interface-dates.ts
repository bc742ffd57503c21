import type { InterfaceLanguage } from '../i18n/interface-languages';
import { isoDate, parseIsoDate, parseTypedWrittenDate } from './dateline';
import type { CalendarDate } from './dateline';

/**
 * Dates as the interface shows them and reads them back, in the interface language's own numeric form (never
 * Intl: Chromium has no Kazakh data and shows "2025 M08 29"): ru and kk 02.10.2025, en 02/10/2025 (day first,
 * the British order the English interface is written in). The model keeps ISO (yyyy-mm-dd); this is only what
 * the press officer sees and types.
 */

export interface InterfaceDateForm {
  separator: string;
  /** What the field shows while empty: дд.мм.гггг, кк.аа.жжжж, dd/mm/yyyy (in the catalogue's words too). */
  example: string;
}

export const INTERFACE_DATE_FORMS: { readonly [L in InterfaceLanguage]: InterfaceDateForm } = {
  ru: { separator: '.', example: '29.08.2025' },
  kk: { separator: '.', example: '29.08.2025' },
  en: { separator: '/', example: '29/08/2025' },
};

const two = (n: number): string => String(n).padStart(2, '0');

/** A calendar date as the interface writes it: 02.10.2025 (ru, kk), 02/10/2025 (en). */
export function printInterfaceDate(date: CalendarDate, language: InterfaceLanguage): string {
  const { separator } = INTERFACE_DATE_FORMS[language];
  return [two(date.day), two(date.month), String(date.year).padStart(4, '0')].join(separator);
}

/** An ISO date as the interface writes it; text that is not an ISO date is returned as it is. */
export function printIsoDate(iso: string, language: InterfaceLanguage): string {
  const date = parseIsoDate(iso);
  return date ? printInterfaceDate(date, language) : iso;
}

/** A moment (an ISO timestamp) as the interface writes it: 02.10.2025, 14:05. Local time. */
export function printInterfaceDateTime(moment: string | number | Date, language: InterfaceLanguage): string {
  const at = new Date(moment);
  if (Number.isNaN(at.getTime())) return String(moment);
  const date = printInterfaceDate({ year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate() }, language);
  return `${date}, ${printInterfaceTime(at)}`;
}

/** A moment's time of day, 24-hour (14:05), as every interface language writes it. */
export function printInterfaceTime(moment: string | number | Date): string {
  const at = new Date(moment);
  return Number.isNaN(at.getTime()) ? String(moment) : `${two(at.getHours())}:${two(at.getMinutes())}`;
}

const NUMERIC = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{2}|\d{4})$/;

/**
 * What the press officer typed in a date field, as an ISO date: '' for nothing, null when it is not a date.
 * Takes the interface's form with any of . / - between the parts (2.10.2025, 02/10/25 is 2025), an ISO date,
 * and a date written in words in any release language («2 октября 2025 года», «2025 жылғы 2 қазан», “Oct. 2, 2025”),
 * also day first where the language's dateline puts it last («2 қазан 2025», “2 October 2025”).
 */
export function parseInterfaceDate(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const numeric = NUMERIC.exec(trimmed);
  if (numeric) {
    const year = numeric[3]!.length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
    const iso = `${String(year).padStart(4, '0')}-${two(Number(numeric[2]))}-${two(Number(numeric[1]))}`;
    return parseIsoDate(iso) ? iso : null;
  }
  const written = parseTypedWrittenDate(trimmed);
  return written ? isoDate(written) : null;
}
