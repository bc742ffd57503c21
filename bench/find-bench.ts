/**
 * Find and replace on the ~5 MB release (issue 10 item 5): find-all (cold: the release's runs read and folded
 * for the first time; warm: again with the same words; after a key press: one block read again) and replace-all
 * with its undo, through core/editing/find-in-release.ts on the real release editor. Peers in the same run, on
 * the same release's text: a naive search — the blocks' plain text joined, lowered with toLowerCase and scanned
 * with String.indexOf — and a naive replace, String.replaceAll over that text (which knows nothing of fields,
 * marks, chips or undo). Prints medians and ratios; asserts nothing.
 *
 * Then, when the app is built (out/renderer), the same in Chromium on the real renderer holding the release
 * (bench/harness/browser.ts, the benchmark host): from the words set in the find bar to the frame showing the
 * count and every highlight, and Replace all to the frame after it; the peer in the same page is the browser's
 * own find, `window.find`, asked for every occurrence in turn.
 *
 * Run through `npm run bench` (bench/run.js builds it for Node), or alone after a build, from the repository:
 *   node out/bench/find/find-bench.mjs [--runs=15] [--skip-browser]
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Editor, Node } from 'slate';
import type { Descendant } from 'slate';
import { HistoryEditor } from 'slate-history';
import { createReleaseEditor } from '../core/editing/create-release-editor';
import { DEFAULT_FIND_OPTIONS, findInRelease, replaceAllMatches } from '../core/editing/find-in-release';
import type { FindOptions } from '../core/editing/find-in-release';
import type { PressroomDocument } from '../core/model/types';
import { writeDocumentText } from '../core/model/document-file';
import { launch, openApp } from './harness/browser';
import { describe, readSample, releaseOfSize } from './harness/fixtures';

const runsArgument = process.argv.find((arg) => arg.startsWith('--runs='));
const RUNS = runsArgument ? Math.max(3, Number(runsArgument.slice(7))) : 15;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
/** Wall time and this process's CPU time (user + system; the shared machine inflates it much less), in ms. */
const timed = <T>(work: () => T): [T, number, number] => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = work();
  const took = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return [result, took, (used.user + used.system) / 1000];
};
/** "wall (cpu)" medians. */
const both = (walls: number[], cpus: number[]): string => `${median(walls).toFixed(1)} (${median(cpus).toFixed(1)})`;

function editorOf(document: PressroomDocument): Editor {
  const editor = createReleaseEditor({ language: document.metadata.language });
  editor.children = structuredClone(document.body) as Descendant[];
  Editor.normalize(editor, { force: true });
  editor.history = { undos: [], redos: [] };
  return editor;
}

