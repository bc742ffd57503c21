import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Editor, Node, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { checkRelease } from '../checklist/checklist';
import { clipboardHtmlToBlocks } from '../formats/clipboard/clipboard-blocks';
import { readDocumentText, writeDocumentText } from '../model/document-file';
import type { PressroomDocument, ReleaseLanguage } from '../model/types';
import { checkedWordsOf } from '../spelling/release-spelling';
import { wordsToCheck } from '../spelling/text-spelling';
import { createReleaseEditor } from './create-release-editor';
import { changeReleaseLanguage, selectionLanguage, setSelectionLanguage, withoutRedundantMarks } from './span-language';
import { typesetNodes, typesetRelease } from './with-typography';

/** The fixture: a Russian release about a library opening, with the akim's quote in Kazakh marked as Kazakh. */
const FIXTURE = join(import.meta.dirname, '../../test/fixtures/languages/library-opening.ru.pressroom');
const fixture = (): PressroomDocument => {
  const read = readDocumentText(readFileSync(FIXTURE, 'utf8'));
  if (!read.ok) throw new Error(read.problem.detail);
  return read.document;
};

function editorWith(children: Descendant[], language: ReleaseLanguage = 'ru'): Editor {
  const editor = createReleaseEditor({ language });
  editor.children = children;
  Editor.normalize(editor, { force: true });
  return editor;
}

const paragraph = (...children: Descendant[]): Descendant => ({ type: 'paragraph', children } as Descendant);
const headline = (text = 'Заголовок'): Descendant => ({ type: 'headline', children: [{ text }] });

describe('the language mark in the file', () => {
  it('keeps a marked span through a save and a read', () => {
    const document = fixture();
    const again = readDocumentText(writeDocumentText(document));
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.document).toEqual(document);
    const quote = JSON.stringify(again.document.body.find((block) => block.type === 'quote'));
    expect(quote).toContain('"lang":"kk"');
  });

  it('opens a version 3 file unchanged, now version 4', () => {
    const old = { format: 'pressroom', version: 3, metadata: { language: 'ru', title: '', city: '', date: '', organisation: '', variables: [] }, body: [{ type: 'headline', children: [{ text: 'Заголовок' }] }] };
    const read = readDocumentText(JSON.stringify(old));
    expect(read).toMatchObject({ ok: true, migratedFrom: 3, document: { version: 4, body: old.body } });
  });

  it('refuses a mark of a language Pressroom does not write releases in', () => {
    const document = fixture();
    const text = writeDocumentText(document).replace('"lang": "kk"', '"lang": "de"');
    expect(readDocumentText(text)).toMatchObject({ ok: false, problem: { reason: 'invalid' } });
  });
});

describe('normalising marks', () => {
  it('drops a mark of the release language and merges the leaf with its neighbours', () => {
    const editor = editorWith([headline(), paragraph({ text: 'Один ' }, { text: 'два', lang: 'ru' }, { text: ' три' })]);
    expect(editor.children[1]).toEqual({ type: 'paragraph', children: [{ text: 'Один два три' }] });
  });

  it('keeps a mark of another language, and merges two neighbours of the same mark', () => {
    const editor = editorWith([headline(), paragraph({ text: 'Девиз – «' }, { text: 'Кітап – ', lang: 'kk' }, { text: 'білім бұлағы', lang: 'kk' }, { text: '».' })]);
    expect((editor.children[1] as { children: unknown[] }).children).toEqual([{ text: 'Девиз – «' }, { text: 'Кітап – білім бұлағы', lang: 'kk' }, { text: '».' }]);
  });

  it('drops a mark the schema does not know', () => {
    const editor = editorWith([headline(), paragraph({ text: 'Hallo', lang: 'de' } as unknown as Descendant)]);
    expect(editor.children[1]).toEqual({ type: 'paragraph', children: [{ text: 'Hallo' }] });
  });

  it('drops marks that became the release language when the release language changes, as no undo step', () => {
    const editor = editorWith([headline(), paragraph({ text: 'Вступление. ' }, { text: 'Қазақша сөйлем.', lang: 'kk' })]);
    changeReleaseLanguage(editor, 'kk');
    expect(editor.children[1]).toEqual({ type: 'paragraph', children: [{ text: 'Вступление. Қазақша сөйлем.' }] });
    expect(editor.history.undos).toHaveLength(0);
  });

  it('drops, in an imported release, marks of its own language', () => {
    const body = withoutRedundantMarks([paragraph({ text: 'А ', lang: 'ru' }, { text: 'б' }, { text: 'сөз', lang: 'kk' })], 'ru');
    expect(body).toEqual([paragraph({ text: 'А б' }, { text: 'сөз', lang: 'kk' })]);
  });
});

