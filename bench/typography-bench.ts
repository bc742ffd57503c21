/**
 * The cost of press typography (issue 12, item 2): what setting a run of text costs per keystroke as you type,
 * beside its peers in the same run — the same keys typed into a bare Slate editor and into our editor with the
 * char-only rules of before (quotes and dashes, no press rules) — and what the Typography command costs on the
 * sample release and on a 1,000-block document. Node, warm; figures, not assertions (the machine is shared).
 *
 * Run through `npm run bench` (bench/run.js builds this file for Node), or alone after a build:
 *   node out/bench/typography/typography-bench.mjs [--runs=N]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createEditor, Editor, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { createReleaseEditor } from '../core/editing/create-release-editor';
import { typesetRelease } from '../core/editing/with-typography';
import { typesetText } from '../core/typography/press-typography';

const here = resolve(fileURLToPath(new URL('.', import.meta.url)));
const root = [resolve(here, '..'), resolve(here, '..', '..', '..')].find((candidate) => {
  try {
    readFileSync(join(candidate, 'test/fixtures/conference-almaty-constitution.ru.txt'));
    return true;
  } catch {
    return false;
  }
}) as string;
const runsArgument = process.argv.find((arg) => arg.startsWith('--runs='));
const RUNS = runsArgument ? Math.max(3, Number(runsArgument.slice(7))) : 5;

const sample = readFileSync(join(root, 'test/fixtures/conference-almaty-constitution.ru.txt'), 'utf8');
const paragraphs = sample.split(/\n\s*\n/u).map((text) => text.replace(/\s+/gu, ' ').trim()).filter((text) => text.length > 80);
/** What the bench types: the sample's longest paragraph, with straight quotes and hyphens as a keyboard gives them. */
const typedText = [...paragraphs].sort((a, b) => b.length - a.length)[0]!.replace(/[«»„“]/gu, '"').replace(/ [–—] /gu, ' - ');

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** Per-key times (ms) of typing `typedText` at the end of the 5th paragraph of a release of the sample's paragraphs. */
function typeInto(make: () => Editor): number[] {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const editor = make();
    editor.children = paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] })) as Descendant[];
    Editor.normalize(editor, { force: true });
    Transforms.select(editor, Editor.end(editor, [4]));
    for (const key of typedText) {
      const started = performance.now();
      editor.insertText(key);
      times.push(performance.now() - started);
    }
  }
  return times;
}

const bare = typeInto(() => withHistory(createEditor()));
const ours = typeInto(() => createReleaseEditor({ language: 'ru' }));
const spaces = (() => {
  // Only the keys that set the run (spaces and punctuation): the typograf call is there.
  const editor = createReleaseEditor({ language: 'ru' });
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    editor.children = [{ type: 'paragraph', children: [{ text: '' }] }] as Descendant[];
    Transforms.select(editor, Editor.start(editor, [0]));
    for (const key of typedText) {
      const started = performance.now();
      editor.insertText(key);
      if (/[\s.,;:!?]/u.test(key)) times.push(performance.now() - started);
    }
  }
  return times;
})();

const typografRun = (() => {
  const times: number[] = [];
  for (let run = 0; run < RUNS * 20; run++) {
    const started = performance.now();
    typesetText(typedText, 'ru', { mode: 'typing' });
    times.push(performance.now() - started);
  }
  return times;
})();

function commandOn(count: number): number[] {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const editor = createReleaseEditor({ language: 'ru' });
    editor.children = Array.from({ length: count }, (_, i) => ({ type: 'paragraph', children: [{ text: paragraphs[i % paragraphs.length]!.replace(/[«»]/gu, '"') }] })) as Descendant[];
    const started = performance.now();
    typesetRelease(editor);
    times.push(performance.now() - started);
  }
  return times;
}
const release = commandOn(paragraphs.length);
const thousand = commandOn(1000);

const row = (name: string, values: number[]) => `${name.padEnd(58)} median ${percentile(values, 50).toFixed(3).padStart(7)} ms   p95 ${percentile(values, 95).toFixed(3).padStart(7)} ms   (${values.length})`;
console.log(`\nPress typography (Node ${process.version}, ${RUNS} runs, ${typedText.length} keys of the sample's longest paragraph)`);
console.log(row('key into bare Slate (peer)', bare));
console.log(row('key into our editor (typography as you type)', ours));
console.log(row('  of which space/punctuation keys (run set by typograf)', spaces));
console.log(row('typesetText on the whole paragraph (typing mode)', typografRun));
console.log(row(`Typography command, sample release (${paragraphs.length} paragraphs)`, release));
console.log(row('Typography command, 1,000 paragraphs', thousand));
console.log(`ratio our editor / bare Slate, p95: ${(percentile(ours, 95) / percentile(bare, 95)).toFixed(2)}×`);
