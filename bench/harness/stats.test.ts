import { describe, expect, it } from 'vitest';
import { keyPauses, ms, percentile, ratio, summarise, table } from './stats';

describe('percentile', () => {
  it('interpolates between closest ranks, like numpy and PERCENTILE.INC', () => {
    const values = [15, 20, 35, 40, 50];
    expect(percentile(values, 0)).toBe(15);
    expect(percentile(values, 50)).toBe(35);
    expect(percentile(values, 100)).toBe(50);
    expect(percentile(values, 40)).toBeCloseTo(29, 10);
    expect(percentile(values, 95)).toBeCloseTo(48, 10);
  });

  it('does not depend on the order of the values or change them', () => {
    const values = [9, 1, 8, 2, 7, 3, 6, 4, 5, 10];
    const copy = [...values];
    expect(percentile(values, 50)).toBe(5.5);
    expect(percentile(values, 95)).toBeCloseTo(9.55, 10);
    expect(values).toEqual(copy);
  });

  it('of one value is that value, of none is NaN, outside 0–100 throws', () => {
    expect(percentile([4.2], 95)).toBe(4.2);
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('summarise', () => {
  it('gives count, p50, p95, max and mean of 200 key latencies', () => {
    const latencies = Array.from({ length: 200 }, (_, i) => i + 1);
    const summary = summarise(latencies);
    expect(summary).toMatchObject({ count: 200, p50: 100.5, max: 200, mean: 100.5 });
    expect(summary.p95).toBeCloseTo(190.05, 10);
  });
});

describe('printing', () => {
  it('formats milliseconds and ratios', () => {
    expect(ms(0.123)).toBe('0.12');
    expect(ms(12.345)).toBe('12.3');
    expect(ms(1234.5)).toBe('1235');
    expect(ms(Number.NaN)).toBe('–');
    expect(ratio(3, 2)).toBe('1.50×');
    expect(ratio(3, 0)).toBe('–');
  });

  it('prints a padded Markdown table with numbers aligned right', () => {
    const printed = table(['editor', 'p95 ms'], [['Pressroom', '4.10'], ['bare Slate', '12.5']]);
    expect(printed.split('\n')).toEqual([
      '| editor     | p95 ms |',
      '|------------|-------:|',
      '| Pressroom  |   4.10 |',
      '| bare Slate |   12.5 |',
    ]);
  });
});

describe('keyPauses', () => {
  it('stays within 50–60 ms and repeats with the same seed', () => {
    const pauses = keyPauses(300, 50, 60);
    expect(pauses).toHaveLength(300);
    expect(pauses.every((p) => p >= 50 && p <= 60)).toBe(true);
    expect(keyPauses(300, 50, 60)).toEqual(pauses);
    expect(new Set(pauses.map((p) => Math.floor(p))).size).toBeGreaterThan(5);
  });
});
