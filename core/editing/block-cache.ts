import type { Descendant } from 'slate';

/**
 * Something worked out from one top-level block (its word count, its outline entry, its blanks), kept while the
 * block is unchanged. Slate never edits a node in place: an edit replaces the changed nodes and their ancestors
 * and keeps every other object, so after a key press only the edited block is a new object and is worked out
 * again; the 7,000 others are a WeakMap look-up each. Bodies that are mutated in place must not be passed here.
 */
export function perBlock<T extends object | null>(compute: (block: Descendant) => T): (block: Descendant) => T {
  const cache = new WeakMap<Descendant, T>();
  return (block) => {
    const known = cache.get(block);
    if (known !== undefined) return known;
    const value = compute(block);
    cache.set(block, value);
    return value;
  };
}
