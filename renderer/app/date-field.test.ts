import { describe, expect, it } from 'vitest';
import { parseTime } from './date-field';

describe('the embargo’s time field reads a 24-hour time as a press officer types it', () => {
  it.each([
    ['14:05', '14:05'],
    ['14.05', '14:05'],
    ['1405', '14:05'],
    ['9:30', '09:30'],
    ['10', '10:00'],
    [' 0:00 ', '00:00'],
    ['23:59', '23:59'],
  ])('%s is %s', (typed, time) => expect(parseTime(typed)).toBe(time));

  it.each(['24:00', '12:60', '2 PM', '', '14:5', 'десять'])('%s is not a time', (typed) => expect(parseTime(typed)).toBeNull());
});
