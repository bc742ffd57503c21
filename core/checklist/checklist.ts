import { countText } from '../editing/count-words';
import type { Descendant } from 'slate';
import { misspellingsInRelease } from '../spelling/release-spelling';
import type { WordVerdict } from '../spelling/release-spelling';
import { safeUrl } from '../model/safe-url';
import type { FieldElement, FieldName, InlineNode, PressroomDocument, ReleaseBlock, ReleaseLanguage, ReleaseMetadata } from '../model/types';
import { blockTexts, contextOf, renderBlock, variableValue } from '../formats/release-content';
import { DEFAULT_LIMITS } from './organisation';
import type { ChecklistLimits } from './organisation';

/**
 * The pre-publication checklist: what a press officer checks before a release goes out, as findings the app
 * lists (renderer/checklist), the CLI prints (`pressroom check`) and exports ask about. Platform-free: a
 * release and the organisation's limits in, findings out. Words for each finding are in the catalogue
 * (core/i18n/catalogue/checklist.ts, `rules.<rule>`), filled with the finding's `values`.
 */

export type FindingSeverity = 'error' | 'warning';

/** Every kind of finding, with its severity. */
export const CHECKLIST_RULES = {
  /** A template's blank still in the text: «[ФИО спикера]» would be printed. */
  blank: 'error',
  /** A variable with no value: «[Город]» would be printed. */
  'variable-empty': 'error',
  'quote-no-text': 'error',
  'quote-no-speaker': 'error',
  'headline-missing': 'error',
  'headline-short': 'warning',
  'headline-long': 'warning',
  'dateline-missing': 'error',
  'dateline-no-city': 'error',
  'dateline-no-date': 'error',
  'contact-missing': 'warning',
  'contact-no-phone-or-email': 'warning',
  'contact-bad-phone': 'error',
  'contact-bad-email': 'error',
  'lead-long': 'warning',
  'words-over': 'warning',
  'award-empty': 'warning',
  'link-scheme': 'error',
  'straight-quotes': 'warning',
  'hyphen-as-dash': 'warning',
  /** The status says approved, yet errors remain. */
  'approved-with-errors': 'error',
  /** Exporting for publication a release whose status is still a draft. */
  'draft-exported': 'warning',
  /** A word the spell-checker (core/spelling) finds wrong, in the language it is checked in. */
  misspelled: 'warning',
} as const satisfies Record<string, FindingSeverity>;
export type ChecklistRule = keyof typeof CHECKLIST_RULES;

export interface ChecklistFinding {
  rule: ChecklistRule;
  severity: FindingSeverity;
  /**
   * Where to go in the app: a Slate path in the release body ([block], [block, field], [block, field, inline]…).
   * The app selects the node there; the CLI prints the block's number (path[0] + 1).
   */
  path: number[];
  /** What the words fill in: {{hint}}, {{text}}, {{count}}, {{limit}}… */
  values: Record<string, string | number>;
}

export interface CheckOptions {
  limits?: ChecklistLimits;
  /** 'export': the release is being exported for publication (a draft is then worth a warning). */
  purpose?: 'review' | 'export';
  /**
   * The spell-checker's verdict on a word (true right, false wrong, undefined not known yet): the CLI passes its
   * loaded speller, the app its worker's verdicts. Without it, spelling is not checked.
   */
  spelling?: WordVerdict;
}

type Push = (rule: ChecklistRule, path: number[], values?: Record<string, string | number>) => void;

/** Text of inline nodes as the reader gets it, with blanks left out (they are findings of their own). */
function filledText(nodes: readonly InlineNode[], metadata: ReleaseMetadata): string {
  let text = '';
  for (const node of nodes) {
    if (!('type' in node)) text += node.text;
    else if (node.type === 'link') text += node.children.map((child) => child.text).join('');
    else if (node.type === 'variable') {
      const variable = metadata.variables.find((candidate) => candidate.name === node.name);
      if (variable && variable.value !== '') text += variable.value;
    }
  }
  return text;
}

const fieldOf = (block: { children: readonly unknown[] }, name: FieldName): { field: FieldElement; index: number } | null => {
  const index = block.children.findIndex((child) => (child as FieldElement).type === 'field' && (child as FieldElement).name === name);
  return index < 0 ? null : { field: block.children[index] as FieldElement, index };
};

/**
 * Whether a run of text is written in Russian or Kazakh (its `lang` mark, else the release's), where the straight
 * quote and the hyphen for a dash are findings: a Kazakh quote in an English release is checked, an English one
 * in a Russian release is not.
 */
const setInGuillemets = (text: { lang?: ReleaseLanguage }, metadata: ReleaseMetadata): boolean => {
  const language = text.lang ?? metadata.language;
  return language === 'ru' || language === 'kk';
};

