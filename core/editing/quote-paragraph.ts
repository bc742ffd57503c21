import { Element, Text } from 'slate';
import type { Editor } from 'slate';
import '../model/slate-types';
import { layoutQuote, quoteRuns, readQuote } from '../typography/quote-layout';
import type { StyledRun } from '../typography/styled-run';
import type { FieldName, InlineNode, QuoteElement, ReleaseLanguage } from '../model/types';
import { FIELD_NAMES } from '../model/block-specs';
import { clone, emptyField } from './release-nodes';

/**
 * A quote turned into a paragraph, and back (the block menu). The paragraph is the quote written as the exports
 * write it (core/typography/quote-layout.ts: ru «– Текст, – заявил должность Имя.»), blanks and chips kept in
 * their places. Back to a quote: the very fields it came from while the paragraph is unchanged, else the fields
 * the written quote can be read into (readQuote; in ru and kk the speaker and position stay together), blanks
 * and chips put back in reading order.
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

/** The quote's fields written as one paragraph's inlines, in the release language's convention. */
export function quoteToInlines(editor: Editor, quote: QuoteElement, language: ReleaseLanguage): InlineNode[] {
  const layout = layoutQuote(
    { text: runsOf(fieldNodes(quote, 'text')), speaker: runsOf(fieldNodes(quote, 'speaker')), position: runsOf(fieldNodes(quote, 'position')), verb: runsOf(fieldNodes(quote, 'verb')) },
    language,
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
  const runs = runsOf(nodes);
  const holders = runs.filter((run) => run.node).map((run) => run.node as InlineNode);
  const text = runs.map((run) => run.text).join('');
  const read = readQuote(text);
  if (!read) return null;
  // Blanks and chips go back in reading order: to the fields in the order their words stand in the text.
  const names = FIELD_NAMES.quote;
  const order = [...names].sort((a, b) => position(text, read[a]) - position(text, read[b]));
  const children = new Map<FieldName, InlineNode[]>();
  let next = 0;
  for (const name of order) {
    const parts = read[name].split(HOLDER);
    const inlines: InlineNode[] = [];
    parts.forEach((part, index) => {
      if (index > 0) {
        const holder = holders[next++];
        if (holder) inlines.push(clone(holder));
      }
      inlines.push({ text: part });
    });
    children.set(name, inlines);
  }
  return { type: 'quote', children: names.map((name) => emptyField(name, children.get(name))) } as QuoteElement;
}

/** Where a field's words stand in the written quote (its text may have had its full stop put back). */
function position(text: string, words: string): number {
  if (words === '') return Number.MAX_SAFE_INTEGER;
  const at = text.indexOf(words.replace(/\.$/u, ''));
  return at < 0 ? Number.MAX_SAFE_INTEGER - 1 : at;
}

export const isQuote = (node: unknown): node is QuoteElement => Element.isElement(node) && node.type === 'quote';
