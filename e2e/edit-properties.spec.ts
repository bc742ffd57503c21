import type { CDPSession, Page } from '@playwright/test';
import type { Range } from 'slate';
import { Node as SlateNode, Range as SlateRange } from 'slate';
import { expect, test } from './host/fixtures';
import type { TestHost } from './host/fixtures';
import { bodyProblems, canonical, elementCount, modelLeaves, outsideWords, random, randomRelease, wordsOf } from '../test/fuzz/selection-words';
import type { Random } from '../test/fuzz/selection-words';
import { EditPropertyPage } from './pages/edit-property-page';

/**
 * Any selection, any key (issue 10, item 1), as a property, in Chromium with the real editor: a seeded random
 * release from the templates and the sample; a selection made with the mouse (click and Shift+click, drag,
 * double or triple click) or the keyboard (Shift+arrows, Shift+Home/End, Ctrl+Shift+Home/End, Ctrl+A); then one
 * key: a letter, Backspace, Delete, Enter, a paste (text/plain, or text/plain + text/html), a cut, an IME
 * composition committed over the selection (CDP Input.imeSetComposition + Input.insertText), a mouse drag of the
 * selected words to another place, or the real Ctrl+X / Ctrl+V through the system clipboard. After it: the DOM
 * shows the model, the body keeps the schema, the words before and after the selection are unchanged (a drag:
 * the same words, moved), one undo (Ctrl+Z) gives back the release exactly, and one redo (Ctrl+Shift+Z) the edit.
 *
 * EDIT_PROPERTY_RUNS (default 300, split over three tests; over 300, twelve that may run in parallel) and EDIT_PROPERTY_SEED set the count and the first
 * seed; each run's seed is printed with its failure, and `EDIT_PROPERTY_SEED=<seed> EDIT_PROPERTY_RUNS=1`
 * replays it (EDIT_PROPERTY_DEBUG=1 prints the release, the selection and the result). `npm run bench:edits`
 * runs 10,000 (bench/README.md).
 */

const RUNS = Number(process.env.EDIT_PROPERTY_RUNS ?? 300);
const FIRST_SEED = Number(process.env.EDIT_PROPERTY_SEED ?? 20261201);
/** The long mode (over 300 runs) is cut into 12 slices run side by side (`--workers 2` in bench:edits): each its own page. */
const LONG = RUNS > 300;
const SLICES = LONG ? 12 : RUNS >= 3 ? 3 : 1;
if (LONG) test.describe.configure({ mode: 'parallel' });

type Key = 'letter' | 'Backspace' | 'Delete' | 'Enter' | 'paste-text' | 'paste-html' | 'cut' | 'ime' | 'drag' | 'ctrl-x' | 'ctrl-v';
const KEYS: readonly Key[] = ['letter', 'letter', 'Backspace', 'Delete', 'Enter', 'paste-text', 'paste-html', 'cut', 'ime', 'drag', 'ctrl-x', 'ctrl-v'];
const LETTERS = ['ж', 'Q', 'ә', 'ү'];
/** What an input method composes (each step shown underlined) and then commits, as a Kazakh or Russian layout's IME does. */
const COMPOSITIONS: readonly { steps: string[]; commit: string }[] = [
  { steps: ['к', 'қ', 'қа', 'қаз'], commit: 'қазақ' },
  { steps: ['а', 'ә'], commit: 'ә' },
  { steps: ['с', 'сө', 'сөз'], commit: 'сөз' },
  { steps: ['м', 'ми', 'мир'], commit: 'мир' },
];
/** What another program leaves on the system clipboard for Ctrl+V. */
const CLIPBOARD: readonly { text: string; html?: string }[] = [
  { text: 'Из буфера обмена' },
  { text: 'Бірінші жол\n\nЕкінші жол' },
  { text: 'Жирный и курсив', html: '<p><b>Жирный</b> и <i>курсив</i></p>' },
];

interface Failure {
  seed: number;
  what: string;
}

