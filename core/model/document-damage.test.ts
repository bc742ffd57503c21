import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { almatyReleaseJson, damagedReleases } from '../../test/fixtures/damaged-releases';
import { quoted } from './document-damage';
import { readDocumentText } from './document-file';

describe('what exactly is wrong in a damaged file', () => {
  for (const damaged of damagedReleases()) {
    it(`${damaged.name}: ${damaged.reason}, ${damaged.damage?.kind ?? 'nothing more'}`, () => {
      const read = readDocumentText(damaged.text);
      if (read.ok) expect.fail('a damaged file was read');
      expect(read.problem.reason).toBe(damaged.reason);
      expect('damage' in read.problem ? read.problem.damage : undefined).toEqual(damaged.damage);
      // The parser's own words stay available for a bug report.
      expect(read.problem.detail.length).toBeGreaterThan(0);
    });
  }

  it('names the damage of any release with any part replaced by any JSON value (seed 20251202)', () => {
    /** Every path to a member of the release, e.g. ['body', 3, 'children', 1, 'name']. */
    const paths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] =>
      typeof value !== 'object' || value === null
        ? []
        : Object.entries(value).flatMap(([key, member]) => {
            const path = [...prefix, Array.isArray(value) ? Number(key) : key];
            return [path, ...paths(member, path)];
          });
    const places = paths(almatyReleaseJson()).filter((path) => path[0] !== 'format' && path[0] !== 'version');
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.jsonValue(), (path, replacement) => {
        const release = almatyReleaseJson();
        let parent: Record<string | number, unknown> = release;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[path.at(-1) as string | number] = replacement;
        const read = readDocumentText(JSON.stringify(release));
        if (read.ok) return;
        expect(read.problem.reason).toBe('invalid');
        const damage = 'damage' in read.problem ? read.problem.damage : undefined;
        expect(damage).toBeDefined();
        // A part of one block, or of the release details, replaced: the damage names that block, that field.
        if (path[0] === 'body' && path.length > 1) expect(damage).toMatchObject({ block: (path[1] as number) + 1 });
        if (path[0] === 'metadata' && path.length > 1) expect(damage).toMatchObject({ field: path[1] });
      }),
      { seed: 20251202, numRuns: 600 },
    );
  });

  it('quotes at most 40 characters of the file, on one line', () => {
    expect(quoted('video')).toBe('video');
    expect(quoted(2.5)).toBe('2.5');
    expect(quoted({ a: 1 })).toBe('{"a":1}');
    const long = quoted(`${'ы'.repeat(30)}\n${'я'.repeat(30)}`);
    expect(long).toHaveLength(40);
    expect(long).toMatch(/^ы+ я+…$/u);
  });
});
