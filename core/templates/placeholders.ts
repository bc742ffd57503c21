import type { Descendant, Path } from 'slate';

/** One blank still to be filled: where it is in the body and what it asks for. */
export interface UnfilledPlaceholder {
  path: Path;
  hint: string;
}

const NONE: readonly UnfilledPlaceholder[] = Object.freeze([]);

/** The blanks inside one top-level block, with paths relative to the block, in reading order. */
export function placeholdersIn(block: Descendant): readonly UnfilledPlaceholder[] {
  if ('type' in block && block.type === 'placeholder') return [{ path: [], hint: block.hint }];
  if (!('children' in block)) return NONE;
  let found: UnfilledPlaceholder[] | null = null;
  const visit = (nodes: readonly Descendant[], parent: Path) => {
    nodes.forEach((node, index) => {
      if ('type' in node && node.type === 'placeholder') (found ??= []).push({ path: [...parent, index], hint: node.hint });
      else if ('children' in node) visit(node.children as Descendant[], [...parent, index]);
    });
  };
  visit(block.children as Descendant[], []);
  return found ?? NONE;
}

/**
 * Every placeholder still in the body, in reading order (what Tab walks through). `inBlock` may be a per-block
 * cache of placeholdersIn (block-cache.ts): then a key press in a 5 MB release costs a look-up per block, not a
 * walk through all of its 16,000 elements.
 */
export function listUnfilledPlaceholders(
  body: readonly Descendant[],
  inBlock: (block: Descendant) => readonly UnfilledPlaceholder[] = placeholdersIn,
): UnfilledPlaceholder[] {
  const found: UnfilledPlaceholder[] = [];
  body.forEach((block, index) => {
    for (const { path, hint } of inBlock(block)) found.push({ path: [index, ...path], hint });
  });
  return found;
}
