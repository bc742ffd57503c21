import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentText } from '../model/document-file';
import type { PressroomDocument, ReleaseBlock } from '../model/types';
import { checkRelease, contactProblems, hasErrors } from './checklist';
import type { ChecklistRule } from './checklist';
import { findingText } from './finding-words';
import { DEFAULT_LIMITS, organisationSettingsOf } from './organisation';

const ROOT = join(import.meta.dirname, '..', '..');
function load(path: string): PressroomDocument {
  const read = readDocumentText(readFileSync(join(ROOT, path), 'utf8'));
  if (!read.ok) throw new Error(`${path}: ${read.problem.detail}`);
  return read.document;
}
const almaty = (): PressroomDocument => load('core/formats/fixtures/conference-almaty.ru.pressroom');
const rules = (document: PressroomDocument, options = {}): ChecklistRule[] => checkRelease(document, options).map((finding) => finding.rule);
const text = (value: string) => ({ text: value });
const withBody = (document: PressroomDocument, body: ReleaseBlock[]): PressroomDocument => ({ ...document, body });
const contact = (value: string): ReleaseBlock => ({ type: 'media-contact', children: [text(value)] });
const quote = (words: string, speaker: string): ReleaseBlock => ({
  type: 'quote',
  children: [
    { type: 'field', name: 'text', children: [text(words)] },
    { type: 'field', name: 'speaker', children: [text(speaker)] },
    { type: 'field', name: 'position', children: [text('')] },
    { type: 'field', name: 'verb', children: [text('заявил')] },
  ],
});