async function makeSelection(editor: EditPropertyPage, rng: Random): Promise<string> {
  const { page } = editor;
  const kind = rng.int(7);
  const first = await editor.randomPlace(rng);
  if (kind === 0) {
    await page.mouse.click(first.x, first.y, { clickCount: 3 });
    return 'triple-click';
  }
  if (kind === 1) {
    await page.mouse.dblclick(first.x, first.y);
    return 'double-click';
  }
  await page.mouse.click(first.x, first.y);
  if (kind === 2 || kind === 3) {
    const second = await editor.randomPlace(rng);
    if (kind === 2) {
      await page.keyboard.down('Shift');
      await page.mouse.click(second.x, second.y);
      await page.keyboard.up('Shift');
      return 'click, shift+click';
    }
    // A drag: press at the (re-measured) first place, move, release at the second.
    const start = await editor.randomPlace(rng);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move((start.x + second.x) / 2, (start.y + second.y) / 2);
    await page.mouse.move(second.x, second.y);
    await page.mouse.up();
    return 'drag';
  }
  if (kind === 4) {
    const keys = ['Shift+ArrowRight', 'Shift+ArrowLeft', 'Shift+ArrowDown', 'Shift+ArrowUp'];
    const key = rng.pick(keys);
    const count = 1 + rng.int(6);
    for (let index = 0; index < count; index++) await page.keyboard.press(key);
    return `${count}× ${key}`;
  }
  if (kind === 5) {
    const key = rng.pick(['Shift+End', 'Shift+Home', 'Control+Shift+End', 'Control+Shift+Home', 'Control+Shift+ArrowRight', 'Control+Shift+ArrowLeft']);
    await page.keyboard.press(key);
    return key;
  }
  await page.keyboard.press('Control+A');
  return 'Ctrl+A';
}

/** What was pressed, and the words it puts in (typed, committed or pasted). */
interface Pressed {
  label: string;
  inserted?: string;
}

async function pressKey(editor: EditPropertyPage, key: Key, rng: Random, cdp: CDPSession): Promise<Pressed> {
  const { page } = editor;
  switch (key) {
    case 'letter': {
      const letter = rng.pick(LETTERS);
      await page.keyboard.type(letter);
      return { label: letter, inserted: letter };
    }
    case 'paste-text': {
      const text = rng.chance(0.5) ? 'Вставка' : 'Первая строка\n\nВторая строка';
      await editor.paste(text);
      return { label: 'paste text', inserted: text };
    }
    case 'paste-html':
      await editor.paste('Жирный и курсив', '<p><b>Жирный</b> и <i>курсив</i></p>');
      return { label: 'paste html', inserted: 'Жирный и курсив' };
    case 'cut':
      await editor.cut();
      return { label: 'cut' };
    case 'ime': {
      // Composition over the selection (Input.imeSetComposition), committed by Input.insertText: what a layout
      // with an input method sends; the committed text is what must replace the selection.
      const { steps, commit } = rng.pick(COMPOSITIONS);
      for (const step of steps) await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
      await cdp.send('Input.insertText', { text: commit });
      return { label: `IME ${commit}`, inserted: commit };
    }
    case 'drag': {
      // The selected words pressed on and dragged with the mouse to another place of the release.
      const start = await editor.selectionPoint();
      const to = start ? await editor.dropPlace(rng) : null;
      if (!start || !to) return { label: 'drag (no selected words or drop place in view)' };
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(start.x + 8, start.y + 4, { steps: 2 });
      await page.mouse.move(to.x, to.y, { steps: 3 });
      await page.mouse.up();
      return { label: `drag to ${Math.round(to.x)},${Math.round(to.y)}` };
    }
    case 'ctrl-x':
      await page.keyboard.press('Control+KeyX');
      return { label: 'Ctrl+X' };
    case 'ctrl-v': {
      const clip = rng.pick(CLIPBOARD);
      await editor.writeClipboard(clip.text, clip.html);
      await page.keyboard.press('Control+KeyV');
      return { label: `Ctrl+V ${JSON.stringify(clip.text)}`, inserted: clip.text };
    }
    default:
      await page.keyboard.press(key);
      return { label: key };
  }
}

