import { describe, expect, it } from 'vitest';
import { kazakhDaySuffix } from '../languages/kk';
import { formatDate, formatDateline, formatWireDate, parseDateline, parseIsoDate, parseWrittenDate } from './dateline';

describe('datelines', () => {
  it('writes the sample dateline in each language', () => {
    expect(formatDateline('Алматы', '2025-08-29', 'ru')).toBe('Алматы, 29 августа 2025 года');
    expect(formatDateline('Алматы', '2025-08-29', 'kk')).toBe('Алматы, 2025 жылғы 29 тамыз');
    expect(formatDateline('Almaty', '2025-08-29', 'en')).toBe('ALMATY, Kazakhstan, Aug. 29, 2025');
  });

  it('writes every month in its case and keeps a date the user typed in words', () => {
    expect(formatDate({ year: 2026, month: 1, day: 1 }, 'ru')).toBe('1 января 2026 года');
    expect(formatDate({ year: 2026, month: 4, day: 30 }, 'kk')).toBe('2026 жылғы 30 сәуір');
    expect(formatDate({ year: 2026, month: 12, day: 31 }, 'en')).toBe('Dec. 31, 2026');
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
    expect(parseDateline('ALMATY, Kazakhstan, Aug. 29, 2025')).toEqual({ city: 'Almaty', date: '2025-08-29' });
    expect(parseDateline('UST-KAMENOGORSK, Kazakhstan, Sept. 1, 2025')).toEqual({ city: 'Ust-Kamenogorsk', date: '2025-09-01' });
    expect(parseWrittenDate('29\u00a0августа 2025 г.')).toEqual({ year: 2025, month: 8, day: 29 });
    expect(parseDateline('Участники конференции, 29 человек')).toBeNull();
  });

  // AP style: five months abbreviated, March to July spelled out, September as Sept.
  it.each([
    [1, 'Jan.'], [2, 'Feb.'], [3, 'March'], [4, 'April'], [5, 'May'], [6, 'June'],
    [7, 'July'], [8, 'Aug.'], [9, 'Sept.'], [10, 'Oct.'], [11, 'Nov.'], [12, 'Dec.'],
  ])('English month %i is written %s', (month, written) => {
    expect(formatDate({ year: 2025, month, day: 5 }, 'en')).toBe(`${written} 5, 2025`);
  });

  it('writes wire datelines: ru «АЛМАТЫ. 29 августа.», kk in Kazinform’s form, en with the country and a dash', () => {
    expect(formatDateline('Алматы', '2025-08-29', 'ru', 'wire')).toBe('АЛМАТЫ. 29 августа.');
    expect(formatDateline('Орал', '2025-10-04', 'kk', 'wire')).toBe('ОРАЛ. Қазанның 4-і.');
    expect(formatDateline('Алматы', '2025-08-29', 'kk', 'wire')).toBe('АЛМАТЫ. Тамыздың 29-ы.');
    expect(formatDateline('Almaty', '2025-08-29', 'en', 'wire')).toBe('ALMATY, Kazakhstan, Aug. 29 \u2014');
    expect(formatDateline('Астана', '', 'ru', 'wire')).toBe('АСТАНА.');
    expect(formatDateline('', '', 'ru', 'wire')).toBe('');
    expect(formatDateline('Астана', '29–30 августа', 'ru', 'wire')).toBe('АСТАНА. 29–30 августа.');
  });

  it('ends a wire dateline with the agency line: Kazinform’s «ОРАЛ. Қазанның 4-і. ҚазАқпарат –», a press service’s own name, none when empty', () => {
    expect(formatDateline('Орал', '2025-10-04', 'kk', 'wire', 'ҚазАқпарат')).toBe('ОРАЛ. Қазанның 4-і. ҚазАқпарат\u00a0\u2013');
    expect(formatDateline('Алматы', '2025-08-29', 'ru', 'wire', 'Пресс-служба акимата')).toBe('АЛМАТЫ. 29 августа. Пресс-служба акимата\u00a0\u2013');
    expect(formatDateline('Almaty', '2025-08-29', 'en', 'wire', 'Kazinform')).toBe('ALMATY, Kazakhstan, Aug. 29 (Kazinform) \u2014');
    // white space in the name is one space; a name with $& in it is written as typed
    expect(formatDateline('Алматы', '2025-08-29', 'ru', 'wire', '  Агентство   $& ')).toBe('АЛМАТЫ. 29 августа. Агентство $&\u00a0\u2013');
    expect(formatDateline('Алматы', '2025-08-29', 'ru', 'wire', '   ')).toBe('АЛМАТЫ. 29 августа.');
    // the standard style has no agency line, and an empty dateline stays empty
    expect(formatDateline('Алматы', '2025-08-29', 'ru', 'standard', 'Kazinform')).toBe('Алматы, 29 августа 2025 года');
    expect(formatDateline('', '', 'kk', 'wire', 'ҚазАқпарат')).toBe('');
  });

  // The day's possessive suffix follows the number as read aloud: бір-і, екі-сі, үш-і, төрт-і, бес-і, алты-сы,
  // жеті-сі, сегіз-і, тоғыз-ы, он-ы, жиырма-сы, отыз-ы.
  it.each([
    [1, 'і'], [2, 'сі'], [3, 'і'], [4, 'і'], [5, 'і'], [6, 'сы'], [7, 'сі'], [8, 'і'], [9, 'ы'], [10, 'ы'],
    [11, 'і'], [12, 'сі'], [16, 'сы'], [19, 'ы'], [20, 'сы'], [21, 'і'], [26, 'сы'], [29, 'ы'], [30, 'ы'], [31, 'і'],
  ])('Kazakh day %i takes -%s', (day, suffix) => {
    expect(kazakhDaySuffix(day)).toBe(suffix);
  });

  it('writes every Kazakh wire month in the genitive', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatWireDate({ year: 2025, month: i + 1, day: 1 }, 'kk'));
    expect(months).toEqual([
      'Қаңтардың 1-і', 'Ақпанның 1-і', 'Наурыздың 1-і', 'Сәуірдің 1-і', 'Мамырдың 1-і', 'Маусымның 1-і',
      'Шілденің 1-і', 'Тамыздың 1-і', 'Қыркүйектің 1-і', 'Қазанның 1-і', 'Қарашаның 1-і', 'Желтоқсанның 1-і',
    ]);
  });
});
