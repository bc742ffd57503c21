import type { RenderLeafProps } from 'slate-react';

/** Bold and italic marks, a language mark, and the decorations drawn over text: a find match (renderer/find) and a
 * misspelled word's squiggle (renderer/spelling), each marked by its class. */
export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  const found = (leaf as { find?: unknown }).find === 'match';
  const misspelled = (leaf as { misspelled?: unknown }).misspelled === true;
  // Words marked as another language (core/editing/span-language.ts): the HTML `lang`, so Chromium's hyphenation,
  // fonts and screen readers follow it, and a thin dotted line with the language's code on hover (editor.css).
  const lang = leaf.lang;
  const className = [found ? 'find-match' : '', misspelled ? 'misspelled' : '', lang ? 'lang-mark' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <span {...attributes} className={className} lang={lang}>
      {content}
    </span>
  );
}
