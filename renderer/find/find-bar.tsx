import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Editor, Range, Transforms } from 'slate';
import type { Point, PointRef } from 'slate';
import { ReactEditor } from 'slate-react';
import {
  DEFAULT_FIND_OPTIONS,
  findInRelease,
  matchAtOrAfter,
  replaceAllMatches,
  replaceInVariable,
  replaceMatch,
  variablesWithMatches,
  type FindMatch,
  type FindOptions,
} from '../../core/editing/find-in-release';
import type { DocumentVariable } from '../../core/model/types';
import { useCommandHandlers } from '../commands';
import { shortcutLabel } from '../commands/shortcuts';
import { host } from '../host/host';
import { highlightsFor, noDecorations, type Decorate, type FindHighlights } from './find-decorations';
import './find.css';

/** The CSS Custom Highlight that draws the current match (find.css: `::highlight(pressroom-find-current)`). */
const CURRENT_HIGHLIGHT = 'pressroom-find-current';

/** Longest selection Ctrl+F takes as the words to find. */
const MAX_SEEDED_QUERY = 200;

export interface FindBarProps {
  editor: Editor;
  variables: readonly DocumentVariable[];
  onVariablesChange: (variables: DocumentVariable[]) => void;
  /** Bumped by the session after the release changed (typing stopped): the matches are found again. */
  revision: number;
  /** The page's decorate (the highlights of every match), handed to the editable. */
  onDecorate: (decorate: Decorate) => void;
}

const asDom = (editor: Editor) => editor as unknown as ReactEditor;

/** The words of a short selection inside one text, for Ctrl+F to start with; null for anything else. */
function selectedWords(editor: Editor): string | null {
  const { selection } = editor;
  if (!selection || Range.isCollapsed(selection)) return null;
  const words = Editor.string(editor, selection);
  return words.length > 0 && words.length <= MAX_SEEDED_QUERY && !words.includes('\n') ? words : null;
}

/** Draws the current match (or removes it) without a render: the CSS Custom Highlight API; scrolls it into view. */
function showCurrent(editor: Editor, match: FindMatch | null, scroll: boolean): void {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (!match) {
    registry?.delete(CURRENT_HIGHLIGHT);
    return;
  }
  let range: globalThis.Range;
  try {
    if (match.kind === 'variable') {
      const chip = ReactEditor.toDOMNode(asDom(editor), Editor.node(editor, match.path)[0]);
      range = document.createRange();
      range.selectNode(chip);
    } else {
      range = ReactEditor.toDOMRange(asDom(editor), match.range);
    }
  } catch {
    return; // Not drawn yet: the next render draws it (the chunk holding the selection is drawn at once).
  }
  registry?.set(CURRENT_HIGHLIGHT, new Highlight(range));
  if (!scroll) return;
  const target = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const scroller = target?.closest('.app__page-scroller');
  if (!target || !scroller) return;
  const box = range.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  // Below the bar (which stands over the page's top) and above the bottom edge: leave it where it is.
  if (box.top >= view.top + 90 && box.bottom <= view.bottom - 20) return;
  target.scrollIntoView({ block: 'center', inline: 'nearest' });
}

/** The option toggles and what each shows: Aa, an underlined ab, ё=е (their names and tooltips are words). */
const OPTION_GLYPHS: readonly [keyof FindOptions, ReactNode][] = [
  ['matchCase', 'Aa'],
  ['wholeWord', <span className="find-bar__whole-word">ab</span>],
  ['yoAsYe', 'ё=е'],
];

/** One of the bar's two text boxes (the words to find, the replacement). */
function BarInput(props: {
  inputRef: RefObject<HTMLInputElement | null>;
  type: 'search' | 'text';
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  onKeyDown: (event: ReactKeyboardEvent<HTMLInputElement>) => void;
}) {
  return (
    <input
      ref={props.inputRef}
      className="find-bar__input"
      type={props.type}
      aria-label={props.label}
      placeholder={props.hint}
      value={props.value}
      spellCheck={false}
      onChange={(event) => props.onChange(event.target.value)}
      onKeyDown={props.onKeyDown}
    />
  );
}

