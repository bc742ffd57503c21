import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * What Google Docs puts on the clipboard, made plain HTML before the allow-list walk: the whole paste sits in
 * `<b style="font-weight:normal" id="docs-internal-guid-…">`, which is taken away (its content stays where it
 * was). Bold and italic come as `font-weight:700` / `font-style:italic` on spans, which the walk reads already;
 * a heading's bold is dropped by the walk (every export sets headings bold).
 */
export function normaliseGoogleDocs(tree: Root): void {
  tree.children = unwrapped(tree.children);
}

const isWrapper = (node: RootContent | ElementContent): boolean =>
  node.type === 'element' && node.tagName === 'b' && typeof node.properties.id === 'string' && node.properties.id.startsWith('docs-internal-guid-');

/** The wrapper stands at the top, perhaps after <meta charset> and inside <html><body> (Chromium on Windows). */
function unwrapped<T extends RootContent | ElementContent>(children: T[], level = 0): T[] {
  if (level > 3) return children;
  return children.flatMap((child): T[] => {
    if (isWrapper(child)) return (child as Element).children as T[];
    if (child.type === 'element' && (child.tagName === 'html' || child.tagName === 'body')) child.children = unwrapped(child.children, level + 1);
    return [child];
  });
}
