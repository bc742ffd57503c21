import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * What Microsoft Word puts on the clipboard, made plain HTML before the allow-list walk (core/formats/html-import.ts):
 *
 * - **Lists.** Word writes no <ul>/<ol>: each item is a paragraph (`MsoListParagraphCxSpFirst`, `…Middle`, `…Last`,
 *   `MsoListParagraph`, sometimes `MsoNormal`) whose style says `mso-list:l1 level1 lfo2`, with its number or bullet
 *   written out in the text between `<!--[if !supportLists]-->` and `<!--[endif]-->` (or `<![if !supportLists]>` …
 *   `<![endif]>`) inside a `mso-list:Ignore` span. Neighbouring paragraphs of the same list (`lfo`) become one list,
 *   numbered when the first item's mark is a number or letter (`1.`, `3)`, `a.`, `iv.`), bulleted otherwise
 *   (`·`, `o`, `§`, `–`); deeper levels join their list (a release list has one level); the marks are dropped.
 *   The first number is kept as the list's `start` (a list that began at 3 in Word), which the release model does
 *   not hold: see docs/architecture.md, "Paste".
 * - **Title, Subtitle, Quote styles** (`MsoTitle`, `MsoSubtitle`, `MsoQuote`, `MsoIntenseQuote`) become h1,
 *   h2.subheadline and blockquote, which the walk reads as headline, subheadline and quote.
 *
 * The tree is changed in place; nothing here reads or keeps an attribute the walk would not read anyway.
 */
export function normaliseWord(tree: Root): void {
  const stack: (Root | Element)[] = [tree];
  let seen = 0;
  while (stack.length > 0 && seen < MAX_NODES) {
    const parent = stack.pop() as Root | Element;
    seen += 1;
    parent.children = withLists(parent.children) as typeof parent.children;
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      renameStyle(child);
      stack.push(child);
    }
  }
}

/** Past this many elements the rest is left as Word wrote it (the walk still reads its text). */
const MAX_NODES = 200_000;

const LIST_STYLE = /mso-list:\s*(l\d+)\s+level(\d+)\s+(lfo\d+)/i;

interface ListParagraph {
  element: Element;
  list: string;
}

function listParagraph(node: RootContent | ElementContent): ListParagraph | null {
  if (node.type !== 'element' || (node.tagName !== 'p' && node.tagName !== 'div')) return null;
  const style = typeof node.properties.style === 'string' ? node.properties.style : '';
  const match = LIST_STYLE.exec(style);
  if (!match) return null;
  return { element: node, list: `${match[1]}/${match[3]}` };
}

const isBlank = (node: RootContent | ElementContent): boolean =>
  node.type === 'comment' || (node.type === 'text' && node.value.trim() === '');

/** Runs of list paragraphs of one list, each replaced by one <ol>/<ul> holding an <li> per paragraph. */
function withLists(children: (RootContent | ElementContent)[]): (RootContent | ElementContent)[] {
  if (!children.some((child) => listParagraph(child) !== null)) return children;
  const out: (RootContent | ElementContent)[] = [];
  let index = 0;
  while (index < children.length) {
    const first = listParagraph(children[index] as RootContent);
    if (!first) {
      out.push(children[index] as RootContent);
      index += 1;
      continue;
    }
    const items: ListParagraph[] = [first];
    let next = index + 1;
    let end = next;
    while (next < children.length) {
      const node = children[next] as RootContent;
      if (isBlank(node)) {
        next += 1;
        continue;
      }
      const item = listParagraph(node);
      if (!item || item.list !== first.list) break;
      items.push(item);
      next += 1;
      end = next;
    }
    out.push(listElement(items));
    index = end;
  }
  return out;
}

/** A number or a letter with its stop (`1.`, `3)`, `(a)`, `iv.`): a numbered list; anything else is a bullet. */
const NUMBERED_MARK = /^\(?(?:\d+[.)]?|[a-zа-яё][.)]|[ivxlcdm]+[.)])$/iu;

function listElement(items: ListParagraph[]): Element {
  const [mark = ''] = items.map(({ element }) => takeMark(element));
  const numbered = NUMBERED_MARK.test(mark);
  const start = numbered ? Number(/\d+/.exec(mark)?.[0] ?? '1') : 1;
  return {
    type: 'element',
    tagName: numbered ? 'ol' : 'ul',
    properties: numbered && start !== 1 ? { start } : {},
    children: items.map(({ element }) => ({ type: 'element', tagName: 'li', properties: {}, children: element.children })),
  };
}

const START_COMMENT = /^\[if !supportLists\]$/;
const END_COMMENT = /^\[endif\]$/;

/**
 * Takes the item's written mark out of its paragraph and returns it: what stands between the supportLists
 * conditional comments, else the text of the `mso-list:Ignore` span.
 */
function takeMark(paragraph: Element): string {
  const marks: string[] = [];
  const visit = (node: Element, level: number): void => {
    if (level > 8) return;
    const kept: ElementContent[] = [];
    let inMark = false;
    for (const child of node.children) {
      if (child.type === 'comment' && START_COMMENT.test(child.value.trim())) {
        inMark = true;
        continue;
      }
      if (inMark) {
        if (child.type === 'comment' && END_COMMENT.test(child.value.trim())) inMark = false;
        else marks.push(textOf(child));
        continue;
      }
      if (child.type === 'element' && /mso-list:\s*ignore/i.test(String(child.properties.style ?? ''))) {
        marks.push(textOf(child));
        continue;
      }
      if (child.type === 'element') visit(child, level + 1);
      kept.push(child);
    }
    node.children = kept;
  };
  visit(paragraph, 0);
  return marks.join('').replace(/[\s\u00a0]+/g, '');
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(textOf).join('');
}

const STYLE_TAGS: Record<string, { tagName: string; className?: string[] }> = {
  msotitle: { tagName: 'h1' },
  msosubtitle: { tagName: 'h2', className: ['subheadline'] },
  msoquote: { tagName: 'blockquote' },
  msointensequote: { tagName: 'blockquote' },
};

function renameStyle(element: Element): void {
  if (element.tagName !== 'p') return;
  const value = element.properties.className;
  const names = Array.isArray(value) ? value.map(String) : [];
  for (const name of names) {
    const target = STYLE_TAGS[name.toLowerCase()];
    if (!target) continue;
    element.tagName = target.tagName;
    element.properties = target.className ? { className: target.className } : {};
    return;
  }
}