describe('Language of selection', () => {
  const release = () =>
    editorWith([headline(), paragraph({ text: 'Аким сказал: «Біз оны жастар үшін ашып отырмыз», и ушёл.' })]);

  it('marks exactly the selected words, and one undo takes the mark back', () => {
    const editor = release();
    const text = Node.string(editor.children[1] as Node);
    const start = text.indexOf('Біз');
    const end = text.indexOf('»');
    Transforms.select(editor, { anchor: { path: [1, 0], offset: start }, focus: { path: [1, 0], offset: end } });
    setSelectionLanguage(editor, 'kk');
    expect((editor.children[1] as { children: unknown[] }).children).toEqual([
      { text: text.slice(0, start) },
      { text: 'Біз оны жастар үшін ашып отырмыз', lang: 'kk' },
      { text: text.slice(end) },
    ]);
    expect(selectionLanguage(editor)).toBe('kk');
    editor.undo();
    expect(editor.children[1]).toEqual(paragraph({ text }));
  });

  it('"The release\'s language" takes the mark away; marking as the release language does the same', () => {
    for (const choice of [null, 'ru'] as const) {
      const editor = editorWith([headline(), paragraph({ text: 'Аким: ' }, { text: 'Біз оны ашып отырмыз', lang: 'kk' })]);
      Transforms.select(editor, { anchor: { path: [1, 0], offset: 0 }, focus: { path: [1, 1], offset: 3 } });
      setSelectionLanguage(editor, choice);
      expect((editor.children[1] as { children: unknown[] }).children).toEqual([{ text: 'Аким: Біз' }, { text: ' оны ашып отырмыз', lang: 'kk' }]);
    }
  });

  it('leaves a blank inside the selection unmarked (its empty text is the schema\'s)', () => {
    const editor = editorWith([headline(), paragraph({ text: 'Сөз ' }, { type: 'placeholder', hint: 'аты', children: [{ text: '' }] } as Descendant, { text: ' және сөз' })], 'ru');
    Transforms.select(editor, { anchor: { path: [1, 0], offset: 0 }, focus: { path: [1, 2], offset: 9 } });
    setSelectionLanguage(editor, 'kk');
    const read = readDocumentText(JSON.stringify({ format: 'pressroom', version: 4, metadata: { language: 'ru', title: '', city: '', date: '', organisation: '', variables: [] }, body: editor.children }));
    expect(read.ok).toBe(true);
    expect(JSON.stringify(editor.children[1])).toBe(JSON.stringify(paragraph({ text: 'Сөз ', lang: 'kk' }, { type: 'placeholder', hint: 'аты', children: [{ text: '' }] } as Descendant, { text: ' және сөз', lang: 'kk' })));
  });

  it('with a caret alone, sets the language of what is typed next', () => {
    const editor = editorWith([headline(), paragraph({ text: 'Текст ' })]);
    Transforms.select(editor, { path: [1, 0], offset: 6 });
    setSelectionLanguage(editor, 'kk');
    editor.insertText('сөз');
    expect((editor.children[1] as { children: unknown[] }).children).toEqual([{ text: 'Текст ' }, { text: 'сөз', lang: 'kk' }]);
  });
});