/** Whether the characters of `needle` stand in `hay` in the same order (white space aside). */
function inOrder(needle: string, hay: string): boolean {
  const wanted = [...needle.replace(/\s+/gu, '')];
  let at = 0;
  for (const character of hay.replace(/\s+/gu, '')) if (character === wanted[at]) at++;
  return at === wanted.length;
}

/** The words of a selection as the page writes them out, chips and blanks left out. */
const plainWords = (words: string): string => words.replace(/⟦[^⟧]*⟧/gu, '');

/** The characters of a word string, sorted, without white space: the same when words only moved. */
const letters = (words: string): string => [...words.replace(/\s+/gu, '')].sort().join('');

/** Where two word strings part: a window of each around the first difference. */
function wordsDifference(got: string, expected: string): string {
  let at = 0;
  while (at < got.length && at < expected.length && got[at] === expected[at]) at++;
  const window = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 40), at + 80));
  return `at ${at} of ${got.length}/${expected.length}:\n    got      ${window(got)}\n    expected ${window(expected)}`;
}

/** The first block that differs, as it was and as it is. */
function firstDifference(was: unknown[], is: unknown[]): string {
  const index = was.findIndex((block, at) => canonical(block) !== canonical(is[at]));
  const at = index < 0 ? Math.min(was.length, is.length) : index;
  return `block ${at} of ${was.length}/${is.length}:\n    was ${JSON.stringify(was[at]).slice(0, 400)}\n    is  ${JSON.stringify(is[at]).slice(0, 400)}`;
}

/** One run: everything that went wrong in it, or nothing. */
interface Run {
  key: Key;
  /** Whether the key changed the release (a drag dropped on its own selection, or on a chip, changes nothing). */
  changed: boolean;
  problems: string[];
}

