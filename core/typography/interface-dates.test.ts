import { describe, expect, it } from 'vitest';
import { parseInterfaceDate, printInterfaceDateTime, printIsoDate } from './interface-dates';

describe('dates as the interface shows and reads them', () => {
  it.each([
    ['ru', '2025-10-02', '02.10.2025'],
    ['kk', '2025-10-02', '02.10.2025'],
    ['en', '2025-10-02', '02/10/2025'],
    ['ru', '', ''],
  ] as const)('%s shows %s as %s', (language, iso, shown) => {
    expect(printIsoDate(iso, language)).toBe(shown);
  });

  it.each([
    ['02.10.2025', '2025-10-02'],
    ['2.10.2025', '2025-10-02'],
    ['02/10/2025', '2025-10-02'],
    ['2-10-25', '2025-10-02'],
    [' 29.08.2025 ', '2025-08-29'],
    ['2025-10-02', '2025-10-02'],
    ['2 октября 2025 года', '2025-10-02'],
    ['2025 жылғы 2 қазан', '2025-10-02'],
    ['Oct. 2, 2025', '2025-10-02'],
    ['October 2, 2025', '2025-10-02'],
    // The day first, as a Kazakh or British writer also types it.
    ['2 қазан 2025', '2025-10-02'],
    ['2 Қазан 2025 ж.', '2025-10-02'],
    ['29 тамыз 2025 жыл', '2025-08-29'],
    ['2 October 2025', '2025-10-02'],
    ['2 октября 2025 г.', '2025-10-02'],
    ['', ''],
  ])('reads %j as %j', (typed, iso) => {
    expect(parseInterfaceDate(typed)).toBe(iso);
  });

  it.each(['31.02.2025', '10/2025', 'завтра', '2025-13-01', '32.01.2025', '31 ақпан 2025', '2 жаңа 2025'])('refuses %j', (typed) => {
    expect(parseInterfaceDate(typed)).toBeNull();
  });

  it('writes a moment without Intl, so Kazakh is not “2025 M10 02”', () => {
    const moment = new Date(2025, 9, 2, 14, 5);
    expect(printInterfaceDateTime(moment, 'kk')).toBe('02.10.2025, 14:05');
    expect(printInterfaceDateTime(moment, 'en')).toBe('02/10/2025, 14:05');
  });
});