describe('spelling by span', () => {
  const languages = (text: string, language: ReleaseLanguage, spans = [] as { start: number; end: number; language: ReleaseLanguage }[]) =>
    Object.fromEntries(wordsToCheck(text, language, spans).map((entry) => [entry.word, entry.language]));
  const quote = 'Біз оны жастар үшін ашып отырмыз';

  it('without a mark, a Kazakh phrase with few Kazakh letters is checked as Russian', () => {
    expect(languages(`Аким: ${quote}.`, 'ru')).toMatchObject({ оны: 'ru', жастар: 'ru', ашып: 'ru', Біз: 'kk' });
  });

  it('a mark beats detection: every marked word goes to the marked language', () => {
    const text = `Аким: ${quote}.`;
    const spans = [{ start: 6, end: 6 + quote.length, language: 'kk' as const }];
    expect(languages(text, 'ru', spans)).toEqual({ Аким: 'ru', Біз: 'kk', оны: 'kk', жастар: 'kk', үшін: 'kk', ашып: 'kk', отырмыз: 'kk' });
  });

  it('in a mark, a word its dictionary cannot read goes by its letters', () => {
    const text = 'Оқу залында Wi-Fi бар. Said «Бірлік» and «единство».';
    const spans = [
      { start: 0, end: 22, language: 'kk' as const },
      { start: 23, end: text.length, language: 'en' as const },
    ];
    expect(languages(text, 'ru', spans)).toMatchObject({ Оқу: 'kk', 'Wi-Fi': 'en', Said: 'en', Бірлік: 'kk', единство: 'ru' });
  });

  it('a Russian span in a Kazakh release is checked as Russian', () => {
    const editor = editorWith([headline('Тақырып'), paragraph({ text: 'Әкім айтты: ' }, { text: 'молодёжь – наше будущее', lang: 'ru' })], 'kk');
    const words = checkedWordsOf(editor.children[1] as never, [1], 'kk');
    expect(Object.fromEntries(words.map((word) => [word.word, word.language]))).toEqual({ Әкім: 'kk', айтты: 'kk', молодёжь: 'ru', наше: 'ru', будущее: 'ru' });
  });

  it('reads a marked span across a bold word', () => {
    const element = paragraph({ text: 'Аким: ' }, { text: 'Біз оны ', lang: 'kk' }, { text: 'жастар', lang: 'kk', bold: true }, { text: ' үшін ашып', lang: 'kk' });
    const words = checkedWordsOf(element as never, [0], 'ru');
    expect(words.map((word) => word.language)).toEqual(['ru', 'kk', 'kk', 'kk', 'kk', 'kk']);
  });

  it('the checklist reports a marked word as misspelled in its language', () => {
    const document = fixture();
    const asked: Array<[string, ReleaseLanguage]> = [];
    checkRelease(document, {
      spelling: (word, language) => {
        asked.push([word, language]);
        return true;
      },
    });
    expect(asked).toContainEqual(['отырмыз', 'kk']);
    expect(asked).toContainEqual(['жастар', 'kk']);
    expect(asked).toContainEqual(['библиотеки', 'ru']);
  });
});

describe('typography by span', () => {
  it('the Typography command sets a Kazakh span in an English release by the Kazakh rules', () => {
    const editor = editorWith(
      [headline('Headline'), paragraph({ text: 'The akim said "we open it for the young" - and left. ' }, { text: 'Ол "жастар үшін" - деді.', lang: 'kk' })],
      'en',
    );
    typesetRelease(editor);
    const [english, kazakh] = (editor.children[1] as { children: Array<{ text: string }> }).children.map((child) => ({ text: child.text.replace(/\u00a0/gu, ' ') }));
    expect(english?.text).toContain('“we open it for the young”');
    expect(english?.text).toContain('—');
    expect(kazakh?.text).toContain('«жастар үшін»');
    expect(kazakh?.text).toContain('–');
  });

  it('typing a straight quote in a Kazakh span of an English release gives «', () => {
    const editor = editorWith([headline('Headline'), paragraph({ text: 'He said ' }, { text: 'Ол ', lang: 'kk' })], 'en');
    Transforms.select(editor, { path: [1, 1], offset: 3 });
    editor.insertText('"');
    editor.insertText('с');
    expect(Node.string(editor.children[1] as Node)).toBe('He said Ол «с');
  });

  it('a pasted fragment keeps its marks and each is set in its language', () => {
    const [set] = typesetNodes([paragraph({ text: '"quoted" - ' }, { text: '"сөз" - деді', lang: 'kk' })], 'en');
    expect((set as { children: Array<{ text: string }> }).children.map((child) => child.text.replace(/\u00a0/gu, ' '))).toEqual(['“quoted” — ', '«сөз» – деді']);
  });

  it('pasted HTML with a Kazakh span in an English release: the span keeps its mark and Kazakh typography', () => {
    const [block] = clipboardHtmlToBlocks('<p>He said "yes" - <span lang="kk">ол "иә" - деді</span></p>', 'en');
    const leaves = (block as { children: Array<{ text: string; lang?: string }> }).children.map((leaf) => [leaf.text.replace(/\u00a0/gu, ' '), leaf.lang]);
    expect(leaves).toEqual([
      ['He said “yes” — ', undefined],
      ['ол «иә» – деді', 'kk'],
    ]);
  });

  it('the checklist finds a straight quote in a Kazakh span of an English release, not in an English span of a Russian one', () => {
    const base = fixture();
    const en: PressroomDocument = { ...base, metadata: { ...base.metadata, language: 'en' }, body: [headline('A headline long enough to pass the headline length rule of the house'), paragraph({ text: 'He said "yes". ' }, { text: 'Ол "иә" деді.', lang: 'kk' })] as never };
    expect(checkRelease(en).filter((finding) => finding.rule === 'straight-quotes').map((finding) => finding.path)).toEqual([[1, 1]]);
    const ru: PressroomDocument = { ...base, body: [headline('Заголовок достаточной длины, чтобы правило длины заголовка промолчало'), paragraph({ text: 'Он сказал: ' }, { text: '"yes"', lang: 'en' })] as never };
    expect(checkRelease(ru).filter((finding) => finding.rule === 'straight-quotes')).toEqual([]);
  });
});
