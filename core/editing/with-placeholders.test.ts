import { readFileSync } from 'node:fs';
import { Editor, Node, Path } from 'slate';
import type { Descendant } from 'slate';
import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { readDocumentText } from '../model/document-file';
import type { PressroomDocument } from '../model/types';
import { createReleaseEditor } from './create-release-editor';
import { Placeholders } from './with-placeholders';

function template(name: string): PressroomDocument {
  const read = readDocumentText(readFileSync(new URL(`../../templates/${name}.pressroom`, import.meta.url), 'utf8'));
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return read.document;
}

/** An editor holding the template; a section template gets the headline every release starts with. */
function editorWith(document: PressroomDocument) {
  const editor = createReleaseEditor({ language: document.metadata.language });
  const body = JSON.parse(JSON.stringify(document.body)) as Descendant[];
  if (document.template?.kind === 'section') body.unshift({ type: 'headline', children: [{ text: 'Заголовок' }] });
  editor.children = body;
  Editor.normalize(editor, { force: true });
  return editor;
}

const hints = (editor: Editor) => Placeholders.all(editor).map(([node]) => node.hint);
const selectedHint = (editor: Editor) => Placeholders.selected(editor)?.[0].hint;
/** Lets slate-history close the current batch, as the end of a browser task does between key presses. */
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function type(editor: Editor, text: string) {
  for (const character of text) {
    editor.insertText(character);
    await nextTick();
  }
}

describe('Tab and Shift+Tab between placeholders', () => {
  it('Tab visits every blank of the Russian conference template in reading order, then wraps', () => {
    const editor = editorWith(template('conference-write-up.ru'));
    const expected = hints(editor);
    expect(expected.length).toBeGreaterThan(20);
    expect(expected[0]).toBe('Заголовок: что произошло, где и по какому поводу');
    const visited: (string | undefined)[] = [];
    for (let index = 0; index < expected.length; index++) {
      expect(Placeholders.selectNext(editor)).toBe(true);
      visited.push(selectedHint(editor));
    }
    expect(visited).toEqual(expected);
    Placeholders.selectNext(editor);
    expect(selectedHint(editor)).toBe(expected[0]);
  });

  it('Shift+Tab goes back, and from the first blank wraps to the last', () => {
    const editor = editorWith(template('conference-write-up.kk'));
    const all = hints(editor);
    Placeholders.selectNext(editor);
    Placeholders.selectNext(editor);
    expect(selectedHint(editor)).toBe(all[1]);
    Placeholders.selectPrevious(editor);
    expect(selectedHint(editor)).toBe(all[0]);
    Placeholders.selectPrevious(editor);
    expect(selectedHint(editor)).toBe(all[all.length - 1]);
  });

  it('Tab from a cursor in the middle of text goes to the first blank after it', () => {
    const editor = editorWith(template('conference-write-up.en'));
    // The cursor in the lead's text “ brought together ”, between the organiser chip and the first lead blank.
    const leadPath = [2];
    const lead = Node.get(editor, leadPath);
    expect(Node.string(lead)).toContain('brought together');
    editor.select({ path: [2, 2], offset: 3 });
    Placeholders.selectNext(editor);
    expect(selectedHint(editor)).toBe('who gathered: city leaders, lawmakers, experts, community figures');
    Placeholders.selectPrevious(editor);
    expect(selectedHint(editor)).toBe('Headline: what happened, where and why');
  });

  it('says so when the document has no blanks', () => {
    const editor = createReleaseEditor({ language: 'ru' });
    editor.children = [{ type: 'headline', children: [{ text: 'Готовый заголовок' }] }];
    expect(Placeholders.selectNext(editor)).toBe(false);
    expect(Placeholders.selectPrevious(editor)).toBe(false);
  });
});

