import { describe, expect, it } from 'vitest';
import { app } from './app';
import { publishing } from './publishing';
import { templates } from './templates';

type Tree = { [key: string]: string | Tree };

/** Every key path of a translation tree, plural suffixes folded (ru has _few/_many, kk and en do not). */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/u, '')}`] : keys(value, `${prefix}${key}.`),
  );
}
const strings = (tree: Tree): string[] => Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : strings(value)));

const namespaces = { app, templates, publishing } as unknown as Record<string, Record<'ru' | 'kk' | 'en', Tree>>;

describe('interface text', () => {
  for (const [name, texts] of Object.entries(namespaces)) {
    it(`namespace '${name}' has exactly the same keys in ru, kk and en`, () => {
      const ru = [...new Set(keys(texts.ru))].sort();
      expect([...new Set(keys(texts.kk))].sort()).toEqual(ru);
      expect([...new Set(keys(texts.en))].sort()).toEqual(ru);
      for (const language of ['ru', 'kk', 'en'] as const) {
        for (const text of strings(texts[language])) expect(text.trim(), `${name}.${language}`).not.toBe('');
      }
    });
  }

  it('app text uses each language’s typography, real Kazakh letters, and the same interpolations', () => {
    const ru = strings(app.ru as unknown as Tree);
    const kk = strings(app.kk as unknown as Tree);
    const en = strings(app.en as unknown as Tree);
    for (const text of [...ru, ...kk]) expect(text).not.toMatch(/["“”—]| - /u);
    for (const text of en) expect(text).not.toMatch(/["«»–]| - /u);
    expect(kk.join('\n')).toMatch(/[әіңғүұқө]/u);
    expect(kk.join('\n')).toMatch(/«[^»]+»/u);
    expect(en.join('\n')).toMatch(/“[^”]+”/u);
    const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/gu)].map((match) => match[1]).sort();
    ru.forEach((text, index) => {
      expect(variables(kk[index] as string)).toEqual(variables(text));
      expect(variables(en[index] as string)).toEqual(variables(text));
    });
  });

  it('Kazakh text is not Russian in disguise: no Russian-only words where Kazakh has its own', () => {
    const kk = strings(app.kk as unknown as Tree).join('\n');
    for (const russian of ['Сохранить', 'Открыть', 'Отмена', 'не найден', 'Загрузка']) expect(kk).not.toContain(russian);
  });
});
