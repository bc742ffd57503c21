import { readFileSync } from 'node:fs';
import { Editor, Node } from 'slate';
import type { Descendant } from 'slate';
import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { createReleaseEditor } from '../editing/create-release-editor';
import { readDocumentText, validateDocument, writeDocumentText } from '../model/document-file';
import type { PressroomDocument } from '../model/types';
import { insertSection, sectionBlocks } from './insert-section';
import { TemplateLanguageMismatch, instantiate, makeTemplate } from './instantiate';
import { listUnfilledPlaceholders } from './placeholders';
import { newVariableName, removeVariable, setVariableValue, substituteVariables, variableLabel, variableValue } from './variables';

function template(name: string): PressroomDocument {
  const read = readDocumentText(readFileSync(new URL(`../../templates/${name}.pressroom`, import.meta.url), 'utf8'));
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return read.document;
}

const EVENT = '«Конституция – әділет пен тұрақтылықтың тірегі»';

describe('instantiate', () => {
  it('makes a fresh release from the Russian conference template, without the template’s own description', () => {
    const source = template('conference-write-up.ru');
    const release = instantiate(source, { language: 'ru', variables: { event: EVENT, city: 'Алматы' } });
    expect(release.template).toBeUndefined();
    expect(validateDocument(release).ok).toBe(true);
    expect(release.metadata.language).toBe('ru');
    expect(variableValue(release, 'event')).toBe(EVENT);
    expect(variableValue(release, 'city')).toBe('Алматы');
    expect(variableValue(release, 'date')).toBe('');
    expect(listUnfilledPlaceholders(release.body)).toEqual(listUnfilledPlaceholders(source.body));
    // The template itself is untouched: a deep copy.
    expect(source.template?.name).toBe('Пресс-релиз о конференции');
    expect(variableValue(source, 'event')).toBe('');
    (release.body[0]!.children as Descendant[]).push({ text: 'x' });
    expect(source.body[0]!.children).toHaveLength(3);
  });

  it('adds a value for a variable the template does not declare', () => {
    const release = instantiate(template('quotes.kk'), { variables: { organiser: 'Алматы қаласы әкімінің аппараты' } });
    expect(release.metadata.variables).toEqual([{ name: 'organiser', label: 'organiser', value: 'Алматы қаласы әкімінің аппараты' }]);
  });

  it('refuses a language the template is not written in', () => {
    expect(() => instantiate(template('conference-write-up.en'), { language: 'kk' })).toThrow(TemplateLanguageMismatch);
  });

  it('makeTemplate and instantiate round-trip a filled release', () => {
    const filled = instantiate(template('conference-write-up.kk'), { variables: { event: EVENT } });
    const saved = makeTemplate(filled, { name: 'Біздің конференция', description: 'Әкімдіктің жыл сайынғы конференциясы', language: 'kk' });
    expect(validateDocument(saved).ok).toBe(true);
    expect(saved.template).toEqual({ name: 'Біздің конференция', description: 'Әкімдіктің жыл сайынғы конференциясы', kind: 'release' });
    expect(instantiate(saved)).toEqual(filled);
  });
});

describe('listUnfilledPlaceholders', () => {
  it('lists the paths and hints in reading order, down into fields and award rows', () => {
    const list = listUnfilledPlaceholders(template('award-ceremony.ru').body);
    expect(list.map((entry) => entry.hint)).toEqual([
      'чем наградили: медалями, грамотами, благодарственными письмами',
      'за что наградили',
      'Название награды',
      'ФИО награждённого',
      'Должность',
      'Номинация',
      'ФИО награждённого',
      'Должность',
      'Номинация',
    ]);
    expect(list[2]!.path).toEqual([2, 0, 1]);
    expect(list[3]!.path).toEqual([2, 1, 0, 1]);
  });

  it('blanks survive saving and reopening a release', () => {
    const release = instantiate(template('conference-write-up.kk'));
    const reopened = readDocumentText(writeDocumentText(release));
    expect(reopened.ok && listUnfilledPlaceholders(reopened.document.body)).toEqual(listUnfilledPlaceholders(release.body));
    expect(reopened.ok && reopened.document).toEqual(release);
  });

  it('finds none in a finished release', () => {
    expect(listUnfilledPlaceholders([{ type: 'paragraph', children: [{ text: 'Готово.' }] }])).toEqual([]);
  });
});

