import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Node } from 'slate';
import type { Descendant } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { useEditorValueWhenIdle } from './when-idle';
import { currentBlockIndex, selectBlock } from '../../core/editing/block-transforms';
import { perBlock } from '../../core/editing/block-cache';
import { outlineEntryOf, releaseOutline } from '../../core/editing/release-outline';
import type { InlineWords, OutlineEntry, OutlineItem } from '../../core/editing/release-outline';
import type { DocumentVariable } from '../../core/model/types';
import { useDocumentVariables } from '../templates/variables-context';
import { asReactEditor } from '../templates/react-editor';
import { formatDateline } from '../../core/typography/dateline';
import { useReleaseDetails } from './release-details-context';

/**
 * Each top-level block's outline entry, kept while the block is unchanged (core/editing/block-cache.ts) and the
 * variables are the same: a chip reads as the page shows it (its value, or its label in brackets while empty), a
 * blank as its hint in brackets, as the exports write an unfilled blank.
 */
function entriesWith(variables: readonly DocumentVariable[]): (block: Descendant) => OutlineEntry {
  const inline: InlineWords = {
    variable: (name) => {
      const variable = variables.find((candidate) => candidate.name === name);
      return variable?.value || `[${variable?.label || name}]`;
    },
    blank: (hint) => `[${hint}]`,
  };
  return perBlock((block) => outlineEntryOf(block, inline));
}

const sameItems = (a: readonly OutlineItem[], b: readonly OutlineItem[]): boolean =>
  a.length === b.length && a.every((item, i) => item.index === b[i]?.index && item.kind === b[i]?.kind && item.label === b[i]?.label);

/** The outline entry that holds block `current`: the last one at or before it (entries are in block order). */
function activeIndexOf(items: readonly OutlineItem[], current: number | null): number | null {
  if (current === null) return null;
  let low = 0;
  let high = items.length - 1;
  let found: number | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const index = (items[middle] as OutlineItem).index;
    if (index <= current) {
      found = index;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Entries put on the page with the release: more than a tall sidebar shows. */
const FIRST_ENTRIES = 150;
/**
 * From this many entries the outline's rows out of view are neither styled nor laid out (app.css,
 * `.outline__list--long`). Below it every row is on screen or near it, and skipping them would only cost each
 * frame the browser's check of which rows came into view (bench/, `--profile`: IntersectionObserver work on
 * every key's frame).
 */
const LONG_OUTLINE = 200;

/** Entries added per idle moment after that (a 5 MB release has ~1,900; all of them at once took ~50 ms). */
const MORE_ENTRIES = 300;

/**
 * How many of `total` entries to render: the first screenful with the release, the rest in idle moments
 * right after, so opening a long release does not build ~7,500 elements of outline in the same task as the page.
 */
function useEntriesShown(editor: object, total: number): number {
  const [shown, setShown] = useState({ editor, count: FIRST_ENTRIES });
  // A newly opened release (a new editor) starts again from the first screenful.
  const count = shown.editor === editor ? shown.count : FIRST_ENTRIES;
  useEffect(() => {
    if (count >= total) return undefined;
    const handle = requestIdleCallback(() => setShown({ editor, count: count + MORE_ENTRIES }), { timeout: 300 });
    return () => cancelIdleCallback(handle);
  }, [editor, count, total]);
  return Math.min(count, total);
}

/**
 * One entry. Memoised on plain values: when the caret moves only the two entries whose `active` changes render
 * again, and when typing pauses only the entries whose words changed (a 5 MB release has ~1,900).
 */
const OutlineRow = memo(function OutlineRow({
  index,
  kind,
  kindLabel,
  label,
  active,
  onJump,
}: {
  index: number;
  kind: OutlineItem['kind'];
  kindLabel: string;
  label: string;
  active: boolean;
  onJump: (index: number) => void;
}) {
  return (
    <li className={`outline__item outline__item--${kind}`}>
      <button type="button" aria-current={active ? 'location' : undefined} onClick={() => onJump(index)}>
        <span className="outline__kind">{kindLabel}</span>
        <span className="outline__label">{label}</span>
      </button>
    </li>
  );
});

/** The release's parts (headline, dateline, lead, section headings, quotes by speaker, ceremonies…); a click jumps there. */
export const OutlineSidebar = memo(function OutlineSidebar({ revision }: { revision: number }) {
  const { t } = useTranslation();
  const editor = useSlateStatic();
  // Recomputed when the document settles (revision), not on every key press; the same array while nothing in
  // the outline changed, so typing in a paragraph renders no entry again.
  const previous = useRef<OutlineItem[]>([]);
  const variables = useDocumentVariables();
  const entryOf = useMemo(() => entriesWith(variables), [variables]);
  const items = useMemo(() => {
    const next = releaseOutline(editor.children, entryOf);
    if (!sameItems(next, previous.current)) previous.current = next;
    return previous.current;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, revision, entryOf]);
  const shown = useEntriesShown(editor, items.length);
  const current = useEditorValueWhenIdle(currentBlockIndex);
  const activeIndex = activeIndexOf(items, current);

  const jump = useCallback(
    (index: number) => {
      if (!Node.has(editor, [index])) return;
      selectBlock(editor, index);
      const reactEditor = asReactEditor(editor);
      ReactEditor.focus(reactEditor);
      // A block of a big release may not be drawn yet (page-chunk.tsx): the selection draws it in the next
      // render, so the scroll waits a frame or two for it.
      const scrollTo = (framesLeft: number) => {
        if (!Node.has(editor, [index])) return;
        try {
          ReactEditor.toDOMNode(reactEditor, Node.get(editor, [index])).scrollIntoView({ block: 'center' });
        } catch {
          if (framesLeft > 0) requestAnimationFrame(() => scrollTo(framesLeft - 1));
        }
      };
      scrollTo(3);
    },
    [editor],
  );

  const empty = t('outline.empty');
  // The dateline's entry is written from the release's details, as the page and the exports write it.
  const details = useReleaseDetails();
  const dateline = formatDateline(details.city, details.date, details.language, details.datelineStyle, details.agency);
  const endMark = t('block.end-mark');
  // Ten kinds of entry: each name translated once per render, not once per entry.
  const kindLabels = new Map<OutlineItem['kind'], string>();
  const kindLabel = (kind: OutlineItem['kind']): string => {
    let name = kindLabels.get(kind);
    if (name === undefined) kindLabels.set(kind, (name = t(`block.${kind}`)));
    return name;
  };
  return (
    <nav className="outline" aria-label={t('outline.title')}>
      <h2 className="panel-title">{t('outline.title')}</h2>
      <ol className={items.length > LONG_OUTLINE ? 'outline__list outline__list--long' : 'outline__list'}>
        {(shown < items.length ? items.slice(0, shown) : items).map((item) => (
          <OutlineRow
            key={item.index}
            index={item.index}
            kind={item.kind}
            kindLabel={kindLabel(item.kind)}
            label={item.kind === 'end-mark' ? endMark : item.kind === 'dateline' ? dateline || empty : item.label || empty}
            active={item.index === activeIndex}
            onJump={jump}
          />
        ))}
      </ol>
    </nav>
  );
});
