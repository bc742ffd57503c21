import { Element, Text } from 'slate';
import type { Editor } from 'slate';
import '../model/slate-types';
import { layoutQuote, quoteRuns, readQuote } from '../typography/quote-layout';
import type { StyledRun } from '../typography/styled-run';
import type { FieldName, InlineNode, QuoteElement, ReleaseLanguage } from '../model/types';
import { FIELD_NAMES } from '../model/block-specs';
import { houseDash } from '../typography/house-dash';
import { clone, emptyField } from './release-nodes';
import { editorHouseDash } from './with-typography';

/**
 * A quote turned into a paragraph, and back (the block menu). The paragraph is the quote written as the exports
 * write it (core/typography/quote-layout.ts: ru «– Текст, – заявил должность Имя.»), blanks and chips kept in
 * their places. Back to a quote: the very fields it came from while the paragraph is unchanged, else the fields
 * the written quote can be read into (readQuote, which tells the speaker from the position), each blank and chip
 * put back in the field it was read into.
 */

/** A chip or blank stands in the written text as this one character while the quote is laid out or read. */
const HOLDER = '\uFFFC';

type Run = StyledRun & { node?: InlineNode };

function runsOf(nodes: readonly InlineNode[]): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) {
    if (Text.isText(node)) {
      if (node.text !== '') runs.push({ text: node.text, ...(node.bold ? { bold: true } : {}), ...(node.italic ? { italic: true } : {}) });
    } else if (node.type === 'link') {
      for (const child of node.children) if (child.text !== '') runs.push({ text: child.text, url: node.url, ...(child.bold ? { bold: true } : {}), ...(child.italic ? { italic: true } : {}) });
    } else {
      runs.push({ text: HOLDER, node });
    }
  }
  return runs;
}

function nodesOf(runs: readonly Run[]): InlineNode[] {
  const nodes: InlineNode[] = [{ text: '' }];
  for (const run of runs) {
    if (run.node) {
      nodes.push(clone(run.node), { text: '' });
      continue;
    }
    if (run.text === '') continue;
    const text = { text: run.text, ...(run.bold ? { bold: true as const } : {}), ...(run.italic ? { italic: true as const } : {}) };
    if (run.url) nodes.push({ type: 'link', url: run.url, children: [text] }, { text: '' });
    else nodes.push(text);
  }
  return nodes;
}

const fieldNodes = (quote: QuoteElement, name: FieldName): InlineNode[] => {
  const field = quote.children.find((child) => child.name === name);
  return field ? (field.children as InlineNode[]) : [];
};

/** Quotes turned into paragraphs, by the paragraph's words as written, per editor: turning back restores them. */
const written = new WeakMap<Editor, Map<string, QuoteElement>>();
/** The paragraph's words as one string however Slate splits or joins its text nodes: runs of one format joined. */
function keyOf(nodes: readonly InlineNode[]): string {
  const parts: string[] = [];
  let format = '';
  for (const run of runsOf(nodes)) {
    const next = run.node ? `node:${JSON.stringify(run.node)}` : `${run.bold ? 'b' : ''}${run.italic ? 'i' : ''}${run.url ?? ''}`;
    if (!run.node && next === format && parts.length > 0) parts[parts.length - 1] += run.text;
    else parts.push(`${next}|${run.node ? '' : run.text}`);
    format = run.node ? '\u0000' : next;
  }
  return JSON.stringify(parts);
}

/** The quote's fields written as one paragraph's inlines, in the release language's convention and the house dash. */
export function quoteToInlines(editor: Editor, quote: QuoteElement, language: ReleaseLanguage): InlineNode[] {
  const dash = editorHouseDash(editor);
  const layout = layoutQuote(
    { text: runsOf(fieldNodes(quote, 'text')), speaker: runsOf(fieldNodes(quote, 'speaker')), position: runsOf(fieldNodes(quote, 'position')), verb: runsOf(fieldNodes(quote, 'verb')) },
    language,
    dash ? houseDash(language, dash) : undefined,
  );
  const nodes = nodesOf(quoteRuns(layout) as Run[]);
  const remembered = written.get(editor) ?? new Map<string, QuoteElement>();
  remembered.set(keyOf(nodes), clone(quote));
  written.set(editor, remembered);
  return nodes;
}

/** The quote a paragraph's inlines were, or can be read as; null when they are not a written quote. */
export function inlinesToQuote(editor: Editor, nodes: readonly InlineNode[]): QuoteElement | null {
  const remembered = written.get(editor)?.get(keyOf(nodes));
  if (remembered) return clone(remembered);
  // Each chip or blank stands in the text as a character of its own (the private use area), so each goes back
  // to the field it is read into.
  const runs = runsOf(nodes);
  const holders: InlineNode[] = [];
  if (runs.filter((run) => run.node).length > HOLDERS) return null;
  const text = runs.map((run) => (run.node ? String.fromCharCode(HOLDER_BASE + holders.push(run.node) - 1) : run.text)).join('');
  const read = readQuote(text);
  if (!read) return null;
  const inlinesOf = (words: string): InlineNode[] => {
    const inlines: InlineNode[] = [{ text: '' }];
    for (const part of words.split(/([\uE000-\uF8FF])/u)) {
      const holder = part.length === 1 ? holders[part.charCodeAt(0) - HOLDER_BASE] : undefined;
      if (holder) inlines.push(clone(holder), { text: '' });
      else (inlines[inlines.length - 1] as { text: string }).text += part;
    }
    return inlines;
  };
  return { type: 'quote', children: FIELD_NAMES.quote.map((name) => emptyField(name, inlinesOf(read[name]))) } as QuoteElement;
}

/** The private use area's first character and size: the numbered stand-ins for chips and blanks while a quote is read. */
const HOLDER_BASE = 0xe000;
const HOLDERS = 0x1900;

export const isQuote = (node: unknown): node is QuoteElement => Element.isElement(node) && node.type === 'quote';