/** Blanks, empty variables, links and (ru/kk words) typography inside a run of inline nodes at `path`. */
function checkInlines(nodes: readonly InlineNode[], path: number[], metadata: ReleaseMetadata, typography: boolean, push: Push): void {
  nodes.forEach((node, index) => {
    const at = [...path, index];
    if (!('type' in node)) {
      if (typography && setInGuillemets(node, metadata)) checkTypography(node.text, at, push);
      return;
    }
    switch (node.type) {
      case 'placeholder':
        push('blank', at, { hint: node.hint });
        break;
      case 'variable': {
        const variable = metadata.variables.find((candidate) => candidate.name === node.name);
        if (!variable || variable.value === '') push('variable-empty', at, { name: variableValue(node.name, metadata).replace(/^\[|\]$/g, '') });
        break;
      }
      case 'link':
        if (!safeUrl(node.url)) push('link-scheme', at, { url: node.url.slice(0, 80) });
        if (typography) node.children.forEach((child, childIndex) => setInGuillemets(child, metadata) && checkTypography(child.text, [...at, childIndex], push));
        break;
    }
  });
}

/** A straight double quote, or a hyphen standing between spaces (or opening a line) where a dash belongs. */
function checkTypography(text: string, path: number[], push: Push): void {
  const quote = text.indexOf('"');
  if (quote >= 0) push('straight-quotes', path, { text: excerpt(text, quote) });
  const hyphen = /(?:^|[ \u00a0\n])-(?=[ \u00a0])/.exec(text);
  if (hyphen) push('hyphen-as-dash', path, { text: excerpt(text, hyphen.index) });
  // Links written as text with another scheme (ftp://, file://) are not links a reader can open.
  const scheme = /\b(?!https?:)([a-z][a-z0-9+.-]{1,15}):\/\/\S+/i.exec(text);
  if (scheme) push('link-scheme', path, { url: scheme[0].slice(0, 80) });
}

