import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocumentText, validateDocument } from '../model/document-file';
import { ALL_PROFILES, profileOf } from '../languages/index';
import type { PressroomDocument, ReleaseLanguage } from '../model/types';
import { createBlankDocument } from '../model/new-document';
import { listUnfilledPlaceholders } from './placeholders';
import { countVariableUses } from './variables';

const folder = new URL('../../templates/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.pressroom'));
const TEMPLATE_IDS = ['conference-write-up', 'opening-speech', 'quotes', 'award-ceremony'];
/** The release languages Pressroom ships templates in. A new release language may start without any (docs/parts/languages.md). */
const SHIPPED: readonly ReleaseLanguage[] = ['ru', 'kk', 'en'];
/** The languages the templates folder holds templates in, by file name (conference-write-up.kk.pressroom → kk). */
const languagesWithTemplates = [...new Set(files.map((name) => name.split('.')[1] as ReleaseLanguage))];
const read = (name: string): PressroomDocument => {
  const result = readDocumentText(readFileSync(new URL(name, folder), 'utf8'));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problem)}`);
  return result.document;
};

/** Every visible word of a template: text, hints, labels, name and description. */
function allText(document: PressroomDocument): string {
  const parts: string[] = [document.template?.name ?? '', document.template?.description ?? ''];
  parts.push(...document.metadata.variables.map((variable) => variable.label));
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record.text === 'string') parts.push(record.text);
    if (typeof record.hint === 'string') parts.push(record.hint);
    if (Array.isArray(record.children)) record.children.forEach(visit);
  };
  document.body.forEach(visit);
  return parts.join('\n');
}

describe('built-in templates', () => {
  it('ships the conference write-up and its three sections in Russian, Kazakh and English, and all four in any language it has one in', () => {
    expect(languagesWithTemplates).toEqual(expect.arrayContaining([...SHIPPED]));
    const expected = TEMPLATE_IDS.flatMap((id) => languagesWithTemplates.map((language) => `${id}.${language}.pressroom`));
    expect(files.sort()).toEqual(expected.sort());
  });

  it.each(files)('%s is a valid .pressroom file in the language its name says, with a name and description', (name) => {
    const document = read(name);
    const language = name.split('.')[1];
    expect(document.metadata.language).toBe(language);
    expect(document.template?.name).toBeTruthy();
    expect(document.template?.description).toBeTruthy();
    expect(document.template?.kind).toBe(name.startsWith('conference-write-up') ? 'release' : 'section');
    expect(listUnfilledPlaceholders(document.body).length).toBeGreaterThan(2);
  });

  it.each(files)('%s follows its language’s typography', (name) => {
    const document = read(name);
    const text = allText(document);
    // No straight quotes or spaced hyphens anywhere.
    expect(text).not.toMatch(/["']/u);
    expect(text).not.toMatch(/ - /u);
    // None of another release language's quotes and dashes (en has no «»–, ru and kk no “”—) …
    const { typing, detection } = profileOf(document.metadata.language);
    const own = new Set([typing.quotes.open, typing.quotes.close, typing.dash]);
    for (const mark of ALL_PROFILES.flatMap((profile) => [profile.typing.quotes.open, profile.typing.quotes.close, profile.typing.dash])) {
      if (!own.has(mark)) expect(text).not.toContain(mark);
    }
    // … written in its script, with its own letters (Kazakh ә і ң ғ ү ұ қ ө һ).
    if (detection.script === 'latin') expect(text).not.toMatch(/[\u0400-\u04ff]/u);
    if (detection.script === 'cyrillic') expect(text).toMatch(/[а-яё]/iu);
    if (detection.ownLetters) expect(text).toMatch(new RegExp(`[${detection.ownLetters.letters}]`, 'u'));
  });

  it.each(languagesWithTemplates)('the %s conference write-up has every part of a real release', (language) => {
    const document = read(`conference-write-up.${language}.pressroom`);
    const types = document.body.map((block) => block.type);
    expect(types[0]).toBe('headline');
    expect(types[1]).toBe('dateline');
    expect(types[2]).toBe('lead');
    for (const type of ['section-heading', 'paragraph', 'quote', 'award-ceremony', 'boilerplate', 'media-contact'] as const) expect(types).toContain(type);
    expect(types.at(-1)).toBe('end-mark');
    expect(types.filter((type) => type === 'quote')).toHaveLength(2);
    // The event and organiser are variables, declared and used; the city and date are the release's details,
    // which the dateline shows (core/model/types.ts, DatelineElement).
    expect(document.metadata.variables.map((variable) => variable.name)).toEqual(['event', 'organiser']);
    // … labelled as the language's profile labels them (what the variables panel offers and exports print «[Город]»).
    for (const variable of document.metadata.variables) expect(variable.label).toBe(profileOf(language).variableLabels[variable.name as 'event']);
    const uses = countVariableUses(document.body);
    for (const name of ['event', 'organiser']) expect(uses.get(name)).toBeGreaterThan(0);
    expect(uses.get('event')).toBeGreaterThanOrEqual(2);
  });

  it('placeholder hints are written in the document’s language', () => {
    const hints = (name: string) => listUnfilledPlaceholders(read(name).body).map((entry) => entry.hint);
    expect(hints('conference-write-up.ru.pressroom')).toContain('ФИО спикера');
    expect(hints('conference-write-up.kk.pressroom')).toContain('Спикердің аты-жөні');
    expect(hints('conference-write-up.en.pressroom')).toContain('Speaker’s full name');
  });
});

describe('the optional template description in .pressroom files', () => {
  it('a release without it stays valid, and one with it is checked', () => {
    const blank = createBlankDocument('kk');
    expect(validateDocument(blank).ok).toBe(true);
    expect(validateDocument({ ...blank, template: { name: 'Менің үлгім', description: '', kind: 'release' } }).ok).toBe(true);
    expect(validateDocument({ ...blank, template: { name: '', description: '', kind: 'release' } }).ok).toBe(false);
    expect(validateDocument({ ...blank, template: { name: 'x', description: '', kind: 'letter' } }).ok).toBe(false);
    expect(validateDocument({ ...blank, template: { name: 'x', description: '', kind: 'release', extra: 1 } }).ok).toBe(false);
  });
});
