import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateEntry } from '../../core/api';
import type { ReleaseLanguage, ReleaseBlock } from '../../core/model/types';
import { sectionBlocks } from '../../core/templates/insert-section';
import { useTemplates } from './use-templates';
import './templates.css';

/** The built-in sections, in the menu's order; the user's own section templates follow. */
const BUILT_IN_SECTIONS = ['opening-speech', 'quotes', 'award-ceremony'] as const;

/**
 * "Insert section": an opening speech, quotes or an award ceremony (and any section template of the user's or the
 * team's) in the document's language, added at the cursor by the caller.
 */
export function InsertSectionMenu({
  language,
  onInsert,
  onClose,
}: {
  language: ReleaseLanguage;
  onInsert: (blocks: ReleaseBlock[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('templates');
  const { templates } = useTemplates();
  const ref = useRef<HTMLDivElement>(null);
  const sections = (templates ?? []).filter(
    (entry): entry is Extract<TemplateEntry, { usable: true }> => entry.usable && entry.kind === 'section' && entry.language === language,
  );
  const builtIn = BUILT_IN_SECTIONS.map((id) => ({ id, entry: sections.find((entry) => entry.id === `built-in:${id}.${language}.pressroom`) }));
  const own = sections.filter((entry) => entry.source !== 'built-in');
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('button:not([disabled])')?.focus();
  }, [templates]);
  return (
    <div
      ref={ref}
      className="pr-insert-section"
      role="menu"
      aria-label={t('insert.title')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          const buttons = [...(ref.current?.querySelectorAll<HTMLElement>('button:not([disabled])') ?? [])];
          const at = buttons.indexOf(document.activeElement as HTMLElement);
          buttons[(at + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
        }
      }}
    >
      {builtIn.map(({ id, entry }) => (
        <button key={id} type="button" role="menuitem" disabled={!entry} onClick={() => entry && onInsert(sectionBlocks(entry.document))}>
          {t(`insert.${id}`)}
        </button>
      ))}
      {own.map((entry) => (
        <button key={entry.id} type="button" role="menuitem" onClick={() => onInsert(sectionBlocks(entry.document))}>
          {entry.name}
        </button>
      ))}
      <button type="button" role="menuitem" onClick={onClose}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
