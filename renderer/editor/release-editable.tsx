import { memo, useCallback, useEffect } from 'react';
import type { ClipboardEvent, CompositionEvent, DragEvent, KeyboardEvent, MouseEvent } from 'react';
import { Editor, Element, Range, Transforms } from 'slate';
import type { DecoratedRange, NodeEntry } from 'slate';
import { useTranslation } from 'react-i18next';
import { HistoryEditor } from 'slate-history';
import { Editable, ReactEditor, useSlateStatic } from 'slate-react';
import { toggleMark } from '../../core/editing/block-transforms';
import { isFixedBlock, movableRange } from '../../core/editing/content-controls';
import { dragChipWhole } from '../../core/editing/with-release-editing';
import { Placeholders } from '../../core/editing/with-placeholders';
import type { ReleaseLanguage } from '../../core/model/types';
import { matchShortcut } from '../commands/shortcuts';
import { useSpelling } from '../spelling/use-spelling';
import { handlePlaceholderKeys } from '../templates/placeholder-keys';
import { asReactEditor } from '../templates/react-editor';
import { guardCaret } from './caret-guard';
import { keepCaretInView } from './caret-in-view';
import { ElementTranslationProvider } from './element-translation';
import { handleReleaseEdgeKeys, PageRevealProvider, renderPageChunk, usePageReveal } from './page-chunk';
import { renderElement } from './render-element';
import { renderLeaf } from './render-leaf';
import { compositionOverSelection, dropAsOneStep, handleHeldDeletion, spaceDroppedWords, handleKeysOverSelection, handleTextOverSelection, syncSelectionFromDom } from './selection-keys';

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
 * After slate-react's dragstart (React's root listener) has made the pressed chip the dragged selection: the
 * selection the press officer made, and its fragment on the drag's data, put back before the drag goes on. The
 * drop then moves all of it (slate-react deletes the editor's selection and inserts the data at the drop).
 */
function keepDraggedSelection(editor: Editor, selection: Range): void {
  const reactEditor = asReactEditor(editor);
  const root = ReactEditor.findDocumentOrShadowRoot(reactEditor);
  const putBack = (event: Event) => {
    if (!(event instanceof globalThis.DragEvent) || !event.dataTransfer) return;
    Transforms.select(editor, selection);
    event.dataTransfer.clearData();
    ReactEditor.setFragmentData(reactEditor, event.dataTransfer, 'drag');
  };
  root.addEventListener('dragstart', putBack, { once: true });
}

/** A paste over the selection: its deletion first, as a key deletes it, then the clipboard's blocks; one undo step. */
function pasteOverSelection(editor: Editor, data: DataTransfer | null): void {
  if (!data) return;
  HistoryEditor.withNewBatch(editor as HistoryEditor, () => {
    if (editor.selection && Range.isExpanded(editor.selection) && !Placeholders.target(editor)) Editor.deleteFragment(editor);
    ReactEditor.insertData(asReactEditor(editor), data);
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
export const ReleaseEditable = memo(function ReleaseEditable({
  language,
  onLink,
  decorate,
  onNotice,
}: {
  language: ReleaseLanguage;
  onLink: () => void;
  /** Shows a short message in the status bar (a drag the release refuses says why). */
  onNotice?: (text: string) => void;
  /** The find bar's highlights (renderer/find/find-decorations.ts); a stable function while they do not change. */
  decorate?: (entry: NodeEntry) => DecoratedRange[];
}) {
  const { t } = useTranslation();
  const editor = useSlateStatic();
  const reveal = usePageReveal();
  const isPageDrawing = useCallback(() => reveal.waiting > 0, [reveal]);
  const spelling = useSpelling(editor, language, isPageDrawing);
  // The find bar's highlights and the spelling squiggles, on the same text: a new array for every node (Slate keeps
  // the ranges it is given), and a new function only when one of the two changes.
  const spellingDecorate = spelling.decorate;
  const decorateAll = useCallback(
    (entry: NodeEntry): DecoratedRange[] => {
      const found = decorate ? decorate(entry) : [];
      const misspelled = spellingDecorate(entry);
      return misspelled.length === 0 ? found : [...found, ...misspelled];
    },
    [decorate, spellingDecorate],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (handleHeldDeletion(editor, event)) return;
      if (handlePlaceholderKeys(editor, event)) return;
      if (handleKeysOverSelection(editor, event)) return;
      if (handleReleaseEdgeKeys(editor, event)) return;
      const command = matchShortcut(event);
      if (!command) return;
      // A mark or a link acts where the browser's caret or selection is now, not where slate-react last read it.
      if (command === 'bold' || command === 'italic' || command === 'link') syncSelectionFromDom(editor, { caretInWords: true });
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
    [editor, onLink],
  );

  // Every paste goes through withPaste (clean blocks from HTML, never foreign markup), in every browser path.
  // Over a selection, the selection goes first, exactly as a key would delete it (one undo step with the paste).
  const onPaste = useCallback(
    (event: ClipboardEvent<HTMLDivElement>) => {
      event.preventDefault();
      pasteOverSelection(editor, event.clipboardData);
    },
    [editor],
  );

  // The browser's own move of the caret to the top of the release, with no input since a click, is put back.
  useEffect(() => guardCaret(editor), [editor]);

  // A paste whose target is a part of the page that is not editable (a selection that ends in the dateline, which
  // shows the details' city and date): Slate does not pass it on, so Ctrl+V did nothing at all (found by the
  // editing property test, seed 20271317). It is pasted over the selection as any other paste.
  useEffect(() => {
    const root = ReactEditor.toDOMNode(asReactEditor(editor), editor);
    const onNativePaste = (event: globalThis.ClipboardEvent) => {
      if (event.defaultPrevented || !editor.selection || ReactEditor.hasEditableTarget(asReactEditor(editor), event.target)) return;
      if (!(event.target instanceof Node) || !root.contains(event.target)) return;
      event.preventDefault();
      pasteOverSelection(editor, event.clipboardData);
    };
    root.addEventListener('paste', onNativePaste);
    return () => root.removeEventListener('paste', onNativePaste);
  }, [editor]);

  // A cut deletes its selection exactly as Backspace does (withReleaseEditing's deleteFragment: chips, blanks,
  // structured blocks, the end mark). Slate's own cut removes whole top-level blocks around that path and
  // kept the end mark of a release cut whole (found by the editing property test, seed 20262034).
  const onCut = useCallback(
    (event: ClipboardEvent<HTMLDivElement>) => {
      if (!editor.selection || Range.isCollapsed(editor.selection)) return;
      event.preventDefault();
      ReactEditor.setFragmentData(asReactEditor(editor), event.clipboardData, 'cut');
      HistoryEditor.withNewBatch(editor as HistoryEditor, () => Editor.deleteFragment(editor));
    },
    [editor],
  );

  const onDOMBeforeInput = useCallback((event: InputEvent) => handleTextOverSelection(editor, event), [editor]);
  const onCompositionStart = useCallback((event: CompositionEvent<HTMLDivElement>) => compositionOverSelection.start(editor, event), [editor]);
  const onCompositionEnd = useCallback((event: CompositionEvent<HTMLDivElement>) => compositionOverSelection.end(editor, event), [editor]);
  const onDrop = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      spaceDroppedWords(editor, event);
      return dropAsOneStep(editor);
    },
    [editor],
  );
  // The end mark and the dateline stay where the release puts them: pressed on and dragged, they do not move; a
  // dragged selection leaves them out at its edges, and one holding them inside is not dragged at all
  // (core/editing/content-controls.ts movableRange). slate-react then moves what is selected.
  // A refused drag says why, in the interface language, rather than doing nothing. A chip pressed on inside a
  // bigger selection drags the whole selection, as Word drags a selection by any of its words: slate-react selects
  // the pressed chip alone (its void rule), so once its handler has run the selection and the dragged fragment are
  // put back (keepDraggedSelection).
  const onDragStart = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      const reactEditor = asReactEditor(editor);
      if (!ReactEditor.hasTarget(reactEditor, event.target)) return false;
      const pressed = ReactEditor.toSlateNode(reactEditor, event.target);
      const path = ReactEditor.findPath(reactEditor, pressed);
      const pressedOnFixed = path.length > 0 && isFixedBlock(editor.children[path[0] as number]);
      const { selection } = editor;
      const movable = selection && Range.isExpanded(selection) ? movableRange(editor, selection) : selection;
      if (pressedOnFixed || !movable) {
        event.preventDefault();
        onNotice?.(t('dragRefused'));
        return true;
      }
      if (movable !== selection) Transforms.select(editor, movable);
      const chipPath = Element.isElement(pressed) && Editor.isVoid(editor, pressed) ? path : Editor.void(editor, { at: path, voids: true })?.[1];
      if (chipPath) dragChipWhole(editor);
      const chip = chipPath && Editor.range(editor, chipPath);
      if (chip && Range.isExpanded(movable) && !Range.equals(movable, chip) && Range.includes(movable, chip)) keepDraggedSelection(editor, movable);
      return false;
    },
    [editor, onNotice, t],
  );

  // A triple click selects the whole paragraph or field, chips and blanks included: Chromium's own stops at a
  // chip (a non-editable island), so typing replaced only the words after it, or nothing.
  const onClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (event.detail !== 3) return;
      const reactEditor = asReactEditor(editor);
      if (!ReactEditor.hasTarget(reactEditor, event.target)) return;
      const node = ReactEditor.toSlateNode(reactEditor, event.target);
      const path = ReactEditor.findPath(reactEditor, node);
      const block = Element.isElement(node) && Editor.isBlock(editor, node) ? [node, path] : Editor.above(editor, { at: path, match: (n) => Element.isElement(n) && Editor.isBlock(editor, n), mode: 'lowest' });
      if (!block) return;
      event.preventDefault();
      Transforms.select(editor, Editor.range(editor, block[1] as number[]));
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
          decorate={decorateAll}
          onContextMenu={spelling.onContextMenu}
          disableDefaultStyles
          renderElement={renderElement}
          renderLeaf={renderLeaf}
          renderChunk={renderPageChunk}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onCut={onCut}
          onClick={onClick}
          onDOMBeforeInput={onDOMBeforeInput}
          onCompositionStart={onCompositionStart}
          onCompositionEnd={onCompositionEnd}
          onDragStart={onDragStart}
          onDrop={onDrop}
          scrollSelectionIntoView={keepCaretInView}
        />
        {spelling.menu}
      </PageRevealProvider>
    </ElementTranslationProvider>
  );
});
