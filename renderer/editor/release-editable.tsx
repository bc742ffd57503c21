import { memo, useCallback } from 'react';
import type { ClipboardEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HistoryEditor } from 'slate-history';
import { Editable, ReactEditor, useSlateStatic } from 'slate-react';
import { toggleMark } from '../../core/editing/block-transforms';
import type { ReleaseLanguage } from '../../core/model/types';
import { matchShortcut } from '../commands/shortcuts';
import { useSpelling } from '../spelling/use-spelling';
import { handlePlaceholderKeys } from '../templates/placeholder-keys';
import { asReactEditor } from '../templates/react-editor';
import { ElementTranslationProvider } from './element-translation';
import { handleReleaseEdgeKeys, PageRevealProvider, renderPageChunk, usePageReveal } from './page-chunk';
import { renderElement } from './render-element';
import { renderLeaf } from './render-leaf';

/**
 * React saves the selection before every commit and restores it after when the focused element is
 * contenteditable, walking the editor's whole DOM each time (about 100,000 nodes in a 5 MB release: ~6.6 ms a
 * key press, bench/). Slate puts the selection back itself after each render, so React is told the page is not
 * its concern: the root's `contentEditable` property, which only React reads (the browser edits by the attribute,
 * Slate asks `isContentEditable`), answers "inherit". Tested by e2e/editor and e2e/typing-layouts (IME included).
 */
function leaveSelectionToSlate(root: HTMLDivElement | null): void {
  if (!root || Object.prototype.hasOwnProperty.call(root, 'contentEditable')) return;
  Object.defineProperty(root, 'contentEditable', {
    configurable: true,
    get: () => 'inherit',
    set: (value: string) => root.setAttribute('contenteditable', String(value)),
  });
}

/**
 * The page the press officer types on. Editing shortcuts are matched by physical key (Ctrl/Cmd + KeyB, KeyI,
 * KeyZ, Shift+KeyZ, KeyY, KeyK) so they work on Russian and Kazakh layouts; Tab goes to the next template blank.
 * Ctrl+Home and Ctrl+End go to the release's true start and end at once; a big release is drawn in slices
 * (page-chunk.tsx), and until it is whole Ctrl+A selects the whole release, not what is drawn.
 * Menu commands' shortcuts (Ctrl+S, Ctrl+O…) are run by the command dispatcher (renderer/commands). No default styles: everything is in CSS files (strict CSP).
 * The browser's own spell-checker is off: Pressroom's (renderer/spelling) checks ru, kk and en offline and draws its squiggles as decorations.
 */
export const ReleaseEditable = memo(function ReleaseEditable({ language, onLink }: { language: ReleaseLanguage; onLink: () => void }) {
  const { t } = useTranslation();
  const editor = useSlateStatic();
  const reveal = usePageReveal();
  const isPageDrawing = useCallback(() => reveal.waiting > 0, [reveal]);
  const spelling = useSpelling(editor, language, isPageDrawing);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (handlePlaceholderKeys(editor, event)) return;
      if (handleReleaseEdgeKeys(editor, reveal, event)) return;
      const command = matchShortcut(event);
      if (!command) return;
      switch (command) {
        case 'bold':
        case 'italic':
          event.preventDefault();
          toggleMark(editor, command);
          return;
        case 'undo':
          event.preventDefault();
          HistoryEditor.undo(editor as HistoryEditor);
          return;
        case 'redo':
          event.preventDefault();
          HistoryEditor.redo(editor as HistoryEditor);
          return;
        case 'link':
          event.preventDefault();
          onLink();
          return;
        default:
          // Menu commands (save, open…): the command dispatcher's window listener; copy, paste…: Chromium.
          return;
      }
    },
    [editor, onLink, reveal],
  );

  // Every paste goes through withPaste (clean blocks from HTML, never foreign markup), in every browser path.
  const onPaste = useCallback(
    (event: ClipboardEvent<HTMLDivElement>) => {
      event.preventDefault();
      ReactEditor.insertData(asReactEditor(editor), event.clipboardData);
    },
    [editor],
  );

  return (
    <ElementTranslationProvider>
      <PageRevealProvider reveal={reveal}>
        <Editable
          ref={leaveSelectionToSlate}
          className="editable"
          aria-label={t('editorLabel')}
          aria-multiline="true"
          lang={language}
          spellCheck={false}
          decorate={spelling.decorate}
          onContextMenu={spelling.onContextMenu}
          disableDefaultStyles
          renderElement={renderElement}
          renderLeaf={renderLeaf}
          renderChunk={renderPageChunk}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
        {spelling.menu}
      </PageRevealProvider>
    </ElementTranslationProvider>
  );
});