/** The naive peer: every block's plain text joined, lowered, and String.indexOf left to right. */
function naiveCount(lowered: string, query: string): number {
  const needle = query.toLowerCase();
  let count = 0;
  for (let at = lowered.indexOf(needle); at >= 0; at = lowered.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

// The sample in test/fixtures, from bench/ (run as TypeScript) or from out/bench/find/ (built).
const here = fileURLToPath(new URL('.', import.meta.url));
const sample = [resolve(here, '..'), resolve(here, '..', '..', '..')].map((root) => join(root, 'test/fixtures/conference-almaty-constitution.ru.txt')).find((path) => existsSync(path));
if (!sample) throw new Error('find-bench: the sample release (test/fixtures/conference-almaty-constitution.ru.txt) is not where it should be');
const document = releaseOfSize(5 * 1024 * 1024, readSample(sample));
const size = describe(document);
console.log(
  `Find and replace benchmark — Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)} at start; the ~5 MB release: ${size.blocks} blocks, ${size.characters.toLocaleString('en')} characters, ${(size.bytes / 1e6).toFixed(1)} MB; median of ${RUNS} runs, ms\n`,
);

const QUERIES: [string, string, Partial<FindOptions>][] = [
  ['a name, rare', 'Калдыбеков', {}],
  ['a city, frequent', 'алматы', {}],
  ['whole word + match case', 'Алматы', { wholeWord: true, matchCase: true }],
  ['one letter, everywhere', 'е', {}],
];

console.log('wall ms (CPU ms in brackets)\n');
console.log('find-all                      matches      cold ours        warm ours   naive join+lower+indexOf   naive indexOf only   warm ours ÷ naive whole');
for (const [label, query, overrides] of QUERIES) {
  const options = { ...DEFAULT_FIND_OPTIONS, ...overrides };
  // Cold: a fresh copy of the release, so no block has been read yet.
  const colds: number[] = [];
  const coldCpus: number[] = [];
  let count = 0;
  for (let run = 0; run < Math.max(3, Math.ceil(RUNS / 3)); run += 1) {
    const body = structuredClone(document.body) as Descendant[];
    const [matches, took, cpu] = timed(() => findInRelease(body, document.metadata.variables, query, options));
    count = matches.length;
    colds.push(took);
    coldCpus.push(cpu);
  }
  const body = structuredClone(document.body) as Descendant[];
  findInRelease(body, document.metadata.variables, query, options);
  const warms: number[] = [];
  const warmCpus: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const [, took, cpu] = timed(() => findInRelease(body, document.metadata.variables, query, options));
    warms.push(took);
    warmCpus.push(cpu);
  }
  const naiveWhole: number[] = [];
  const naiveWholeCpus: number[] = [];
  const naiveScan: number[] = [];
  let naive = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const [found, took, cpu] = timed(() => naiveCount(body.map((block) => Node.string(block)).join('\n').toLowerCase(), query));
    naive = found;
    naiveWhole.push(took);
    naiveWholeCpus.push(cpu);
    const lowered = body.map((block) => Node.string(block)).join('\n').toLowerCase();
    naiveScan.push(timed(() => naiveCount(lowered, query))[1]);
  }
  const note = naive === count ? '' : ` (naive finds ${naive}: ${overrides.wholeWord ? 'no whole words, ' : ''}${overrides.matchCase ? 'no case, ' : ''}no ё/е, across fields)`;
  console.log(
    `${label.padEnd(28)}${String(count).padStart(9)}${both(colds, coldCpus).padStart(16)}${both(warms, warmCpus).padStart(17)}${both(naiveWhole, naiveWholeCpus).padStart(27)}${median(naiveScan).toFixed(2).padStart(21)}${`${(median(warms) / median(naiveWhole)).toFixed(2)}×`.padStart(26)}${note}`,
  );
}

// After a key press: Slate replaces the edited block (and the release's array); the others are read from the cache.
{
  const editor = editorOf(document);
  findInRelease(editor.children, [], 'алматы');
  const afterKey: number[] = [];
  const afterKeyCpus: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const middle = Math.floor(editor.children.length / 2);
    editor.select(Editor.end(editor, [middle]));
    editor.insertText('ы');
    const [, took, cpu] = timed(() => findInRelease(editor.children, [], 'алматы'));
    afterKey.push(took);
    afterKeyCpus.push(cpu);
  }
  console.log(`\nfind-all again after one key press (one block read anew): ${both(afterKey, afterKeyCpus)}`);
}

console.log('\nreplace-all                   replaced   ours, one undo step        undo   naive String.replaceAll on the plain text');
for (const [label, query, replacement] of [
  ['a city → another', 'Алматы', 'Астана'],
  ['a name → initials', 'Азамат Калдыбеков', 'А. Калдыбеков'],
] as const) {
  const replaceRuns: number[] = [];
  const replaceCpus: number[] = [];
  const undoRuns: number[] = [];
  const undoCpus: number[] = [];
  let replaced = 0;
  const runs = Math.max(3, Math.ceil(RUNS / 3));
  for (let run = 0; run < runs; run += 1) {
    const editor = editorOf(document);
    const [count, took, cpu] = timed(() => replaceAllMatches(editor, findInRelease(editor.children, [], query), replacement));
    replaced = count;
    replaceRuns.push(took);
    replaceCpus.push(cpu);
    const [, undoTook, undoCpu] = timed(() => HistoryEditor.undo(editor));
    undoRuns.push(undoTook);
    undoCpus.push(undoCpu);
  }
  const text = document.body.map((block) => Node.string(block)).join('\n');
  const naiveRuns: number[] = [];
  const naiveCpus: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const [, took, cpu] = timed(() => text.replaceAll(query, replacement));
    naiveRuns.push(took);
    naiveCpus.push(cpu);
  }
  console.log(`${label.padEnd(28)}${String(replaced).padStart(10)}${both(replaceRuns, replaceCpus).padStart(22)}${both(undoRuns, undoCpus).padStart(16)}${both(naiveRuns, naiveCpus).padStart(44)}`);
}


const countElements = (nodes: readonly unknown[]): number =>
  nodes.reduce<number>((sum, node) => {
    const n = node as { text?: unknown; children?: unknown[] };
    return typeof n.text === 'string' ? sum : sum + 1 + countElements(n.children ?? []);
  }, 0);

