import { describe, expect, it } from 'vitest';
import { formatDate, formatDateline, parseDateline, parseIsoDate, parseWrittenDate } from './dateline';

describe('datelines', () => {
  it('writes the sample dateline in each language', () => {
    expect(formatDateline('Алматы', '2025-08-29', 'ru')).toBe('Алматы, 29 августа 2025 года');
    expect(formatDateline('Алматы', '2025-08-29', 'kk')).toBe('Алматы, 2025 жылғы 29 тамыз');
    expect(formatDateline('Almaty', '2025-08-29', 'en')).toBe('Almaty, August 29, 2025');
  });

  it('writes every month in its case and keeps a date the user typed in words', () => {
    expect(formatDate({ year: 2026, month: 1, day: 1 }, 'ru')).toBe('1 января 2026 года');
    expect(formatDate({ year: 2026, month: 4, day: 30 }, 'kk')).toBe('2026 жылғы 30 сәуір');
    expect(formatDate({ year: 2026, month: 12, day: 31 }, 'en')).toBe('December 31, 2026');
    expect(formatDateline('Астана', '29–30 августа', 'ru')).toBe('Астана, 29–30 августа');
    expect(formatDateline('', '2025-08-29', 'ru')).toBe('29 августа 2025 года');
    expect(formatDateline('Астана', '', 'kk')).toBe('Астана');
  });

  it('refuses impossible ISO dates', () => {
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2025-13-01')).toBeNull();
  });

  it('reads written datelines back in all three conventions', () => {
    expect(parseDateline('Алматы, 29 августа 2025 года')).toEqual({ city: 'Алматы', date: '2025-08-29' });
    expect(parseDateline('Алматы, 2025 жылғы 29 тамыз')).toEqual({ city: 'Алматы', date: '2025-08-29' });
    expect(parseDateline('Almaty, August 29, 2025')).toEqual({ city: 'Almaty', date: '2025-08-29' });
    expect(parseWrittenDate('29\u00a0августа 2025 г.')).toEqual({ year: 2025, month: 8, day: 29 });
    expect(parseDateline('Участники конференции, 29 человек')).toBeNull();
  });
});
