import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxFault } from './json-syntax';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('finding where a text stops being JSON', () => {
  it('points at the first wrong character by line and column, counting from 1', () => {
    expect(findJsonSyntaxFault('{"a": 1,}')).toEqual({ kind: 'json-syntax', line: 1, column: 9 });
    expect(findJsonSyntaxFault('{\n  "title": "Конференция",\n  "city" "Алматы"\n}')).toEqual({ kind: 'json-syntax', line: 3, column: 10 });
    expect(findJsonSyntaxFault('{"a": tru }')).toEqual({ kind: 'json-syntax', line: 1, column: 10 });
    expect(findJsonSyntaxFault('{"a": 01}')).toEqual({ kind: 'json-syntax', line: 1, column: 8 });
    expect(findJsonSyntaxFault('{"a": "x\u0001"}')).toEqual({ kind: 'json-syntax', line: 1, column: 9 });
    expect(findJsonSyntaxFault('{"a": "\\q"}')).toEqual({ kind: 'json-syntax', line: 1, column: 9 });
    expect(findJsonSyntaxFault('{} {}')).toEqual({ kind: 'json-syntax', line: 1, column: 4 });
    expect(findJsonSyntaxFault('PK\u0003\u0004')).toEqual({ kind: 'json-syntax', line: 1, column: 1 });
  });

  it('tells a text cut off in the middle, and an empty one, from a wrong character', () => {
    expect(findJsonSyntaxFault('{"format": "pressroom", "version": 2, "metadata": {')).toEqual({ kind: 'cut-off' });
    expect(findJsonSyntaxFault('{"a": "Алма')).toEqual({ kind: 'cut-off' });
    expect(findJsonSyntaxFault('[1, 2')).toEqual({ kind: 'cut-off' });
    expect(findJsonSyntaxFault('{"a": fal')).toEqual({ kind: 'cut-off' });
    expect(findJsonSyntaxFault('')).toEqual({ kind: 'empty' });
    expect(findJsonSyntaxFault(' \n\t')).toEqual({ kind: 'empty' });
  });

  it('finds no fault in JSON, and does not overflow on a million brackets', () => {
    expect(findJsonSyntaxFault('{"a": [1, -2.5e+3, true, false, null, "\\u0430\\n"], "b": {}}')).toBeNull();
    expect(findJsonSyntaxFault('[]')).toBeNull();
    expect(findJsonSyntaxFault(`${'['.repeat(1_000_000)}`)).toEqual({ kind: 'cut-off' });
  });

  it('agrees with JSON.parse on any JSON text and on any text one edit away from one (seed 20251201)', () => {
    const edited = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', '0', 'x', ' ', '{', '['), fc.boolean())
      .map(([text, at, insert, remove]) => {
        const index = text.length === 0 ? 0 : at % text.length;
        return `${text.slice(0, index)}${insert}${text.slice(remove ? index + 1 : index)}`;
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), edited, fc.string()), (text) => {
        expect(findJsonSyntaxFault(text) === null).toBe(parses(text));
      }),
      { seed: 20251201, numRuns: 3000 },
    );
  });
});
