import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { BLOCK_SPECS } from '../model/block-specs';
import type { PressroomDocument, ReleaseBlock, ReleaseBlockType } from '../model/types';
import { safeUrl } from '../model/safe-url';
import { profileOf } from '../languages/index';
import { runsText } from '../typography/styled-run';
import type { StyledRun } from '../typography/styled-run';
import {
  awardRows,
  contextOf,
  type FormatOptions,
  datelineIsoDate,
  datelineText,
  END_MARK,
  hasAwardRecipients,
  inlineRuns,
  quoteLayoutOf,
  releaseTitle,
  renderBlock,
} from './release-content';
import type { BlockHandlers, FormatContext } from './release-content';
import { nestRuns } from './run-groups';
import { PRINT_CSS } from './html-print-css';
import { embargoLine, publicationIso } from './embargo';

/**
 * The quote's own layout, part of the structure (print and screen looks are PRINT_CSS's): the speech and its
 * attribution run on as one paragraph, so the blockquote's default margins, which still apply to an inline box,
 * must not open a gap before the speech or before the attribution.
 */
const QUOTE_LAYOUT_CSS = 'figure.quote blockquote, figure.quote blockquote p, figure.quote figcaption { margin: 0; padding: 0; }\n';

/**
 * Release → hast → HTML. Printing and escaping are hast-util-to-html's job.
 *
 * standalone: a valid HTML5 file — <html lang>, <article> with a <header> (headline, subheadline, dateline,
 *   lead), <section>s opened by each section heading, a <footer> (boilerplate, media contact, end mark), quotes as
 *   <figure><blockquote>…</blockquote><figcaption>… <cite>speaker</cite></figcaption></figure>, print CSS and
 *   schema.org NewsArticle JSON-LD.
 * fragment: the <article> alone, without styles or scripts, for pasting into a CMS.
 * Each block's class, and whether it belongs in the header or the footer, is written in BLOCK_SPECS
 * (core/model/block-specs.ts); html-import.ts reads the same classes back.
 */

export type HtmlProfile = 'standalone' | 'fragment';

const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

function phrasing(runs: readonly StyledRun[]): ElementContent[] {
  return nestRuns<ElementContent>(runs, {
    // Words marked as another language: <span lang="kk">, so readers, browsers' hyphenation and screen readers follow.
    lang: (lang, children) => element('span', { lang: profileOf(lang).tags.html }, children),
    link: (url, children) => {
      const href = safeUrl(url);
      return href ? element('a', { href }, children) : element('span', {}, children);
    },
    bold: (children) => element('strong', {}, children),
    italic: (children) => element('em', {}, children),
    text: (value) => {
      const nodes: ElementContent[] = [];
      value.split('\n').forEach((line, index) => {
        if (index > 0) nodes.push(element('br', {}, []));
        if (line !== '') nodes.push(text(line));
      });
      return nodes;
    },
  });
}

/** The block's class (BLOCK_SPECS) as hast properties. */
const classOf = (type: ReleaseBlockType): Properties => {
  const className: string | null = BLOCK_SPECS[type].html.className;
  return className ? { className: [className] } : {};
};

const inlineBlock = (tagName: string, type: ReleaseBlockType) =>
  (block: { children: Parameters<typeof inlineRuns>[0] }, context: FormatContext): Element =>
    element(tagName, classOf(type), phrasing(inlineRuns(block.children, context.metadata)));

const listItems = (block: Extract<ReleaseBlock, { type: 'bulleted-list' | 'numbered-list' }>, context: FormatContext): Element[] =>
  block.children.map((item) => element('li', {}, phrasing(inlineRuns(item.children, context.metadata))));

const htmlBlocks: BlockHandlers<Element | null> = {
  headline: inlineBlock('h1', 'headline'),
  subheadline: inlineBlock('p', 'subheadline'),
  dateline: (block, context) => {
    const written = datelineText(block, context);
    const iso = datelineIsoDate(block, context);
    const city = written.indexOf(', ');
    if (iso && city > 0) {
      return element('p', classOf('dateline'), [text(written.slice(0, city + 2)), element('time', { dateTime: iso }, [text(written.slice(city + 2))])]);
    }
    return element('p', classOf('dateline'), written ? [text(written)] : []);
  },
  lead: inlineBlock('p', 'lead'),
  paragraph: inlineBlock('p', 'paragraph'),
  'section-heading': inlineBlock('h2', 'section-heading'),
  quote: (block, context) => {
    const layout = quoteLayoutOf(block, context);
    const quote = element('blockquote', {}, [element('p', {}, phrasing(layout.body))]);
    if (layout.attribution.length === 0) return element('figure', classOf('quote'), [quote]);
    const caption: ElementContent[] = [];
    for (const part of layout.attribution) {
      const children = phrasing(part.runs);
      if (part.role === 'speaker') caption.push(element('cite', {}, children));
      else if (part.role === 'position') caption.push(element('span', { className: ['position'] }, children));
      else caption.push(...children);
    }
    return element('figure', classOf('quote'), [quote, text(layout.separator), element('figcaption', {}, caption)]);
  },
  'bulleted-list': (block, context) => element('ul', classOf('bulleted-list'), listItems(block, context)),
  'numbered-list': (block, context) => element('ol', classOf('numbered-list'), listItems(block, context)),
  boilerplate: inlineBlock('p', 'boilerplate'),
  'media-contact': inlineBlock('address', 'media-contact'),
  'end-mark': () => element('p', classOf('end-mark'), [text(END_MARK)]),
  'award-ceremony': (block, context) => {
    // A table of no one is left out, header and all.
    if (!hasAwardRecipients(block, context)) return null;
    const { award, rows } = awardRows(block, context);
    const cells = (tag: 'td' | 'th', row: StyledRun[][]): Element =>
      element('tr', {}, row.map((cell) => element(tag, tag === 'th' ? { scope: 'col' } : {}, phrasing(cell))));
    return element('table', classOf('award-ceremony'), [
      element('caption', {}, phrasing(award)),
      element('thead', {}, [cells('th', context.profile.awardColumns.map((title) => [{ text: title }]))]),
      element('tbody', {}, rows.map((row) => cells('td', [row.recipient, row.position, row.nomination]))),
    ]);
  },
};