/** In Chromium: our find bar on the built renderer; window.find on a second page holding the same release. */
async function browserFigures(): Promise<void> {
  const rendererDir = join(process.cwd(), 'out', 'renderer');
  if (process.argv.includes('--skip-browser') || !existsSync(join(rendererDir, 'index.html'))) {
    console.log('\n(in Chromium: skipped — build the app first, `electron-vite build`, or drop --skip-browser)');
    return;
  }
  const site = { rendererDir, peersDir: join(process.cwd(), 'out', 'bench', 'pages'), documentText: writeDocumentText(document) };
  const elements = countElements(document.body);
  const queries = ['Калдыбеков', 'алматы'];
  const runs = Math.max(3, Math.ceil(RUNS / 3));
  const browser = await launch(false);
  try {
    const opened = await openApp(browser, site, elements);
    const { page } = opened;
    await page.keyboard.press('Control+KeyH');
    await page.waitForSelector('.find-bar__input');
    const ours = new Map<string, { ms: number[]; count: string }>();
    for (const query of queries) {
      const figures = { ms: [] as number[], count: '' };
      for (let run = 0; run < runs; run += 1) {
        const figure = (await page.evaluate(`(async (query) => {
          const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          const input = document.querySelector('.find-bar__input');
          const count = document.querySelector('.find-bar__count');
          const set = (value) => {
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
            input.dispatchEvent(new Event('input', { bubbles: true }));
          };
          set('');
          await frame();
          await frame();
          const started = performance.now();
          set(query);
          while (!/\\d/u.test(count.textContent || '') || document.querySelectorAll('[data-slate-editor] .find-match').length === 0) await new Promise((resolve) => requestAnimationFrame(resolve));
          await frame();
          return { ms: performance.now() - started, count: count.textContent };
        })(${JSON.stringify(query)})`)) as { ms: number; count: string };
        figures.ms.push(figure.ms);
        figures.count = figure.count;
      }
      ours.set(query, figures);
    }
    const replaced = (await page.evaluate(`(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const inputs = document.querySelectorAll('.find-bar__input');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(inputs[1], 'Астана');
      inputs[1].dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      const button = [...document.querySelectorAll('.find-bar__action')].at(-1);
      const started = performance.now();
      button.click();
      while (!document.querySelector('.find-bar__message')) await new Promise((resolve) => requestAnimationFrame(resolve));
      await frame();
      return { ms: performance.now() - started, message: document.querySelector('.find-bar__message').textContent };
    })()`)) as { ms: number; message: string };
    if (opened.errors.length > 0) console.log(`page errors: ${opened.errors.join(' | ')}`);
    await page.context().close();

    // The peer, on a page of its own (its selections are not left behind in ours): every occurrence in turn.
    const peerPage = (await openApp(browser, site, elements)).page;
    const peers = new Map<string, { ms: number[]; found: number }>();
    for (const query of queries) {
      const figures = { ms: [] as number[], found: 0 };
      for (let run = 0; run < runs; run += 1) {
        const figure = (await peerPage.evaluate(`(() => {
          getSelection().removeAllRanges();
          const started = performance.now();
          let found = 0;
          while (found < 100000 && window.find(${JSON.stringify(query)}, false, false, false, false, false, false)) found += 1;
          return { ms: performance.now() - started, found };
        })()`)) as { ms: number; found: number };
        figures.ms.push(figure.ms);
        figures.found = figure.found;
      }
      peers.set(query, figures);
    }

    console.log(`\nIn Chromium (the built renderer, the release opened in ${(opened.wholeMs ?? 0).toFixed(0)} ms): median of ${runs}, wall ms`);
    console.log('words                          matches   find bar: words → count + highlights drawn   window.find, every occurrence   ours ÷ window.find');
    for (const query of queries) {
      const mine = ours.get(query);
      const peer = peers.get(query);
      if (!mine || !peer) continue;
      console.log(`${query.padEnd(31)}${(mine.count.split(/\s/u).at(-1) ?? '').padStart(7)}${median(mine.ms).toFixed(0).padStart(46)}${`${median(peer.ms).toFixed(0)} (${peer.found} found)`.padStart(32)}${`${(median(mine.ms) / median(peer.ms)).toFixed(2)}×`.padStart(21)}`);
    }
    console.log(`Replace all «алматы» → «Астана», click → the frame after: ${replaced.ms.toFixed(0)} ms (${replaced.message})`);
  } finally {
    await browser.close();
  }
}

await browserFigures();
console.log(`\nload average at the end: ${loadavg()[0]?.toFixed(1)} (figures taken on a busy machine are inflated accordingly)`);
