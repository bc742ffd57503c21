/**
 * Benchmark peer: a bare Slate editor — slate + slate-react, a minimal renderElement, nothing else — holding
 * the same nodes as the document under test (fetched from /bench/document.json).
 *
 * `?chunked`: the same with slate-react's chunking (top-level blocks in chunks of 1,000, each chunk
 * `content-visibility: auto`), the reference for what chunking gives a big document.
 * `?paged`: the same editor set as our page sets a release (renderer/styles: the page font at 16.5 px, line height
 * 1.6, the ~550 px text column our page has in a 1,280 px window, the space after each block): what the page's
 * typography costs a key press by itself, with none of our code. A reference only: the goal is against the bare one.
 */
import { createElement, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Editor } from 'slate';
import type { Descendant } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import type { RenderChunkProps, RenderElementProps } from 'slate-react';

const chunked = new URLSearchParams(location.search).has('chunked');
const paged = new URLSearchParams(location.search).has('paged');
const PAGE_STYLE = {
  boxSizing: 'border-box',
  maxWidth: 694,
  margin: '0 auto',
  padding: '56px 72px 72px',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'break-word',
  fontFamily: "'PT Serif', 'Noto Serif', Georgia, 'Liberation Serif', 'DejaVu Serif', serif",
  fontSize: '16.5px',
  lineHeight: 1.6,
} as const;
const PAGED_BLOCK = { margin: '0 0 0.9em' } as const;

const renderElement = ({ attributes, children }: RenderElementProps) => createElement('div', paged ? { ...attributes, style: PAGED_BLOCK } : attributes, children);
const renderChunk = ({ attributes, children }: RenderChunkProps) =>
  createElement('div', { ...attributes, style: { contentVisibility: 'auto', containIntrinsicSize: 'auto 20000px' } }, children);

function BareSlate({ value }: { value: Descendant[] }) {
  const editor = useMemo(() => {
    const e = withReact(createEditor());
    e.isVoid = (element) => (element as { type?: string }).type === 'end-mark';
    if (chunked) e.getChunkSize = (node) => (Editor.isEditor(node) ? 1000 : null);
    return e;
  }, []);
  const editable = createElement(Editable, { renderElement, ...(chunked ? { renderChunk } : {}), style: paged ? PAGE_STYLE : { padding: 16 } });
  return createElement(Slate, { editor, initialValue: value }, editable);
}

const body = (await (await fetch('/bench/document.json')).json()) as Descendant[];
createRoot(document.getElementById('root') as HTMLElement).render(createElement(BareSlate, { value: body }));
