import type { RenderLeafProps } from 'slate-react';
import { i18next } from '../i18n';

/** Bold and italic marks, a language mark, and the decorations drawn over text: a find match (renderer/find) and a
 * misspelled word's squiggle (renderer/spelling), each marked by its class. */
export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  const found = (leaf as { find?: unknown }).find === 'match';
  const misspelled = (leaf as { misspelled?: unknown }).misspelled === true;
  // Words marked as another language (core/editing/span-language.ts): the HTML `lang`, so Chromium's hyphenation,
  // fonts and screen readers follow it, a thin dotted line, a tint on hover (editor.css) and the language's name as
  // the tooltip («Сөздердің тілі: Қазақша»). A tag drawn above the words covered a letter of the line above.
  const lang = leaf.lang;
  const title = lang ? i18next.t('language:span.marked', { language: i18next.t(`language:span.${lang}`) }) : undefined;
  const className = [found ? 'find-match' : '', misspelled ? 'misspelled' : '', lang ? 'lang-mark' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <span {...attributes} className={className} lang={lang} title={title}>
      {content}
    </span>
  );
}
