/**
 * Benchmark peer: a bare Slate editor — slate + slate-react, a minimal renderElement, nothing else — holding
 * the same nodes as the document under test (fetched from /bench/document.json).
 */
import { createElement, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor } from 'slate';
import type { Descendant } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import type { RenderElementProps } from 'slate-react';

const renderElement = ({ attributes, children }: RenderElementProps) => createElement('div', attributes, children);

function BareSlate({ value }: { value: Descendant[] }) {
  const editor = useMemo(() => withReact(createEditor()), []);
  editor.isVoid = (element) => (element as { type?: string }).type === 'end-mark';
  return createElement(Slate, { editor, initialValue: value }, createElement(Editable, { renderElement, style: { padding: 16 } }));
}

const body = (await (await fetch('/bench/document.json')).json()) as Descendant[];
createRoot(document.getElementById('root') as HTMLElement).render(createElement(BareSlate, { value: body }));
