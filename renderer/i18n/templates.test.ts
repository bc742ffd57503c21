import { describe, expect, it } from 'vitest';
import { templates } from './templates';

type Tree = { [key: string]: string | Tree };

/** Every key path of a translation tree, plural suffixes folded (ru has _few/_many, kk and en do not). */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key.replace(/_(one|few|many|other)$/u, '')}`] : keys(value, `${prefix}${key}.`),
  );
}
function strings(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : strings(value)));
}

describe("the 'templates' namespace", () => {
  it('has the same keys in Russian, Kazakh and English', () => {
    const ru = new Set(keys(templates.ru as unknown as Tree));
    expect(new Set(keys(templates.kk as unknown as Tree))).toEqual(ru);
    expect(new Set(keys(templates.en as unknown as Tree))).toEqual(ru);
  });

  it('uses each language’s typography and real Kazakh letters', () => {
    const ru = strings(templates.ru as unknown as Tree).join('\n');
    const kk = strings(templates.kk as unknown as Tree).join('\n');
    const en = strings(templates.en as unknown as Tree).join('\n');
    for (const text of [ru, kk]) {
      expect(text).not.toMatch(/["“”—]| - /u);
      expect(text).toMatch(/«[^»]+»/u);
    }
    expect(en).not.toMatch(/["«»–]| - /u);
    expect(en).toMatch(/“[^”]+”/u);
    expect(kk).toMatch(/[әіңғүұқө]/u);
    // Russian plural forms for counts.
    expect(Object.keys(templates.ru.unfilled)).toEqual(expect.arrayContaining(['count_one', 'count_few', 'count_many']));
  });
});