/**
 * The find bar: a compact bar over the page (like VS Code's and Word's) — the words to find, "3 of 12", previous
 * and next, match case, whole word and ё = е, and for Ctrl+H a replace row. Every match is highlighted on the
 * page (Slate decorations, find-decorations.ts), the current one drawn apart. Enter is next, Shift+Enter
 * previous, F3 and Shift+F3 work from the page too; Esc closes the bar and puts the caret back in the text, on
 * the current match. A match in a variable chip's value is replaced in the variable (every chip of it shows the
 * new value); Replace all changes the release's text as one undo step and says which variables also match.
 * The search itself is core/editing/find-in-release.ts.
 */
export function FindBar({ editor, variables, onVariablesChange, revision, onDecorate }: FindBarProps) {
  const { t } = useTranslation('find');
  const [open, setOpen] = useState(false);
  const [withReplace, setWithReplace] = useState(false);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>(DEFAULT_FIND_OPTIONS);
  const [message, setMessage] = useState<string | null>(null);
  /** Bumped after the bar changed the release itself, or moved: a render to find the matches again. */
  const [moves, setMoves] = useState(0);
  const [focusRequest, setFocusRequest] = useState<{ field: 'query' | 'replacement'; count: number }>({ field: 'query', count: 0 });
  const bar = useRef<HTMLDivElement | null>(null);
  const queryInput = useRef<HTMLInputElement | null>(null);
  const replacementInput = useRef<HTMLInputElement | null>(null);
  /** Where the current match is looked for: the first match at or after this point (kept through edits). */
  const from = useRef<PointRef | null>(null);
  /** F3 pressed on the page while the bar was closed: once the matches are found, the caret goes to the next. */
  const caretFollows = useRef(false);
  const searched = useDeferredValue(query);
  const platform = host().platform;

  const setFrom = useCallback(
    (point: Point | null) => {
      from.current?.unref();
      from.current = point ? Editor.pointRef(editor, point) : null;
    },
    [editor],
  );

  // The release's text as it is now: a render after an edit (the revision, or the bar's own change) reads it anew.
  const children = editor.children;
  const matches = useMemo(() => (open ? findInRelease(children, variables, searched, options) : []), [open, children, variables, searched, options]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `moves` and `revision` are when `from` moved or the release changed
  const currentIndex = useMemo(() => matchAtOrAfter(matches, from.current?.current ?? null), [matches, moves, revision]);
  const current = currentIndex >= 0 ? (matches[currentIndex] ?? null) : null;
  // The same words as before (only the release changed): the page keeps its decorate, the entries change.
  const lastHighlights = useRef<{ words: unknown[]; highlights: FindHighlights } | null>(null);
  const highlights = useMemo(() => {
    const words = [open, searched, options, variables];
    const last = lastHighlights.current;
    const reuse = last && last.highlights.decorate !== noDecorations && last.words.every((value, index) => value === words[index]) ? last.highlights : null;
    const next = highlightsFor(editor, matches, reuse);
    lastHighlights.current = { words, highlights: next };
    return next;
  }, [editor, matches, open, searched, options, variables]);
  const decorate = highlights.decorate;

  useEffect(() => onDecorate(decorate), [decorate, onDecorate]);
  useEffect(() => () => onDecorate(noDecorations), [onDecorate]);

  // While the bar has the focus, the release's selection follows the current match (so its part of the page is
  // drawn, and Esc returns there); while the user types on the page, the caret is theirs.
  useEffect(() => {
    if (!open) {
      showCurrent(editor, null, false);
      return;
    }
    const follow = (bar.current?.contains(document.activeElement) ?? false) || caretFollows.current;
    caretFollows.current = false;
    if (follow && current && !(editor.selection && Range.equals(editor.selection, current.range))) Transforms.select(editor, current.range);
    const frame = requestAnimationFrame(() => showCurrent(editor, current, follow));
    return () => cancelAnimationFrame(frame);
  }, [editor, open, current, decorate]);

  useEffect(() => () => showCurrent(editor, null, false), [editor]);

  // The page redraws leaves when its highlights change (a decorated word becomes a leaf of its own), which
  // empties a highlight range made before: draw the current match again once the page has settled.
  useEffect(() => {
    if (!open || !current) return;
    let root: HTMLElement;
    try {
      root = ReactEditor.toDOMNode(asDom(editor), editor);
    } catch {
      return;
    }
    let frame = 0;
    const observer = new MutationObserver(() => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const drawn = CSS.highlights.get(CURRENT_HIGHLIGHT);
        const range = drawn ? ([...drawn][0] as globalThis.Range | undefined) : undefined;
        if (!range || range.collapsed || !range.startContainer.isConnected) showCurrent(editor, current, false);
      });
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [editor, open, current]);

  useEffect(() => {
    if (focusRequest.count === 0) return;
    const input = focusRequest.field === 'query' ? queryInput.current : replacementInput.current;
    input?.focus();
    input?.select();
  }, [focusRequest]);

  const openBar = (replace: boolean, focus = true) => {
    const seeded = focus && ReactEditor.isFocused(asDom(editor)) ? selectedWords(editor) : null;
    if (!open) setFrom(editor.selection ? (focus ? Range.start(editor.selection) : Range.end(editor.selection)) : null);
    if (seeded !== null) {
      setQuery(seeded);
      setFrom(editor.selection ? Range.start(editor.selection) : null);
    }
    // Opened again with words to find (Ctrl+F, Ctrl+H): the current match is selected and shown, as Word and VS Code
    // do, so the Replace button never acts on words out of sight (it did, on a match above the window's top).
    if (focus && !open && (seeded ?? query) !== '') caretFollows.current = true;
    setOpen(true);
    setMessage(null);
    if (replace) setWithReplace(true);
    if (!focus) return;
    setFocusRequest((request) => ({ field: replace && (seeded !== null || query !== '') ? 'replacement' : 'query', count: request.count + 1 }));
  };

  /**
   * The matches and the current one as the release is now: after typing on the page the render's matches wait for
   * the revision, but an action must never act on words that have moved.
   */
  const live = () => {
    if (editor.children === children) return { matches, index: currentIndex };
    const fresh = findInRelease(editor.children, variables, searched, options);
    return { matches: fresh, index: matchAtOrAfter(fresh, from.current?.current ?? null) };
  };

  const go = (step: 1 | -1) => {
    if (!open) {
      // F3 on the page with the bar closed: the bar opens with the last words, and the caret goes to the next match.
      caretFollows.current = query !== '';
      openBar(false, query === '');
      return;
    }
    const { matches: found, index: now } = live();
    if (found.length === 0) return;
    const shown = found[now];
    // The caret moved on the page since (a click, typing): go from the caret, as Word and VS Code do.
    const caret = ReactEditor.isFocused(asDom(editor)) && editor.selection && !(shown && Range.equals(editor.selection, shown.range)) ? editor.selection : null;
    let index: number;
    if (caret) {
      const after = matchAtOrAfter(found, Range.end(caret));
      const firstAtStart = matchAtOrAfter(found, Range.start(caret));
      index = step === 1 ? after : (firstAtStart - 1 + found.length) % found.length;
    } else {
      index = now < 0 ? 0 : (now + step + found.length) % found.length;
    }
    const target = found[index];
    if (!target) return;
    setFrom(target.range.anchor);
    setMoves((count) => count + 1);
    setMessage(null);
    if (!(bar.current?.contains(document.activeElement) ?? false)) {
      // F3 pressed on the page: the caret goes to the match, as in Word.
      Transforms.select(editor, target.range);
      requestAnimationFrame(() => showCurrent(editor, target, true));
    }
  };

  const close = () => {
    const { matches: found, index } = live();
    const target = found[index];
    setOpen(false);
    setMessage(null);
    showCurrent(editor, null, false);
    const dom = asDom(editor);
    if (target) Transforms.select(editor, target.range);
    try {
      ReactEditor.focus(dom);
    } catch {
      // The page is not drawn: nothing to focus.
    }
  };

  const labelOf = (name: string) => variables.find((variable) => variable.name === name)?.label || name;

  const replaceOne = () => {
    const { matches: found, index } = live();
    const current = found[index];
    if (!current) return;
    if (current.kind === 'variable') {
      const next = replaceInVariable(variables, current, replacement);
      if (!next) return;
      const after = Editor.after(editor, current.range.anchor) ?? current.range.anchor;
      onVariablesChange(next);
      setFrom(after);
      setMessage(t('replacedInVariable', { label: labelOf(current.name) }));
    } else {
      const end = Editor.pointRef(editor, current.range.focus);
      const done = replaceMatch(editor, current, replacement);
      setFrom(end.unref() ?? current.range.anchor);
      if (!done) return;
      setMessage(null);
    }
    setMoves((count) => count + 1);
  };

  const replaceAll = () => {
    const { matches: found } = live();
    const count = replaceAllMatches(editor, found, replacement);
    const inVariables = variablesWithMatches(found).map((name) => t('variableName', { label: labelOf(name) }));
    const parts = [count > 0 ? t('replacedAll', { count }) : null, inVariables.length > 0 ? t('inVariables', { labels: inVariables.join(', ') }) : null];
    setMessage(parts.filter(Boolean).join('\n') || null);
    setMoves((moved) => moved + 1);
  };

  useCommandHandlers<'find'>({
    find: () => openBar(false),
    replace: () => openBar(true),
    'find-next': () => go(1),
    'find-previous': () => go(-1),
  });

  if (!open) return null;

  const onBarKeys = (event: ReactKeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  const onQueryKeys = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    go(event.shiftKey ? -1 : 1);
  };
  const onReplacementKeys = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) replaceAll();
    else replaceOne();
  };
  const toggle = (name: keyof FindOptions) => () => {
    setOptions((now) => ({ ...now, [name]: !now[name] }));
    setMessage(null);
  };
  const keys = (command: 'find-next' | 'find-previous' | 'replace') => shortcutLabel(command, platform);

  const count =
    searched === '' ? '' : matches.length === 0 ? t('none') : currentIndex >= 0 ? t('position', { current: currentIndex + 1, total: matches.length }) : t('total', { count: matches.length });
  const replaceLabel = current?.kind === 'variable' ? t('replaceInVariable', { label: labelOf(current.name) }) : t('replace');

  return (
    <div className="find-bar" role="search" aria-label={t('bar')} ref={bar} onKeyDown={onBarKeys}>
      <div className="find-bar__row">
        <button
          type="button"
          className="tool tool--icon find-bar__expand"
          aria-expanded={withReplace}
          title={`${withReplace ? t('hideReplace') : t('showReplace')} (${keys('replace')})`}
          aria-label={withReplace ? t('hideReplace') : t('showReplace')}
          onClick={() => setWithReplace((shown) => !shown)}
        >
          {withReplace ? '▾' : '▸'}
        </button>
        <BarInput
          inputRef={queryInput}
          type="search"
          label={t('query')}
          hint={t('queryHint')}
          value={query}
          onChange={(value) => {
            setQuery(value);
            setMessage(null);
          }}
          onKeyDown={onQueryKeys}
        />
        <span className="find-bar__count" role="status" aria-live="polite">
          {count}
        </span>
        {OPTION_GLYPHS.map(([name, glyph]) => (
          <button key={name} type="button" className="tool find-bar__option" aria-pressed={options[name]} title={t(name)} aria-label={t(name)} onClick={toggle(name)}>
            {glyph}
          </button>
        ))}
        <button type="button" className="tool tool--icon" title={`${t('previous')} (${keys('find-previous')})`} aria-label={t('previous')} disabled={matches.length === 0} onClick={() => go(-1)}>
          ↑
        </button>
        <button type="button" className="tool tool--icon" title={`${t('next')} (${keys('find-next')})`} aria-label={t('next')} disabled={matches.length === 0} onClick={() => go(1)}>
          ↓
        </button>
        <button type="button" className="tool tool--icon" title={`${t('close')} (Esc)`} aria-label={t('close')} onClick={close}>
          ×
        </button>
      </div>
      {withReplace && (
        <div className="find-bar__row find-bar__row--replace">
          <BarInput inputRef={replacementInput} type="text" label={t('replacement')} hint={t('replacementHint')} value={replacement} onChange={setReplacement} onKeyDown={onReplacementKeys} />
          <button type="button" className="tool find-bar__action" disabled={!current} onClick={replaceOne}>
            {replaceLabel}
          </button>
          <button type="button" className="tool find-bar__action" disabled={matches.length === 0} onClick={replaceAll}>
            {t('replaceAll')}
          </button>
        </div>
      )}
      {message && (
        <p className="find-bar__message" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
