/**
 * The pure parts of the benchmark: percentiles, summaries and the printed tables.
 */

/**
 * The p-th percentile (0–100) of `values`, by linear interpolation between closest ranks
 * (the definition of numpy's default and of Excel's PERCENTILE.INC). NaN for no values.
 */
export function percentile(values: readonly number[], p: number): number {
  if (p < 0 || p > 100 || Number.isNaN(p)) throw new RangeError(`percentile must be within 0–100, got ${p}`);
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (rank - lower);
}

export interface Summary {
  count: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export function summarise(values: readonly number[]): Summary {
  const count = values.length;
  return {
    count,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: count === 0 ? Number.NaN : Math.max(...values),
    mean: count === 0 ? Number.NaN : values.reduce((sum, v) => sum + v, 0) / count,
  };
}

/** `a / b` as "1.23×", or "–" when either is missing. */
export function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '–';
  return `${(a / b).toFixed(2)}×`;
}

/** Milliseconds with a precision that suits the size. */
export function ms(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** A Markdown table, columns padded so it reads in a terminal too. Numbers right-aligned. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const numeric = headers.map((_, column) => rows.length > 0 && rows.every((row) => /^[-–+]?[\d.,×%]+\s?\S*$|^–$/.test(row[column] ?? '')));
  const cell = (text: string, column: number): string =>
    numeric[column] ? text.padStart(widths[column] ?? 0) : text.padEnd(widths[column] ?? 0);
  const line = (cells: readonly string[]): string => `| ${cells.map((text, column) => cell(text, column)).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (numeric[column] ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [line(headers), rule, ...rows.map((row) => line(headers.map((_, column) => row[column] ?? '')))].join('\n');
}

/** A small deterministic generator (mulberry32), so every run types with the same pauses. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pauses between keys, uniformly within [min, max] ms. */
export function keyPauses(count: number, min: number, max: number, seed = 2025): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => min + random() * (max - min));
}
