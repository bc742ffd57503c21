import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RELEASE_LANGUAGES } from '../../core/model/types';
import type { ReleaseLanguage } from '../../core/model/types';
import './spelling.css';

export interface SpellingMenuProps {
  word: string;
  x: number;
  y: number;
  /** null while the worker is still looking. */
  suggestions: string[] | null;
  problem: string | null;
  onReplace(suggestion: string): void;
  onAddToDictionary(): void;
  onIgnore(): void;
  onClose(): void;
  /** The language the word is checked in; the menu offers the others ("Check as Қазақша": the word is marked so). */
  language?: ReleaseLanguage;
  onCheckAs?(language: ReleaseLanguage): void;
}

/**
 * The menu over a misspelled word (right click): suggestions first, then "Add to dictionary" and "Ignore all", then
 * "Check as" each other release language (the word marked as written in it, core/editing/span-language.ts).
 * A menu as the platform draws one: arrows move, Enter chooses, Esc or a click elsewhere closes it.
 */
export function SpellingMenu({ word, x, y, suggestions, problem, onReplace, onAddToDictionary, onIgnore, onClose, language, onCheckAs }: SpellingMenuProps) {
  const { t } = useTranslation('spelling');
  const { t: words } = useTranslation('language');
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState({ left: x, top: y });

  useLayoutEffect(() => {
    const menu = ref.current;
    if (!menu) return;
    const { width, height } = menu.getBoundingClientRect();
    setPlace({ left: Math.max(4, Math.min(x, window.innerWidth - width - 4)), top: Math.max(4, Math.min(y, window.innerHeight - height - 4)) });
  }, [x, y, suggestions]);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [suggestions]);

  useEffect(() => {
    const away = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', away, true);
    window.addEventListener('blur', onClose);
    return () => {
      document.removeEventListener('mousedown', away, true);
      window.removeEventListener('blur', onClose);
    };
  }, [onClose]);

  return (
    <div
      ref={ref}
      className="spelling-menu"
      role="menu"
      aria-label={t('menuLabel', { word })}
      style={{ left: place.left, top: place.top }}
      onContextMenu={(event) => event.preventDefault()}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
          const now = items.indexOf(document.activeElement as HTMLElement);
          items[(now + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
        }
      }}
    >
      {suggestions === null && <div className="spelling-menu__note">{t('looking')}</div>}
      {suggestions?.length === 0 && <div className="spelling-menu__note">{t('noSuggestions')}</div>}
      {suggestions?.map((suggestion) => (
        <button key={suggestion} type="button" role="menuitem" className="spelling-menu__item spelling-menu__item--suggestion" onClick={() => onReplace(suggestion)}>
          {suggestion}
        </button>
      ))}
      <hr />
      <button type="button" role="menuitem" className="spelling-menu__item" onClick={onAddToDictionary}>
        {t('addToDictionary')}
      </button>
      <button type="button" role="menuitem" className="spelling-menu__item" onClick={onIgnore}>
        {t('ignore')}
      </button>
      {language && onCheckAs && (
        <>
          <hr />
          {RELEASE_LANGUAGES.filter((other) => other !== language).map((other) => (
            <button key={other} type="button" role="menuitem" className="spelling-menu__item" lang={other} onClick={() => onCheckAs(other)}>
              {words('span.checkAs', { language: words(`span.${other}`) })}
            </button>
          ))}
        </>
      )}
      {problem && <div className="spelling-menu__note spelling-menu__note--problem" role="alert">{problem}</div>}
    </div>
  );
}