describe('variables', () => {
  it('substituteVariables prints every chip as its value and joins it to the text around it', () => {
    const release = instantiate(template('conference-write-up.ru'), {
      variables: { event: EVENT, organiser: 'Аппарат акима города Алматы' },
    });
    const printed = substituteVariables(release);
    expect(validateDocument(printed).ok).toBe(true);
    const lead = printed.body[2]!;
    expect(Node.string(lead)).toBe(`Конференция ${EVENT} собрала . . Организатор – Аппарат акима города Алматы.`);
    expect(lead.children[0]).toEqual({ text: `Конференция ${EVENT} собрала ` });
    // The dateline holds no chips: its words are the release's details.
    expect(printed.body[1]).toEqual({ type: 'dateline', children: [{ text: '' }] });
    expect(JSON.stringify(printed.body)).not.toContain('"variable"');
    // The document itself keeps its chips.
    expect(JSON.stringify(release.body)).toContain('"variable"');
  });

  it('an empty or unknown variable prints as its label in brackets, and marks stay apart', () => {
    const document: PressroomDocument = {
      ...template('quotes.en'),
      body: [
        {
          type: 'paragraph',
          children: [{ text: 'At ', bold: true }, { type: 'variable', name: 'missing', children: [{ text: '' }] }, { text: 'the forum', italic: true }],
        },
      ],
    };
    const printed = substituteVariables(document);
    expect(printed.body[0]!.children).toEqual([{ text: 'At ', bold: true }, { text: '[missing]' }, { text: 'the forum', italic: true }]);
    const release = instantiate(template('conference-write-up.kk'));
    expect(Node.string(substituteVariables(release).body[2]!)).toContain('[Іс-шараның атауы]');
  });

  it('setVariableValue changes one value, adds a missing one; labels, names and removal', () => {
    const variables = template('conference-write-up.en').metadata.variables;
    const changed = setVariableValue(variables, 'organiser', 'Astana City Akimat');
    expect(changed.find((variable) => variable.name === 'organiser')?.value).toBe('Astana City Akimat');
    expect(variables.find((variable) => variable.name === 'organiser')?.value).toBe('');
    const added = setVariableValue(changed, 'hall', 'Palace of Peace and Reconciliation', 'Venue');
    expect(added.at(-1)).toEqual({ name: 'hall', label: 'Venue', value: 'Palace of Peace and Reconciliation' });
    expect(variableLabel({ metadata: { ...template('quotes.en').metadata, variables: added } }, 'hall')).toBe('Venue');
    expect(newVariableName(added, 'Место проведения')).toBe('место-проведения');
    expect(newVariableName([{ name: 'venue', label: 'Venue', value: '' }], 'Venue')).toBe('venue-2');
    expect(removeVariable(added, 'hall')).toEqual(changed);
  });
});

describe('insertSection', () => {
  function releaseEditor(language: 'ru' | 'kk' | 'en') {
    const editor = createReleaseEditor({ language });
    editor.children = JSON.parse(JSON.stringify(instantiate(template(`conference-write-up.${language}`)).body)) as Descendant[];
    return editor;
  }

  it('adds an award ceremony after the block holding the cursor, as one undo step', () => {
    const editor = releaseEditor('kk');
    const before = editor.children.length;
    editor.select(Editor.start(editor, [2]));
    insertSection(editor, sectionBlocks(template('award-ceremony.kk')));
    expect(editor.children.length).toBe(before + 3);
    expect((editor.children[3] as { type: string }).type).toBe('section-heading');
    expect(Node.string(editor.children[3] as Node)).toBe('Марапаттау рәсімі');
    expect((editor.children[5] as { type: string }).type).toBe('award-ceremony');
    expect(editor.selection?.anchor.path[0]).toBe(3);
    HistoryEditor.undo(editor);
    expect(editor.children.length).toBe(before);
  });

  it('takes the place of an empty paragraph, and goes to the end without a cursor', () => {
    const editor = createReleaseEditor({ language: 'en' });
    editor.children = [
      { type: 'headline', children: [{ text: 'Forum opens in Astana' }] },
      { type: 'paragraph', children: [{ text: '' }] },
    ];
    editor.select(Editor.start(editor, [1]));
    insertSection(editor, sectionBlocks(template('quotes.en')));
    expect(editor.children.map((block) => (block as { type: string }).type)).toEqual(['headline', 'quote', 'quote']);
    editor.deselect();
    insertSection(editor, sectionBlocks(template('opening-speech.en')));
    expect(editor.children.map((block) => (block as { type: string }).type)).toEqual([
      'headline', 'quote', 'quote', 'section-heading', 'paragraph', 'quote', 'paragraph',
    ]);
    expect(validateDocument({ ...template('quotes.en'), template: undefined, body: editor.children }).ok).toBe(true);
  });
});
