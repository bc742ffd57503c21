import { readFileSync } from 'node:fs';
import { Editor, Transforms } from 'slate';
import { it } from 'vitest';
import { editorWith } from './test-helpers';
it('probe', () => {
  const t = readFileSync('/tmp/edits-dbg.txt', 'utf8');
  const i = t.indexOf('{\n "before"');
  let depth = 0; let j = i;
  for (; j < t.length; j++) { if (t[j] === '{') depth++; else if (t[j] === '}') { depth--; if (depth === 0) break; } }
  const d = JSON.parse(t.slice(i, j + 1));
  const editor = editorWith(d.before);
  Transforms.select(editor, d.selection);
  const key = process.env.PROBE_KEY ?? 'Delete';
  if (key === 'Delete') Editor.deleteFragment(editor, { direction: 'forward' });
  else if (key === 'Backspace') Editor.deleteFragment(editor, { direction: 'backward' });
  else if (key === 'Enter') Editor.insertBreak(editor);
  else editor.insertText(key);
  console.log('NODE AFTER', JSON.stringify(editor.children.slice(0, 4)).slice(0, 1500));
});
