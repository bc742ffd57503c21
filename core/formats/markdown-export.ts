import type { Heading, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Handle } from 'mdast-util-to-markdown';
import { stringify as stringifyYaml } from 'yaml';
import type { PressroomDocument, ReleaseMetadata } from '../model/types';
import type { StyledRun } from '../typography/styled-run';
import type { FormatOptions } from './release-content';
import { awardRows, contextOf, datelineText, END_MARK, hasAwardRecipients, inlineRuns, quoteLayoutOf, renderBlock } from './release-content';
import type { BlockHandlers } from './release-content';
import { quoteRuns } from '../typography/quote-layout';
import { nestRuns } from './run-groups';
import { embargoLine, publicationIso } from './embargo';

/**
 * Release → mdast → Markdown (CommonMark + GFM tables) with YAML front matter for the metadata.
 * Escaping is mdast-util-to-markdown's job: every character of the text survives a CommonMark parse, and only what
 * a CommonMark reader needs is escaped — no `\@` in an e-mail address that stands alone, a soft line break as two
 * spaces rather than a backslash where that is safe, and the end mark as a one-line HTML paragraph rather than
 * `\###` (a bare ### is an empty heading).
 *
 *   headline → # ; subheadline, section heading → ## ; dateline → *emphasis* paragraph ; lead → **strong**
 *   paragraph ; quote → > «– Текст, – заявил Имя.» ; lists ; boilerplate, contact → paragraphs ;
 *   end mark → ### as text ; award ceremony → **award** then a table recipient | position | nomination.
 */

function phrasing(runs: readonly StyledRun[], inTableCell = false): PhrasingContent[] {
  return hoistBreaks(
    nestRuns<PhrasingContent>(runs, {
      link: (url, children) => ({ type: 'link', url, children }),
      bold: (children) => ({ type: 'strong', children }),
      italic: (children) => ({ type: 'emphasis', children }),
      text: (text) => {
        const nodes: PhrasingContent[] = [];
        text.split('\n').forEach((line, index) => {
          // A table row cannot hold a line ending: a soft break in a cell is written as <br>.
          if (index > 0) nodes.push(inTableCell ? { type: 'html', value: '<br>' } : { type: 'break' });
          if (line !== '') nodes.push({ type: 'text', value: line });
        });
        return nodes;
      },
    }),
  );
}

const isBreak = (node: PhrasingContent | undefined): boolean => node?.type === 'break' || (node?.type === 'html' && node.value === '<br>');

/**
 * Emphasis cannot open or close next to a line ending (`*a\` + newline + `*` is not emphasis), so breaks at the
 * edges of bold or italic text move outside the mark.
 */
function hoistBreaks(nodes: PhrasingContent[]): PhrasingContent[] {
  const result: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type !== 'strong' && node.type !== 'emphasis') {
      result.push(node.type === 'link' ? { ...node, children: hoistBreaks(node.children) } : node);
      continue;
    }
    const children = hoistBreaks(node.children);
    const before: PhrasingContent[] = [];
    const after: PhrasingContent[] = [];
    while (isBreak(children[0])) before.push(children.shift() as PhrasingContent);
    while (isBreak(children[children.length - 1])) after.unshift(children.pop() as PhrasingContent);
    result.push(...before);
    if (children.length > 0) result.push({ ...node, children } as PhrasingContent);
    result.push(...after);
  }
  return result;
}

/**
 * A hard break cannot end a CommonMark paragraph (the backslash would be read as text), so a soft break at the very end
 * of a block is written as <br>, as in table cells.
 */
function endWithoutBreak(children: PhrasingContent[]): PhrasingContent[] {
  const last = children[children.length - 1];
  if (!last) return children;
  if (last.type === 'break') return [...children.slice(0, -1), { type: 'html', value: '<br>' }];
  if ('children' in last && Array.isArray(last.children)) {
    return [...children.slice(0, -1), { ...last, children: endWithoutBreak(last.children as PhrasingContent[]) } as PhrasingContent];
  }
  return children;
}

const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children: endWithoutBreak(children) });
const heading = (depth: 1 | 2, children: PhrasingContent[]): Heading => ({ type: 'heading', depth, children: endWithoutBreak(children) });
/** The whole paragraph in one mark (the lead in bold…); the same mark inside it is dropped, not doubled. */
const wholeRun = (runs: StyledRun[], mark: 'strong' | 'emphasis'): PhrasingContent[] => {
  const children = phrasing(runs.map(({ bold, italic, ...run }) => ({ ...run, ...(mark === 'emphasis' && bold ? { bold } : {}), ...(mark === 'strong' && italic ? { italic } : {}) })));
  return children.length === 0 ? [] : hoistBreaks([{ type: mark, children } as PhrasingContent]);
};

/** GFM trims a table cell's white space when it reads it; trim it when writing, so the text is what a reader gets. */
function trimCell(runs: readonly StyledRun[]): StyledRun[] {
  const cell = runs.map((run) => ({ ...run }));
  while (cell.length > 0 && (cell[0] as StyledRun).text.replace(/^[ \t\n]+/, '') === '') cell.shift();
  while (cell.length > 0 && (cell[cell.length - 1] as StyledRun).text.replace(/[ \t\n]+$/, '') === '') cell.pop();
  if (cell.length > 0) {
    (cell[0] as StyledRun).text = (cell[0] as StyledRun).text.replace(/^[ \t\n]+/, '');
    (cell[cell.length - 1] as StyledRun).text = (cell[cell.length - 1] as StyledRun).text.replace(/[ \t\n]+$/, '');
  }
  return cell;
}

const cellRow = (cells: StyledRun[][]): TableRow => ({
  type: 'tableRow',
  children: cells.map((cell) => ({ type: 'tableCell', children: phrasing(trimCell(cell), true) })),
});

