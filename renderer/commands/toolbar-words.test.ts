import { describe, expect, it } from 'vitest';
import { COMMANDS, toolbarCommands } from '../../core/commands';
import { INTERFACE_LANGUAGES } from '../../core/i18n/interface-languages';
import { wordsIn } from '../../core/i18n/catalogue';

type Tree = { [key: string]: string | Tree };

/** A key as the toolbar passes it to i18next: "toolbar.new" (namespace 'app') or "publishing:menu.exportAll". */
function lookUp(key: string, language: (typeof INTERFACE_LANGUAGES)[number]): unknown {
  const [namespace, path] = key.includes(':') ? (key.split(':') as [string, string]) : ['app', key];
  const texts = (wordsIn(language) as unknown as Record<string, Tree>)[namespace];
  return path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), texts);
}

describe('the toolbar’s words for commands', () => {
  it('name every toolbar command in Russian, Kazakh and English', () => {
    for (const command of [...toolbarCommands('buttons'), ...toolbarCommands('export')]) {
      const key = COMMANDS[command].toolbar?.label ?? '';
      for (const language of INTERFACE_LANGUAGES) {
        const text = lookUp(key, language);
        expect(typeof text, `${language} ${key}`).toBe('string');
        expect(String(text).trim()).not.toBe('');
      }
    }
  });
});