const excerpt = (text: string, at: number): string => {
  const start = Math.max(0, at - 20);
  const end = Math.min(text.length, at + 20);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`.replace(/\n/g, ' ');
};

// Kazakhstan's numbers: +7 7xx xxx xx xx or 8 7xx xxx xx xx (ten digits after the country code, the first a 7).
const KAZAKHSTAN_PHONE = /^(?:\+7|8)7\d{9}$/;
// Any other country's number in international form: + then 8 to 15 digits, not starting +7 7 (that is Kazakhstan's).
const INTERNATIONAL_PHONE = /^\+(?!77)[1-9]\d{7,14}$/;
/** Something written as a phone number: digits with spaces, brackets, dots or hyphens, at least 7 digits long. */
const PHONE_CANDIDATE = /(?:\+|\b)\d[\d \u00a0().-]{5,}\d/g;
const EMAIL_CANDIDATE = /[^\s<>«»()"“”',;:]+@[^\s<>«»()"“”',;:]*/gu;
const EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u;

/** Reads a contact's phone numbers and e-mail addresses; returns those that do not parse. */
export function contactProblems(text: string): { phones: number; emails: number; badPhones: string[]; badEmails: string[] } {
  const result = { phones: 0, emails: 0, badPhones: [] as string[], badEmails: [] as string[] };
  const withoutEmails = text.replace(EMAIL_CANDIDATE, (candidate) => {
    const email = candidate.replace(/[.]+$/, '');
    result.emails += 1;
    if (!EMAIL.test(email)) result.badEmails.push(email);
    return ' ';
  });
  for (const match of withoutEmails.matchAll(PHONE_CANDIDATE)) {
    const written = match[0].trim();
    const digits = written.replace(/[^\d+]/g, '');
    // Dates (29.08.2025) and years are not phone numbers.
    if (/^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(written) || digits.replace('+', '').length < 7) continue;
    result.phones += 1;
    if (!KAZAKHSTAN_PHONE.test(digits) && !INTERNATIONAL_PHONE.test(digits)) result.badPhones.push(written);
  }
  return result;
}

const wordsOf = (block: ReleaseBlock, metadata: ReleaseMetadata): number => {
  if (block.type === 'end-mark') return 0;
  return renderBlock(blockTexts, block, contextOf(metadata)).reduce((sum, text) => sum + countText(text).words, 0);
};

/** Every finding on the release, in the order of the body (release-wide ones last). */
export function checkRelease(document: PressroomDocument, options: CheckOptions = {}): ChecklistFinding[] {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const { metadata, body } = document;
  // Typography is checked in the fields where it belongs; which words, by their language (checkInlines).
  const typography = true;
  const findings: ChecklistFinding[] = [];
  const push: Push = (rule, path, values = {}) => findings.push({ rule, severity: CHECKLIST_RULES[rule], path, values });

  let headlines = 0;
  let datelines = 0;
  let contacts = 0;
  let words = 0;
  body.forEach((block, index) => {
    const at = [index];
    words += wordsOf(block, metadata);
    switch (block.type) {
      case 'headline': {
        headlines += 1;
        checkInlines(block.children, at, metadata, typography, push);
        const length = filledText(block.children, metadata).trim().length;
        const blanks = block.children.some((node) => 'type' in node && node.type === 'placeholder');
        if (length === 0 && !blanks) push('headline-missing', at);
        else if (!blanks && length < limits.headlineMin) push('headline-short', at, { count: length, limit: limits.headlineMin });
        else if (length > limits.headlineMax) push('headline-long', at, { count: length, limit: limits.headlineMax });
        break;
      }
      case 'dateline': {
        datelines += 1;
        const city = fieldOf(block, 'city');
        const date = fieldOf(block, 'date');
        for (const part of [city, date]) if (part) checkInlines(part.field.children, [index, part.index], metadata, false, push);
        const hasBlank = (part: typeof city) => !!part && part.field.children.some((node) => 'type' in node && node.type !== 'link');
        const cityText = (city ? filledText(city.field.children, metadata) : '').trim() || metadata.city.trim();
        const dateText = (date ? filledText(date.field.children, metadata) : '').trim() || metadata.date.trim();
        if (!cityText && !hasBlank(city)) push('dateline-no-city', city ? [index, city.index] : at);
        if (!dateText && !hasBlank(date)) push('dateline-no-date', date ? [index, date.index] : at);
        break;
      }
      case 'quote': {
        block.children.forEach((field, fieldIndex) => checkInlines(field.children, [index, fieldIndex], metadata, typography && field.name !== 'verb', push));
        for (const [name, rule] of [['text', 'quote-no-text'], ['speaker', 'quote-no-speaker']] as const) {
          const part = fieldOf(block, name);
          const empty = !part || (filledText(part.field.children, metadata).trim() === '' && !part.field.children.some((node) => 'type' in node && (node.type === 'placeholder' || node.type === 'variable')));
          if (empty) push(rule, part ? [index, part.index] : at);
        }
        break;
      }
      case 'lead': {
        checkInlines(block.children, at, metadata, typography, push);
        const count = countText(filledText(block.children, metadata)).words;
        if (count > limits.leadWords) push('lead-long', at, { count, limit: limits.leadWords });
        break;
      }
      case 'media-contact': {
        contacts += 1;
        checkInlines(block.children, at, metadata, false, push);
        const text = filledText(block.children, metadata);
        if (text.trim() === '') {
          if (!block.children.some((node) => 'type' in node)) push('contact-missing', at);
          break;
        }
        const problems = contactProblems(text);
        for (const phone of problems.badPhones) push('contact-bad-phone', at, { text: phone });
        for (const email of problems.badEmails) push('contact-bad-email', at, { text: email });
        const blanks = block.children.some((node) => 'type' in node && node.type !== 'link');
        if (problems.phones === 0 && problems.emails === 0 && !blanks) push('contact-no-phone-or-email', at);
        break;
      }
      case 'award-ceremony': {
        block.children.forEach((child, childIndex) => {
          if (child.type === 'field') checkInlines(child.children, [index, childIndex], metadata, typography, push);
          else child.children.forEach((field, fieldIndex) => checkInlines(field.children, [index, childIndex, fieldIndex], metadata, typography, push));
        });
        const filled = block.children.some((child) => child.type === 'award-row' && child.children.some((field) => field.children.some((node) => !('type' in node) ? node.text.trim() !== '' : true)));
        if (!filled) push('award-empty', at);
        break;
      }
      case 'bulleted-list':
      case 'numbered-list':
        block.children.forEach((item, itemIndex) => checkInlines(item.children, [index, itemIndex], metadata, typography, push));
        break;
      case 'end-mark':
        break;
      default:
        checkInlines(block.children, at, metadata, typography, push);
    }
  });

  const first = body.length > 0 ? [0] : [];
  // A section template (quotes, an award ceremony…) is inserted into a release: it needs no headline of its own.
  const whole = document.template?.kind !== 'section';
  if (whole && headlines === 0) push('headline-missing', first);
  if (whole && datelines === 0) push('dateline-missing', body.findIndex((block) => block.type === 'headline') >= 0 ? [body.findIndex((block) => block.type === 'headline')] : first);
  if (whole && contacts === 0) push('contact-missing', body.length > 0 ? [body.length - 1] : []);
  if (words > limits.totalWords) push('words-over', first, { count: words, limit: limits.totalWords });

  const status = metadata.status ?? 'draft';
  if (status === 'approved' && findings.some((finding) => finding.severity === 'error')) {
    push('approved-with-errors', first, { count: findings.filter((finding) => finding.severity === 'error').length });
  }
  if (options.purpose === 'export' && status === 'draft') push('draft-exported', first);
  if (options.spelling) {
    for (const found of misspellingsInRelease(body as unknown as Descendant[], metadata.language, options.spelling)) {
      push('misspelled', found.anchor.path, { word: found.word, language: found.language });
    }
  }
  return findings;
}

/** Whether any finding is an error (the CLI exits 1, export asks first). */
export const hasErrors = (findings: readonly ChecklistFinding[]): boolean => findings.some((finding) => finding.severity === 'error');