async function run(editor: EditPropertyPage, seed: number, pageErrors: () => number, cdp: CDPSession): Promise<Run | 'no selection'> {
  // One generator each for the release, the selection and the key: a replay presses the same key on the same release.
  const rng = random(seed);
  const keys = random(seed ^ 0x5bd1e995);
  const { value: before, undoSteps: stepsBefore } = await editor.reset(randomRelease(random(seed ^ 0x27d4eb2d)));
  let how = '';
  let selection: Range | null = null;
  for (let attempt = 0; attempt < 3 && (!selection || SlateRange.isCollapsed(selection)); attempt++) {
    how = await makeSelection(editor, rng);
    selection = await editor.settledSelection();
  }
  if (!selection || SlateRange.isCollapsed(selection)) return 'no selection';
  const key = keys.pick(KEYS);
  const errorsBefore = pageErrors();
  const pressed = await pressKey(editor, key, keys, cdp);
  const { value: after, undoSteps: stepsAfter, dom } = await editor.snapshot();
  const problems: string[] = [];
  const context = `${how} → ${pressed.label} over ${JSON.stringify(selection)}`;

  if (pageErrors() > errorsBefore) problems.push('a page error');
  problems.push(...bodyProblems(after));
  const leaves = modelLeaves(after);
  const domMatches =
    dom.elements === elementCount(after) &&
    dom.leaves.length === leaves.length &&
    dom.leaves.every((text, index) => text === leaves[index] || text === `${leaves[index]}\n`);
  if (!domMatches) problems.push(`the DOM differs from the model (${dom.elements} vs ${elementCount(after)} elements): ${JSON.stringify(dom.leaves).slice(0, 300)} vs ${JSON.stringify(leaves).slice(0, 300)}`);

  const removes = key === 'Backspace' || key === 'Delete' || key === 'cut' || key === 'ctrl-x' || key === 'Enter';
  const types = key === 'letter' || key === 'ime';
  const outside = outsideWords(before, selection, removes);
  const words = wordsOf(after, null, null);
  if (key === 'drag') {
    // Words moved: nothing lost, nothing added, wherever they were dropped (or nothing moved at all).
    const was = wordsOf(before, null, null);
    if (letters(words) !== letters(was)) problems.push(`the drag lost or added words: ${wordsDifference(words, was)}`);
  } else if (types || removes) {
    const expected = outside.before + (types ? (pressed.inserted ?? '') : '') + outside.after;
    if (words !== expected) problems.push(`the words are not the words outside the selection${types ? ` and ${JSON.stringify(pressed.inserted)}` : ''}: ${wordsDifference(words, expected)}`);
    if (key === 'ctrl-x') {
      // What was cut is on the system clipboard, for Ctrl+V elsewhere.
      const [start, end] = SlateRange.edges(selection);
      const cut = plainWords(wordsOf(before, start, end));
      const clipboard = await editor.readClipboard();
      if (!inOrder(cut, clipboard)) problems.push(`the clipboard does not hold the cut words: ${JSON.stringify(clipboard.slice(0, 200))} for ${JSON.stringify(cut.slice(0, 200))}`);
    }
  } else if (
    !words.startsWith(outside.before) ||
    !words.endsWith(outside.after) ||
    words.slice(outside.before.length, words.length - outside.after.length).replace(/\s+/gu, '') !== (pressed.inserted ?? '').replace(/\s+/gu, '')
  ) {
    const keptBefore = words.startsWith(outside.before);
    problems.push(
      `the paste did not put exactly its words in place of the selection (kept the words ${keptBefore ? 'before, not after' : 'after, not before'} it?): ${keptBefore ? wordsDifference([...words].reverse().join(''), [...outside.after].reverse().join('')) + ' (read backwards)' : wordsDifference(words, outside.before)}; first blocks now ${JSON.stringify(after.slice(0, 2)).slice(0, 300)}`,
    );
  }

  // PRESSROOM_TRACE_SELECTION=1: who moved the caret in a failed run, printed before undo adds its own entries.
  if (problems.length > 0 && process.env.PRESSROOM_TRACE_SELECTION === '1') console.log(`[seed ${seed}] ${(await editor.page.evaluate('window.__pressroomSelectionTrace()') as string[]).slice(-120).join('\n')}`);
  const changed = canonical(after) !== canonical(before);
  const steps = stepsAfter - stepsBefore;
  if (changed && steps !== 1) problems.push(`${steps} undo steps, not one`);
  if (changed) {
    await editor.page.keyboard.press('Control+KeyZ');
    const { value: undone } = await editor.snapshot();
    if (canonical(undone) !== canonical(before)) problems.push(`one undo did not give back the release: ${firstDifference(before, undone)}`);
    else {
      // And one redo (Ctrl+Shift+Z) does the edit again, exactly.
      await editor.page.keyboard.press('Control+Shift+KeyZ');
      const { value: redone } = await editor.snapshot();
      if (canonical(redone) !== canonical(after)) problems.push(`one redo did not do the edit again: ${firstDifference(after, redone)}`);
    }
  }
  if (process.env.EDIT_PROPERTY_DEBUG) console.log(JSON.stringify({ before, selection, after }, null, 1));
  return { key, changed, problems: problems.length > 0 ? [context, ...problems] : [] };
}

test.use({ openApp: false, allowPageErrors: true, permissions: ['clipboard-read', 'clipboard-write'] });

/** Seeds the long mode found (`npm run bench:edits`), fixed since: replayed in every `npm test`. */
const FOUND_BY_THE_LONG_MODE = [
  20271317, // a drag ending in the dateline, then Ctrl+V: the paste's target was not editable and nothing was pasted
  20281865, // a drag begun on the end mark (inside a bigger selection): Slate moved the end mark alone, and it vanished
  20283013, // a drag of a selection from the end mark into the next block: the end mark moved and vanished
  20292988, // a drag of a selection with the end mark inside it, dropped in a field: the end mark vanished
  20291410, // the same, dropped in a paragraph
  20293392, // the same
];

