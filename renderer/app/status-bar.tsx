import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSlateStatic } from 'slate-react';
import type { Descendant } from 'slate';
import type { InterfaceLanguageSetting, Settings } from '../../core/api';
import { countWords } from '../../core/editing/count-words';
import type { TextCount } from '../../core/editing/count-words';
import { LANGUAGES } from '../../core/model/types';
import type { Language } from '../../core/model/types';

/**
 * Each top-level block's count, kept while the block is unchanged: Slate replaces a node it changes and keeps
 * the others, so after a key press only the edited block is counted again. A whole 5 MB release takes ~250 ms
 * to count; one block, well under a millisecond (bench/: npm run bench).
 */
const blockCounts = new WeakMap<Descendant, TextCount>();
function countRelease(body: readonly Descendant[]): TextCount {
  const total: TextCount = { words: 0, characters: 0, charactersWithoutSpaces: 0 };
  for (const block of body) {
    let count = blockCounts.get(block);
    if (!count) {
      count = countWords([block]);
      blockCounts.set(block, count);
    }
    total.words += count.words;
    total.characters += count.characters;
    total.charactersWithoutSpaces += count.charactersWithoutSpaces;
  }
  return total;
}

/** Word and character count (updated when typing pauses), save state, and the interface language switch. */
export function StatusBar({
  revision,
  dirty,
  draftSavedAt,
  documentLanguage,
  settings,
  onInterfaceLanguage,
}: {
  revision: number;
  dirty: boolean;
  draftSavedAt: string | null;
  documentLanguage: Language;
  settings: Settings;
  onInterfaceLanguage: (setting: InterfaceLanguageSetting) => void;
}) {
  const { t } = useTranslation();
  const editor = useSlateStatic();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const count = useMemo(() => countRelease(editor.children), [editor, revision]);
  return (
    <footer className="status-bar">
      <span className="status-bar__count" role="status" aria-live="polite">
        <span data-testid="word-count">{t('status.words', { count: count.words })}</span>
        <span className="status-bar__dot" aria-hidden="true">·</span>
        <span data-testid="character-count">{t('status.characters', { count: count.characters })}</span>
        <span className="status-bar__muted"> ({t('status.charactersWithoutSpaces', { count: count.charactersWithoutSpaces })})</span>
      </span>
      <span className={dirty ? 'status-bar__state is-dirty' : 'status-bar__state'}>{dirty ? t('status.unsaved') : t('status.saved')}</span>
      {dirty && draftSavedAt && <span className="status-bar__muted">{t('status.draftSaved', { time: draftSavedAt })}</span>}
      <span className="status-bar__spacer" />
      <span className="status-bar__muted">{t('status.documentLanguage', { language: t(`language.${documentLanguage}`) })}</span>
      <label className="status-bar__language">
        <span>{t('interface.language')}</span>
        <select value={settings.interfaceLanguage} onChange={(event) => onInterfaceLanguage(event.target.value as InterfaceLanguageSetting)}>
          <option value="system">{t('interface.system', { language: t(`language.${settings.systemLanguage}`) })}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </select>
      </label>
    </footer>
  );
}
