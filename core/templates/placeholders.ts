import type { Descendant, Path } from 'slate';

/** One blank still to be filled: where it is in the body and what it asks for. */
export interface UnfilledPlaceholder {
  path: Path;
  hint: string;
}

/** Every placeholder still in the body, in reading order (what Tab walks through). */
export function listUnfilledPlaceholders(body: readonly Descendant[]): UnfilledPlaceholder[] {
  const found: UnfilledPlaceholder[] = [];
  const visit = (nodes: readonly Descendant[], parent: Path) => {
    nodes.forEach((node, index) => {
      const path = [...parent, index];
      if ('type' in node && node.type === 'placeholder') found.push({ path, hint: node.hint });
      else if ('children' in node) visit(node.children as Descendant[], path);
    });
  };
  visit(body, []);
  return found;
}
