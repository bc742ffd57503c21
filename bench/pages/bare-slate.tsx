/**
 * Benchmark peer: a bare Slate editor — slate + slate-react, a minimal renderElement, nothing else — holding
 * the same nodes as the document under test (fetched from /bench/document.json).
 *
 * `?chunked`: the same with slate-react's chunking (top-level blocks in chunks of 1,000, each chunk
 * `content-visibility: auto`), the reference for what chunking gives a big document.
 */
import { createElement, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Editor } from 'slate';
import type { Descendant } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import type { RenderChunkProps, RenderElementProps } from 'slate-react';

const chunked = new URLSearchParams(location.search).has('chunked');

const renderElement = ({ attributes, children }: RenderElementProps) => createElement('div', attributes, children);
const renderChunk = ({ attributes, children }: RenderChunkProps) =>
  createElement('div', { ...attributes, style: { contentVisibility: 'auto', containIntrinsicSize: 'auto 20000px' } }, children);

function BareSlate({ value }: { value: Descendant[] }) {
  const editor = useMemo(() => {
    const e = withReact(createEditor());
    e.isVoid = (element) => (element as { type?: string }).type === 'end-mark';
    if (chunked) e.getChunkSize = (node) => (Editor.isEditor(node) ? 1000 : null);
    return e;
  }, []);
  const editable = createElement(Editable, { renderElement, ...(chunked ? { renderChunk } : {}), style: { padding: 16 } });
  return createElement(Slate, { editor, initialValue: value }, editable);
}

const body = (await (await fetch('/bench/document.json')).json()) as Descendant[];
createRoot(document.getElementById('root') as HTMLElement).render(createElement(BareSlate, { value: body }));
