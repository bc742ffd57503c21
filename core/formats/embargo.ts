import { profileOf } from '../languages/index';
import type { PublicationTime, ReleaseMetadata } from '../model/types';
import { formatDate, parseIsoDate } from '../typography/dateline';

/**
 * The embargo: the publication time a release carries (metadata.publication, a wall-clock time in an IANA zone)
 * as the exports write it — the line above the headline in the release's language (the profile's `embargo`),
 * and the moment as ISO 8601 with its offset for Markdown front matter and HTML JSON-LD.
 */

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Minutes east of UTC of `timeZone` at the instant `utc` (ms). */
function offsetAt(utc: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(new Date(utc))
      .map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour) % 24, Number(parts.minute));
  return Math.round((wall - Math.floor(utc / 60_000) * 60_000) / 60_000);
}

export interface PublicationMoment {
  /** 2025-08-29 */
  date: string;
  /** 10:00 */
  time: string;
  /** Minutes east of UTC in the release's zone at that moment: 300 for Almaty. */
  offsetMinutes: number;
}

/** The publication time read and placed on the world's clock; null when there is none or it does not read. */
export function publicationMoment(publication: PublicationTime | undefined): PublicationMoment | null {
  if (!publication) return null;
  const match = WALL_CLOCK.exec(publication.at);
  if (!match || !parseIsoDate(publication.at.slice(0, 10))) return null;
  const [hour, minute] = [Number(match[4]), Number(match[5])];
  if (hour > 23 || minute > 59) return null;
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), hour, minute);
  let offset: number;
  try {
    offset = offsetAt(wall, publication.timeZone);
    offset = offsetAt(wall - offset * 60_000, publication.timeZone);
  } catch {
    return null;
  }
  return { date: publication.at.slice(0, 10), time: publication.at.slice(11), offsetMinutes: offset };
}

const offsetText = (minutes: number, separator: ':' | ''): string => {
  const sign = minutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0');
  return `${sign}${hours}${separator}${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
};

/** ISO 8601 with the zone's offset: 2025-08-29T10:00:00+05:00 (JSON-LD datePublished, front matter). */
export function publicationIso(publication: PublicationTime | undefined): string | null {
  const moment = publicationMoment(publication);
  return moment ? `${moment.date}T${moment.time}:00${offsetText(moment.offsetMinutes, ':')}` : null;
}

/** «UTC+5», «UTC+5:30», «UTC». */
function utcName(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const whole = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${minutes < 0 ? '\u2212' : '+'}${whole}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/**
 * The embargo line in the release's language: «ДЛЯ ПУБЛИКАЦИИ НЕ РАНЕЕ 29 августа 2025 года, 10:00 (UTC+5)»;
 * null when the release has no embargo.
 */
export function embargoLine(metadata: ReleaseMetadata): string | null {
  const moment = publicationMoment(metadata.publication);
  if (!moment) return null;
  const date = parseIsoDate(moment.date);
  if (!date) return null;
  const written = `${formatDate(date, metadata.language)}, ${moment.time} (${utcName(moment.offsetMinutes)})`;
  return profileOf(metadata.language).embargo.replace('{moment}', written);
}