/** Where a block goes in the article; a block of a type no entry knows is left to renderBlock, which refuses it. */
const partOf = (block: ReleaseBlock): 'header' | 'body' | 'footer' => (Object.hasOwn(BLOCK_SPECS, block.type) ? BLOCK_SPECS[block.type].html.part : 'body');

/** The article: a header of the opening blocks, sections opened by section headings, a footer of the closing ones. */
function articleOf(document: PressroomDocument, context: FormatContext): Element {
  const body = document.body;
  let headerEnd = 0;
  while (headerEnd < body.length && partOf(body[headerEnd] as ReleaseBlock) === 'header') headerEnd += 1;
  let footerStart = body.length;
  while (footerStart > headerEnd && partOf(body[footerStart - 1] as ReleaseBlock) === 'footer') footerStart -= 1;

  const embargo = embargoLine(document.metadata);
  const render = (block: ReleaseBlock): Element[] => {
    const rendered = renderBlock(htmlBlocks, block, context);
    return rendered ? [rendered] : [];
  };
  const children: Element[] = [];
  const embargoParagraph = embargo ? [element('p', { className: ['embargo'] }, [element('strong', {}, [text(embargo)])])] : [];
  if (headerEnd > 0 || embargo) children.push(element('header', {}, [...embargoParagraph, ...body.slice(0, headerEnd).flatMap(render)]));
  let section: Element | null = null;
  for (const block of body.slice(headerEnd, footerStart)) {
    if (block.type === 'section-heading' || section === null) {
      section = element('section', {}, []);
      children.push(section);
    }
    section.children.push(...render(block));
  }
  if (footerStart < body.length) children.push(element('footer', {}, body.slice(footerStart).flatMap(render)));
  return element('article', { lang: context.profile.tags.html, className: ['press-release'] }, children);
}

/** JSON for a <script> element: `<`, `>` and `&` escaped so no text can close the script. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function newsArticleOf(document: PressroomDocument, context: FormatContext, title: string): Record<string, unknown> {
  const { metadata } = context;
  const lead = document.body.find((block) => block.type === 'lead');
  const dateline = document.body.find((block) => block.type === 'dateline');
  // The embargo is the moment of publication; else the dateline's date, else the details' date.
  const date = publicationIso(metadata.publication) || (dateline && datelineIsoDate(dateline, context)) || (metadata.date || null);
  const organisation = metadata.organisation ? { '@type': 'Organization', name: metadata.organisation } : null;
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    inLanguage: context.profile.tags.html,
  };
  if (lead) data.description = runsText(inlineRuns(lead.children, metadata));
  if (date) data.datePublished = date;
  if (dateline) data.dateline = datelineText(dateline, context);
  if (metadata.city) data.locationCreated = { '@type': 'Place', name: metadata.city };
  if (metadata.author) data.author = { '@type': 'Person', name: metadata.author };
  else if (organisation) data.author = organisation;
  if (organisation) data.publisher = organisation;
  return data;
}

/**
 * Blocks alone as the HTML export writes them, one after another, with no article, header or embargo line around
 * them: what a copy puts on the clipboard for a CMS or Word (core/formats/clipboard/copy.ts).
 */
export function blocksToHtml(blocks: readonly ReleaseBlock[], metadata: PressroomDocument['metadata'], options: FormatOptions = {}): string {
  const context = contextOf(metadata, options);
  const rendered = blocks.flatMap((block) => {
    const element = renderBlock(htmlBlocks, block, context);
    return element ? [element] : [];
  });
  return toHtml({ type: 'root', children: rendered });
}

export function releaseToHtml(document: PressroomDocument, profile: HtmlProfile = 'standalone', options: FormatOptions = {}): string {
  const context = contextOf(document.metadata, options);
  const article = articleOf(document, context);
  if (profile === 'fragment') return `${toHtml(article)}\n`;

  const title = releaseTitle(document.body, context) || 'Press release';
  const head: Element[] = [
    element('meta', { charSet: 'utf-8' }, []),
    element('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }, []),
    element('title', {}, [text(title)]),
  ];
  const author = document.metadata.author || document.metadata.organisation;
  if (author) head.push(element('meta', { name: 'author', content: author }, []));
  head.push(element('meta', { name: 'generator', content: 'Pressroom' }, []));
  head.push(element('style', {}, [text(`${PRINT_CSS}${QUOTE_LAYOUT_CSS}`)]));
  head.push(element('script', { type: 'application/ld+json' }, [text(scriptSafeJson(newsArticleOf(document, context, title)))]));

  const children: RootContent[] = [
    { type: 'doctype' },
    element('html', { lang: context.profile.tags.html }, [element('head', {}, head), element('body', {}, [article])]),
  ];
  const root: Root = { type: 'root', children };
  return `${toHtml(root, { upperDoctype: true })}\n`;
}
