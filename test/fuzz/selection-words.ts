import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Element, Node, Path, Point, Range, Text } from 'slate';
import type { Descendant } from 'slate';
import { z } from 'zod';
import { tidyJunction } from '../../core/editing/with-placeholders';
import { plainTextToBlocks } from '../../core/formats/text-import';
import { releaseBlockSchema } from '../../core/model/schema';
import type { ReleaseBlock } from '../../core/model/types';
import { fuzzRelease } from './release-fixture';
import { sampleText } from '../fixtures/sample';

/**
 * The words and releases of the selection property tests, in Chromium (e2e/edit-properties.spec.ts) and in
 * Node (core/editing/selection-fuzz.test.ts): seeded random releases built from
 * the built-in templates and the sample, and what must hold after a key over a selection — the body valid,
 * the words outside the selection untouched, in order.
 */

/** mulberry32: a small seeded generator, so a failing run is replayed from its seed alone. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (below: number): number => Math.floor(next() * below),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number): boolean => next() < p,
  };
}
export type Random = ReturnType<typeof random>;

/** Every block of every built-in template, of the fuzzers' release and of the sample as imported. */
function blockPool(): ReleaseBlock[] {
  const templates = join(import.meta.dirname, '..', '..', 'templates');
  const blocks: ReleaseBlock[] = [];
  for (const name of readdirSync(templates).filter((file) => file.endsWith('.pressroom')).sort()) {
    const document = JSON.parse(readFileSync(join(templates, name), 'utf8')) as { body: ReleaseBlock[] };
    blocks.push(...document.body);
  }
  blocks.push(...(fuzzRelease().body as ReleaseBlock[]));
  blocks.push(...plainTextToBlocks(sampleText()).blocks);
  return blocks;
}

const POOL = blockPool();
const HEADLINES = POOL.filter((block) => block.type === 'headline');
const OTHERS = POOL.filter((block) => block.type !== 'headline');
const ONCE = new Set(['dateline', 'lead', 'end-mark']);

/** A release of a headline and 3–10 blocks drawn from the pool (at most one dateline, lead and end mark). */
export function randomRelease(rng: Random): Descendant[] {
  const body: ReleaseBlock[] = [rng.pick(HEADLINES)];
  const seen = new Set<string>();
  const count = 3 + rng.int(8);
  while (body.length < count + 1) {
    const block = rng.pick(OTHERS);
    if (ONCE.has(block.type) && seen.has(block.type)) continue;
    seen.add(block.type);
    body.push(block);
  }
  return JSON.parse(JSON.stringify(body)) as Descendant[];
}

const bodySchema = z.array(releaseBlockSchema).min(1);

/** What is wrong with the body by the schema, and by the structure rules the schema cannot say. */
export function bodyProblems(body: Descendant[]): string[] {
  const problems: string[] = [];
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) problems.push(`schema: ${parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
  const types = body.map((block) => (block as { type?: string }).type);
  if (types[0] !== 'headline') problems.push('the first block is not the headline');
  if (types.filter((type) => type === 'headline').length > 1) problems.push('more than one headline');
  return problems;
}

const root = (body: Descendant[]): Node => ({ children: body }) as unknown as Node;

/** How an inline void or void block reads in the flattened words. */
function voidToken(node: Element): string {
  const element = node as unknown as { type: string; hint?: string; name?: string };
  if (element.type === 'placeholder') return `⟦blank:${element.hint}⟧`;
  if (element.type === 'variable') return `⟦chip:${element.name}⟧`;
  return `⟦${element.type}⟧`;
}

const VOIDS = new Set(['placeholder', 'variable', 'end-mark']);

/**
 * The words of the body between two points, in reading order, with chips, blanks and the end mark as tokens
 * and no block boundaries (a key may join or split blocks; it must not lose, add or reorder words). A void with
 * an edge inside it counts as selected, as the editor takes it (content-controls.ts rangeOverVoids).
 */
export function wordsOf(body: Descendant[], from: Point | null, to: Point | null): string {
  let words = '';
  const visit = (node: Node, path: Path): void => {
    if (Element.isElement(node) && VOIDS.has((node as { type: string }).type)) {
      const inside = (point: Point | null) => point !== null && Path.isAncestor(path, point.path);
      if (inside(from) || inside(to)) return;
      const at = { path: [...path, 0], offset: 0 };
      if ((from === null || Point.compare(at, from) >= 0) && (to === null || Point.compare(at, to) < 0)) words += voidToken(node);
      return;
    }
    if (Text.isText(node)) {
      const start = from && Path.equals(from.path, path) ? from.offset : 0;
      const end = to && Path.equals(to.path, path) ? to.offset : node.text.length;
      if (from && Path.isBefore(path, from.path)) return;
      if (to && Path.isAfter(path, to.path)) return;
      words += node.text.slice(start, Math.max(start, end));
      return;
    }
    (node as Element).children.forEach((child, index) => visit(child, [...path, index]));
  };
  body.forEach((block, index) => visit(block, [index]));
  return words;
}

/** The blank a selection spans and nothing else (as the editor's Placeholders.selected), with its neighbours' texts. */
function loneBlank(body: Descendant[], selection: Range): { before: string; after: string; atStart: boolean; atEnd: boolean } | null {
  const [start, end] = Range.edges(selection);
  const tree = root(body);
  const blanks: Path[] = [];
  for (const [node, path] of Node.nodes(tree, { from: start.path, to: end.path })) {
    if (Element.isElement(node) && (node as { type: string }).type === 'placeholder') blanks.push(path);
  }
  if (blanks.length !== 1 || wordsOf(body, start, end).replace(/⟦blank:[^⟧]*⟧/u, '') !== '') return null;
  const path = blanks[0] as Path;
  if (!Path.isAncestor(Path.parent(path), start.path) || !Path.isAncestor(Path.parent(path), end.path)) return null;
  const parent = Node.parent(tree, path) as Element;
  const index = path[path.length - 1] as number;
  const before = parent.children[index - 1];
  const after = parent.children[index + 1];
  if (!Text.isText(before) || !Text.isText(after)) return null;
  return { before: before.text, after: after.text, atStart: index - 1 === 0, atEnd: index + 1 === parent.children.length - 1 };
}

/**
 * The words outside the selection, as they must read after a key that removes the selection: before it and
 * after it, as they were, except that removing a lone blank joins its neighbours without doubled punctuation or
 * spaces (with-placeholders.ts tidyJunction).
 */
export function outsideWords(body: Descendant[], selection: Range, removesLoneBlank: boolean): { before: string; after: string } {
  const [start, end] = Range.edges(selection);
  let before = wordsOf(body, null, start);
  let after = wordsOf(body, end, null);
  const blank = removesLoneBlank ? loneBlank(body, selection) : null;
  if (blank) {
    const { cutBefore, cutAfter } = tidyJunction(blank.before, blank.after, blank.atStart, blank.atEnd);
    before = before.slice(0, before.length - cutBefore);
    after = after.slice(cutAfter);
  }
  return { before, after };
}

/** The model's text leaves in order, as the DOM must show them. */
export function modelLeaves(body: Descendant[]): string[] {
  return [...Node.texts(root(body))].map(([text]) => text.text);
}

export const elementCount = (body: Descendant[]): number => [...Node.descendants(root(body))].filter(([node]) => Element.isElement(node)).length;

/** JSON with the keys of every object in order: the same nodes read the same however they were built. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : item,
  );
}