async function runSeeds(page: Page, host: TestHost, seeds: readonly number[], label: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 900 });
  const editor = await EditPropertyPage.open(page, host);
  const cdp = await page.context().newCDPSession(page);

  const failures: Failure[] = [];
  const pressed = new Map<Key, number>(KEYS.map((key) => [key, 0]));
  const changedBy = new Map<Key, number>(KEYS.map((key) => [key, 0]));
  let skipped = 0;
  const started = Date.now();
  for (const [done, seed] of seeds.entries()) {
    const result = await run(editor, seed, () => host.pageErrors.length, cdp);
    if (result === 'no selection') skipped++;
    else {
      pressed.set(result.key, (pressed.get(result.key) ?? 0) + 1);
      if (result.changed) changedBy.set(result.key, (changedBy.get(result.key) ?? 0) + 1);
      if (result.problems.length > 0) failures.push({ seed, what: result.problems.join('\n  ') });
    }
    // The long mode says how far it is, and which seeds failed so far.
    if (RUNS > 300 && (done + 1) % 250 === 0) {
      console.log(`[edit-properties] ${done + 1} of runs ${label} done, ${failures.length} failed${failures.length > 0 ? `: seeds ${failures.map((failure) => failure.seed).join(', ')}` : ''}`);
    }
  }
  const perKind = [...pressed].map(([key, count]) => `${key} ${count}${changedBy.get(key) === count ? '' : ` (${changedBy.get(key)} changed it)`}`).join(', ');
  console.log(
    `[edit-properties] runs ${label}: ${seeds.length - skipped} keys over a selection (${perKind}), ${skipped} without a selection after 3 tries, ${failures.length} failed; ${Math.round((Date.now() - started) / seeds.length)} ms a run`,
  );
  const report = failures.map((failure) => `seed ${failure.seed} (replay: EDIT_PROPERTY_SEED=${failure.seed} EDIT_PROPERTY_RUNS=1):\n  ${failure.what}`).join('\n');
  expect(failures, report).toEqual([]);
  expect(skipped).toBeLessThan(Math.max(1, seeds.length / 4));
}

for (let slice = 0; slice < SLICES; slice++) {
  const from = Math.floor((RUNS * slice) / SLICES);
  const to = Math.floor((RUNS * (slice + 1)) / SLICES);
  test(`any selection, any key: runs ${from + 1}–${to} of ${RUNS} (seeds ${FIRST_SEED + from}…)`, async ({ page, host }) => {
    // About 1 s a run on a quiet machine; a shared CI machine at load 25 is several times slower.
    test.setTimeout(Math.max(180_000, (to - from) * 8_000));
    const seeds = Array.from({ length: to - from }, (_, index) => FIRST_SEED + from + index);
    await runSeeds(page, host, seeds, `${from + 1}–${to}`);
  });
}

test('any selection, any key: the seeds the long mode found', async ({ page, host }) => {
  test.setTimeout(120_000);
  await runSeeds(page, host, FOUND_BY_THE_LONG_MODE, 'found by the long mode');
});

test('Ctrl+A selects the whole release, even one ending on an award table (Chromium\'s own select-all left a caret at the top)', async ({ page, host }) => {
  // Found by seed 20261258: on this release the browser's select-all, from any caret, collapsed to the headline's start.
  await page.setViewportSize({ width: 1366, height: 900 });
  const editor = await EditPropertyPage.open(page, host);
  const { value } = await editor.reset(randomRelease(random(20261258 ^ 0x27d4eb2d)));
  const root = { children: value } as unknown as SlateNode;
  const [, firstPath] = SlateNode.first(root, []);
  const [lastText, lastPath] = SlateNode.last(root, []);
  const whole = { anchor: { path: firstPath, offset: 0 }, focus: { path: lastPath, offset: SlateNode.string(lastText).length } };
  for (const place of [editor.editor.locator('.block--section-heading').first(), editor.editor.locator('.pr-award-ceremony').last()]) {
    await place.click();
    await page.keyboard.press('Control+A');
    expect(await editor.settledSelection()).toEqual(whole);
  }
});