describe('the pre-publication checklist', () => {
  it('on the Almaty release: the two blanks left in its award table, its 91-character headline and the missing media contact', () => {
    const findings = checkRelease(almaty());
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.path])).toEqual([
      ['headline-long', 'warning', [0]],
      ['blank', 'error', [14, 1, 0, 1]],
      ['blank', 'error', [14, 1, 1, 1]],
      ['contact-missing', 'warning', [15]],
    ]);
    expect(findingText(findings[1]!, 'ru')).toBe('Не заполнен пропуск «ФИО награждённого»');
    expect(findingText(findings[0]!, 'kk')).toBe('Тақырып ұзын: 91 таңба, ақпарат агенттіктері 90 таңбаға дейін күтеді');
    expect(findingText(findings[3]!, 'en')).toBe('No media contact');
    expect(hasErrors(findings)).toBe(true);
  });

  it('finds every blank of the conference template (30 in Russian) and points at each', () => {
    const findings = checkRelease(load('templates/conference-write-up.ru.pressroom'));
    const blanks = findings.filter((finding) => finding.rule === 'blank');
    expect(blanks).toHaveLength(30);
    expect(blanks.map((finding) => finding.values.hint)).toContain('Прямая речь спикера');
    // The quote's text field of block 6 (index 5) holds its blank at child 1.
    expect(blanks.find((finding) => finding.values.hint === 'Прямая речь спикера')?.path).toEqual([5, 0, 1]);
    // The dateline's city and date are the details' now (one source), so the template has no variables for them.
    expect(findings.filter((finding) => finding.rule === 'variable-empty').map((finding) => finding.values.name)).toContain('Название мероприятия');
  });

  it('a section template needs no headline, dateline or contact of its own', () => {
    for (const file of readdirSync(join(ROOT, 'templates')).filter((name) => !name.startsWith('conference-write-up'))) {
      const found = rules(load(`templates/${file}`));
      expect(found, file).not.toContain('headline-missing');
      expect(found, file).not.toContain('contact-missing');
    }
  });

  it('a quote without its words or without its speaker is an error', () => {
    const release = almaty();
    const body = [...release.body.slice(0, -1), quote('', 'Ерлан Қосанов'), quote('Конституция – основа нашей государственности.', ''), ...release.body.slice(-1)];
    const found = checkRelease(withBody(release, body));
    expect(found.find((finding) => finding.rule === 'quote-no-text')?.path).toEqual([body.length - 3, 0]);
    expect(found.find((finding) => finding.rule === 'quote-no-speaker')?.path).toEqual([body.length - 2, 1]);
  });

  it('a release without a dateline, or with one missing its city or date', () => {
    const release = almaty();
    expect(rules(withBody(release, release.body.filter((block) => block.type !== 'dateline')))).toContain('dateline-missing');
    // The dateline is written from the release details' city and date (one source), so those are what is checked.
    expect(rules({ ...release, metadata: { ...release.metadata, city: '' } })).toContain('dateline-no-city');
    expect(rules({ ...release, metadata: { ...release.metadata, city: 'Алматы' } })).not.toContain('dateline-no-city');
    expect(rules({ ...release, metadata: { ...release.metadata, date: '' } })).toContain('dateline-no-date');
  });

  it('reads Kazakhstan phone numbers and e-mail addresses, and names those that do not parse', () => {
    expect(contactProblems('Пресс-служба акимата\n+7 727 271 66 50\npress@almaty.gov.kz')).toEqual({ phones: 1, emails: 1, badPhones: [], badEmails: [] });
    expect(contactProblems('8 (727) 271-66-50, +7 701 234 56 78').badPhones).toEqual([]);
    expect(contactProblems('тел.: +7 727 271 66').badPhones).toEqual(['+7 727 271 66']);
    expect(contactProblems('8 701 234 56 7').badPhones).toEqual(['8 701 234 56 7']);
    expect(contactProblems('+49 30 1234567').badPhones).toEqual([]);
    expect(contactProblems('press@almaty').badEmails).toEqual(['press@almaty']);
    expect(contactProblems('Дата: 29.08.2025').phones).toBe(0);

    const release = almaty();
    const body = (value: string) => [...release.body.slice(0, -1), contact(value), ...release.body.slice(-1)];
    expect(rules(withBody(release, body('Баспасөз қызметі\n+7 727 271 66 50\npress@almaty.gov.kz')))).not.toContain('contact-missing');
    const bad = checkRelease(withBody(release, body('Пресс-служба\nтел. +7 727 27 16\npress@almaty,gov.kz')));
    expect(bad.filter((finding) => finding.rule.startsWith('contact-')).map((finding) => [finding.rule, finding.values.text])).toEqual([
      ['contact-bad-phone', '+7 727 27 16'],
      ['contact-bad-email', 'press@almaty'],
    ]);
    expect(rules(withBody(release, body('Пресс-служба акимата')))).toContain('contact-no-phone-or-email');
  });

  it('headline, lead and total words are measured against the organisation’s limits, not constants', () => {
    const release = almaty();
    expect(rules(release, { limits: { ...DEFAULT_LIMITS, headlineMax: 100 } })).not.toContain('headline-long');
    expect(rules(release, { limits: { ...DEFAULT_LIMITS, headlineMin: 95, headlineMax: 120 } })).toContain('headline-short');
    const lead = checkRelease(release, { limits: { ...DEFAULT_LIMITS, leadWords: 10 } }).find((finding) => finding.rule === 'lead-long');
    expect(lead).toMatchObject({ path: [2], values: { limit: 10 } });
    const words = checkRelease(release, { limits: { ...DEFAULT_LIMITS, totalWords: 100 } }).find((finding) => finding.rule === 'words-over');
    expect(Number(words?.values.count)).toBeGreaterThan(100);
    expect(rules(release, { limits: { ...DEFAULT_LIMITS, totalWords: 5000 } })).not.toContain('words-over');
  });

  it('an award table with no recipient, a link other than http/https/mailto, straight quotes and a hyphen for a dash', () => {
    const release = almaty();
    const empty: ReleaseBlock = {
      type: 'award-ceremony',
      children: [{ type: 'field', name: 'award', children: [text('Благодарственное письмо акима')] }, { type: 'award-row', children: [{ type: 'field', name: 'recipient', children: [text('')] }, { type: 'field', name: 'position', children: [text('')] }, { type: 'field', name: 'nomination', children: [text('')] }] }],
    };
    const paragraph: ReleaseBlock = { type: 'paragraph', children: [text('Материалы - на сайте "Әділет", архив: ftp://archive.almaty.kz/2025')] };
    const found = checkRelease(withBody(release, [...release.body.slice(0, -1), empty, paragraph, ...release.body.slice(-1)]));
    const at = release.body.length - 1;
    expect(found.find((finding) => finding.rule === 'award-empty')?.path).toEqual([at]);
    expect(found.find((finding) => finding.rule === 'straight-quotes')?.path).toEqual([at + 1, 0]);
    expect(found.find((finding) => finding.rule === 'hyphen-as-dash')?.values.text).toContain('Материалы - на');
    expect(found.find((finding) => finding.rule === 'link-scheme')?.values.url).toBe('ftp://archive.almaty.kz/2025');
    // English is typed with its own marks: straight quotes there are not a Russian typography finding.
    const english = load('core/formats/fixtures/every-block.en.pressroom');
    expect(rules(withBody(english, [...english.body, { type: 'paragraph', children: [text('He said "yes" - twice.')] }]))).not.toContain('straight-quotes');
  });

  it('an approved release with errors, and a draft exported for publication', () => {
    const release = almaty();
    expect(rules({ ...release, metadata: { ...release.metadata, status: 'approved' } })).toContain('approved-with-errors');
    expect(rules({ ...release, metadata: { ...release.metadata, status: 'ready' } })).not.toContain('approved-with-errors');
    expect(rules(release, { purpose: 'export' })).toContain('draft-exported');
    expect(rules({ ...release, metadata: { ...release.metadata, status: 'approved' } }, { purpose: 'export' })).not.toContain('draft-exported');
  });

  it('reads the organisation’s settings, every bad value falling back to its default', () => {
    expect(organisationSettingsOf(undefined)).toMatchObject({ checklist: DEFAULT_LIMITS, houseStyle: { paragraphs: 'space-after' } });
    expect(organisationSettingsOf({ checklist: { totalWords: 400, leadWords: -3, headlineMin: 100, headlineMax: 80 }, houseStyle: { paragraphs: 'first-line-indent' } })).toMatchObject({
      checklist: { ...DEFAULT_LIMITS, totalWords: 400 },
      houseStyle: { paragraphs: 'first-line-indent' },
    });
  });
});