const markdownBlocks: BlockHandlers<RootContent[]> = {
  headline: (block, context) => [heading(1, phrasing(inlineRuns(block.children, context.metadata)))],
  subheadline: (block, context) => [heading(2, phrasing(inlineRuns(block.children, context.metadata)))],
  dateline: (block, context) => [paragraph(wholeRun([{ text: datelineText(block, context) }], 'emphasis'))],
  lead: (block, context) => [paragraph(wholeRun(inlineRuns(block.children, context.metadata), 'strong'))],
  paragraph: (block, context) => [paragraph(phrasing(inlineRuns(block.children, context.metadata)))],
  'section-heading': (block, context) => [heading(2, phrasing(inlineRuns(block.children, context.metadata)))],
  quote: (block, context) => [{ type: 'blockquote', children: [paragraph(phrasing(quoteRuns(quoteLayoutOf(block, context))))] }],
  'bulleted-list': (block, context) => [
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: block.children.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(phrasing(inlineRuns(item.children, context.metadata)))] })),
    },
  ],
  'numbered-list': (block, context) => [
    {
      type: 'list',
      ordered: true,
      start: 1,
      spread: false,
      children: block.children.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(phrasing(inlineRuns(item.children, context.metadata)))] })),
    },
  ],
  boilerplate: (block, context) => [paragraph(phrasing(inlineRuns(block.children, context.metadata)))],
  'media-contact': (block, context) => [paragraph(phrasing(inlineRuns(block.children, context.metadata)))],
  'end-mark': () => [{ type: 'html', value: `<p class="end-mark">${END_MARK}</p>` }],
  'award-ceremony': (block, context) => {
    if (!hasAwardRecipients(block, context)) return [];
    const { award, rows } = awardRows(block, context);
    const table: Table = {
      type: 'table',
      align: [null, null, null],
      children: [
        cellRow(context.profile.awardColumns.map((title) => [{ text: title }])),
        ...rows.map((row) => cellRow([row.recipient, row.position, row.nomination])),
      ],
    };
    return [paragraph(wholeRun(award, 'strong')), table];
  },
};

/** The metadata as YAML front matter (title, language, city, date, organisation, author, variables). */
export function frontMatterOf(metadata: ReleaseMetadata): string {
  const data: Record<string, unknown> = {
    title: metadata.title,
    language: metadata.language,
    city: metadata.city,
    date: metadata.date,
    organisation: metadata.organisation,
  };
  if (metadata.author) data.author = metadata.author;
  if (metadata.status) data.status = metadata.status;
  // The embargo as set (wall clock and zone) and as a moment (ISO 8601 with the offset) for a CMS to schedule by.
  const moment = publicationIso(metadata.publication);
  if (metadata.publication && moment) data.publication = { at: metadata.publication.at, timeZone: metadata.publication.timeZone, moment };
  if (metadata.variables.length > 0) data.variables = metadata.variables.map(({ name, label, value }) => ({ name, label, value }));
  return stringifyYaml(data, { lineWidth: 0 }).trimEnd();
}

const yamlHandler: Handle = (node) => `---\n${(node as { value: string }).value}\n---`;

/**
 * A soft line break as CommonMark's other hard break, two spaces before the line ending, which no CMS shows — after a
 * letter, digit or closing punctuation. Elsewhere a backslash: after white space (those spaces would be taken for the
 * break and lost), at the start of a paragraph (a line of spaces alone is a blank line) and after bold or italic,
 * whose closing mark mdast-util-to-markdown protects by encoding the space that follows it (the break would be lost).
 */
const breakHandler: Handle = (_node, _parent, _state, info) => (/[\p{L}\p{N}.,;:!?»”’)\]]$/u.test(info.before) && !/&#x[0-9A-F]+;$/i.test(info.before) ? '  \n' : '\\\n');

/**
 * The autolink guard of GFM escapes the @ of every e-mail address (`press\\@almaty.gov.kz`), which a CMS may show.
 * Where the address stands alone — plain letters, digits, dots, plus and hyphens, between spaces or punctuation
 * that is no markup — a GFM reader links exactly the address and a CommonMark reader keeps it as text, so the
 * backslash goes. Next to `_` or `*` (emphasis) it stays: there GFM's link would swallow the mark.
 */
const LONE_EMAIL = /(^|[\s(«“"'>:;,])([A-Za-z0-9.+-]+)\\@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?![\w@-])/gm;
const unescapeEmails = (markdown: string): string => markdown.replace(LONE_EMAIL, (_match, before: string, local: string, domain: string) => `${before}${local}@${domain}`);

/** The release as Markdown text. */
export function releaseToMarkdown(document: PressroomDocument, options: FormatOptions = {}): string {
  const context = contextOf(document.metadata, options);
  const children: RootContent[] = [{ type: 'yaml', value: frontMatterOf(document.metadata) }];
  const embargo = embargoLine(document.metadata);
  if (embargo) children.push(paragraph([{ type: 'strong', children: [{ type: 'text', value: embargo }] }]));
  for (const block of document.body) {
    const nodes = renderBlock(markdownBlocks, block, context);
    for (const node of nodes) {
      // An empty paragraph prints nothing and would glue its neighbours together; skip it.
      if (node.type === 'paragraph' && node.children.length === 0) continue;
      children.push(node);
    }
  }
  const root: Root = { type: 'root', children };
  return unescapeEmails(
    toMarkdown(root, {
      extensions: [gfmToMarkdown()],
      bullet: '-',
      emphasis: '*',
      strong: '*',
      listItemIndent: 'one',
      handlers: { yaml: yamlHandler, break: breakHandler },
    }),
  );
}
