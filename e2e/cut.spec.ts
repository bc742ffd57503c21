import { Editor, Transforms } from 'slate';
import type { Descendant, Range } from 'slate';
import { expect, test } from './host/fixtures';
import { createReleaseEditor } from '../core/editing/create-release-editor';
import { random, randomRelease, wordsOf } from '../test/fuzz/selection-words';
import { EditPropertyPage } from './pages/edit-property-page';

/**
 * A cut (Ctrl+X) deletes its selection exactly as Backspace does (the release editor's deleteFragment, run here
 * in Node on the same release and selection), and one undo gives the release back. Slate's own cut handler
 * removed whole top-level blocks behind the editor's back and left the end mark of a release cut whole: the
 * editing property test's long mode found it (seeds 20261990 and 20262034), so the releases here are those, and
 * a few more.
 */
test.use({ openApp: false });

const SEEDS = [20261990, 20262034, 20261201, 20261202, 20261203];

function deletedInNode(release: Descendant[], selection: Range): Descendant[] {
  const editor = createReleaseEditor();
  editor.children = structuredClone(release);
  Editor.normalize(editor, { force: true });
  Transforms.select(editor, selection);
  Editor.deleteFragment(editor);
  return editor.children;
}

test('Ctrl+A then cut leaves the release as deleting the selection does, and one undo gives it back', async ({ page, host }) => {
  const editor = await EditPropertyPage.open(page, host);

  for (const seed of SEEDS) {
    const release = randomRelease(random(seed ^ 0x27d4eb2d));
    await editor.setValue(release);
    // The release set is the one on the page (the app's start can still replace it just after opening).
    await expect.poll(async () => wordsOf((await editor.snapshot()).value, null, null), { timeout: 10_000 }).toBe(wordsOf(release, null, null));
    await editor.editor.click();
    await page.keyboard.press('Control+A');
    await editor.settle();
    const selection = await editor.selection();
    expect(selection, `seed ${seed}: Ctrl+A selects`).not.toBeNull();
    await editor.cut();
    await editor.settle();
    const { value } = await editor.snapshot();
    expect(value, `seed ${seed}: the cut leaves what deleting the selection leaves`).toEqual(deletedInNode(release, selection as Range));
    expect(value.some((block) => (block as { type?: string }).type === 'end-mark'), `seed ${seed}: no end mark left behind`).toBe(false);
    await page.keyboard.press('Control+KeyZ');
    await editor.settle();
    expect(wordsOf((await editor.snapshot()).value, null, null), `seed ${seed}: one undo gives the release back`).toBe(wordsOf(release, null, null));
  }
});