describe('typing over a placeholder', () => {
  it('replaces the hint with the typed text, and one undo brings the hint back', async () => {
    const editor = editorWith(template('conference-write-up.ru'));
    const before = hints(editor).length;
    Placeholders.selectNext(editor);
    await type(editor, 'В Алматы прошла конференция');
    // Typed in a Russian release: a no-break space after the one-letter preposition (with-typography.ts).
    expect(Node.string(editor.children[0] as Node)).toBe('В\u00a0Алматы прошла конференция');
    expect(hints(editor)).toHaveLength(before - 1);
    HistoryEditor.undo(editor);
    expect(Node.string(editor.children[0] as Node)).toBe('');
    expect(hints(editor)).toHaveLength(before);
    expect(hints(editor)[0]).toBe('Заголовок: что произошло, где и по какому поводу');
    HistoryEditor.redo(editor);
    // Typed in a Russian release: a no-break space after the one-letter preposition (with-typography.ts).
    expect(Node.string(editor.children[0] as Node)).toBe('В\u00a0Алматы прошла конференция');
  });

  it('fills a blank in the middle of a sentence, joined to the text around it', async () => {
    const editor = editorWith(template('opening-speech.ru'));
    Placeholders.selectNext(editor);
    await type(editor, 'Заместитель акима города Алматы');
    Placeholders.selectNext(editor);
    await type(editor, 'Азамат Калдыбеков');
    expect(Node.string(editor.children[2] as Node)).toMatch(/^Заместитель акима города Алматы Азамат Калдыбеков в своём приветственном обращении \.$/u);
  });

  it('keeps the language’s typography: a typed " over a blank gives « in Russian and “ in English', async () => {
    const ru = editorWith(template('quotes.ru'));
    Placeholders.selectNext(ru);
    await type(ru, '"Справедливый Казахстан"');
    expect(Node.string(Node.get(ru, [1, 0]))).toBe('«Справедливый Казахстан»');
    const en = editorWith(template('quotes.en'));
    Placeholders.selectNext(en);
    await type(en, '"Just Kazakhstan"');
    expect(Node.string(Node.get(en, [1, 0]))).toBe('“Just Kazakhstan”');
  });

  it('Backspace and Delete remove a selected blank; undo restores it', () => {
    const editor = editorWith(template('award-ceremony.kk'));
    const all = hints(editor);
    Placeholders.selectNext(editor);
    editor.deleteBackward('character');
    expect(hints(editor)).toEqual(all.slice(1));
    Placeholders.selectNext(editor);
    editor.deleteForward('character');
    expect(hints(editor)).toEqual(all.slice(2));
    HistoryEditor.undo(editor);
    HistoryEditor.undo(editor);
    expect(hints(editor)).toEqual(all);
  });

  it('pasting over a blank replaces it', () => {
    const editor = editorWith(template('opening-speech.en'));
    Placeholders.selectNext(editor);
    editor.insertFragment([{ type: 'paragraph', children: [{ text: 'Deputy Mayor of Almaty' }] }]);
    expect(Node.string(editor.children[2] as Node).startsWith('Deputy Mayor of Almaty ')).toBe(true);
    expect(hints(editor)[0]).toBe('Speaker’s full name');
  });

  it('a blank chosen by Tab is still filled when the browser moves the selection to its edge', async () => {
    const editor = editorWith(template('opening-speech.kk'));
    Placeholders.selectNext(editor);
    const [, path] = Placeholders.selected(editor)!;
    // The browser collapses the selection to the start of the text after the pill.
    editor.select({ path: Path.next(path), offset: 0 });
    expect(Placeholders.selected(editor)).toBeUndefined();
    expect(Placeholders.target(editor)?.[0].hint).toBe('Спикердің лауазымы');
    await type(editor, 'Алматы қаласы әкімінің орынбасары');
    expect(Node.string(editor.children[2] as Node).startsWith('Алматы қаласы әкімінің орынбасары ')).toBe(true);
    expect(hints(editor)[0]).toBe('Спикердің аты-жөні');
  });

  it('a caret put inside a blank (a click on its pill, an arrow key onto it) selects the blank: the browser can hold both ends, and typing fills it', async () => {
    const editor = editorWith(template('opening-speech.kk'));
    const [[, path]] = Placeholders.all(editor) as [[Node, Path]];
    const [first, second] = hints(editor);
    const before = Node.get(editor, Path.previous(path));
    editor.select({ path: [...path, 0], offset: 0 });
    // Both ends in the words around the blank, never inside its non-editable pill.
    expect(editor.selection).toEqual({ anchor: { path: Path.previous(path), offset: Node.string(before).length }, focus: { path: Path.next(path), offset: 0 } });
    expect(selectedHint(editor)).toBe(first);
    await type(editor, 'Алматы қаласы әкімінің орынбасары');
    expect(Node.string(Node.parent(editor, path))).toContain('Алматы қаласы әкімінің орынбасары');
    expect(hints(editor)[0]).toBe(second);
  });

  it('moving away disarms the blank: typing beside it later inserts text and keeps the hint', async () => {
    const editor = editorWith(template('opening-speech.en'));
    Placeholders.selectNext(editor);
    const [, path] = Placeholders.selected(editor)!;
    editor.select(Editor.end(editor, [1]));
    editor.select({ path: Path.next(path), offset: 0 });
    expect(Placeholders.target(editor)).toBeUndefined();
    await type(editor, 'Mr ');
    expect(hints(editor)[0]).toBe('Speaker’s position');
  });

  it('typing elsewhere leaves blanks alone', async () => {
    const editor = editorWith(template('opening-speech.ru'));
    editor.select(Editor.end(editor, [1]));
    await type(editor, ' – открытие');
    expect(Node.string(editor.children[1] as Node)).toBe('Приветственное слово\u00a0– открытие');
    expect(hints(editor)).toHaveLength(Placeholders.all(editorWith(template('opening-speech.ru'))).length);
  });
});
