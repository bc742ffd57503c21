import type {
  AwardCeremonyElement,
  DatelineElement,
  FieldElement,
  FieldName,
  InlineNode,
  QuoteElement,
  ReleaseBlock,
  ReleaseBlockType,
  ReleaseLanguage,
  ReleaseMetadata,
} from '../model/types';
import { profileOf } from '../languages/index';
import type { LanguageProfile } from '../languages/index';
import { safeUrl } from '../model/safe-url';
import { formatDateline } from '../typography/dateline';
import type { DatelineSetting, DatelineSettings } from '../typography/dateline';
import { houseDash } from '../typography/house-dash';
import type { HouseDash } from '../typography/house-dash';
import { isKazakhLatin, kazakhLatinProfile, toKazakhLatin } from '../typography/kazakh-latin';
import { layoutQuote, quoteRuns } from '../typography/quote-layout';
import type { QuoteLayout } from '../typography/quote-layout';
import { runsText } from '../typography/styled-run';
import type { StyledRun } from '../typography/styled-run';

/**
 * What the three formatters share: a release's blocks read as styled runs (placeholders shown as their hint in
 * brackets, variables as their value), and the dispatch by block type that makes every formatter total.
 */

export interface FormatContext {
  metadata: ReleaseMetadata;
  language: ReleaseLanguage;
  /** The release language's profile: award column words, language tags (core/languages). */
  profile: LanguageProfile;
  /** The organisation's dateline for the release's language (style, agency line); standard when absent. */
  dateline?: DatelineSetting;
  /** The organisation's house dash when it is not the language's own (the quote's dashes). */
  dash?: HouseDash;
}

/**
 * One handler per block type. Typed as a mapped type, so a formatter that misses a block type does not compile.
 */
export type BlockHandlers<Result, Context = FormatContext> = {
  [K in ReleaseBlockType]: (block: Extract<ReleaseBlock, { type: K }>, context: Context) => Result;
};

/** Calls the block's handler; a node of a type no handler knows throws (as unified's handlers do). */
export function renderBlock<Result, Context>(handlers: BlockHandlers<Result, Context>, block: ReleaseBlock, context: Context): Result {
  const type = (block as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) {
    throw new Error(`Cannot export a block of unknown type ${JSON.stringify(type)}`);
  }
  const handler = handlers[type as ReleaseBlockType] as (block: ReleaseBlock, context: Context) => Result;
  return handler(block, context);
}

/** What a placeholder prints as: its hint in square brackets, e.g. «[ФИО спикера]». */
export const placeholderText = (hint: string): string => `[${hint}]`;

export function variableValue(name: string, metadata: ReleaseMetadata): string {
  const variable = metadata.variables.find((candidate) => candidate.name === name);
  return variable && variable.value !== '' ? variable.value : placeholderText(variable?.label || name);
}

/** Flattens inline nodes into runs. Unknown inline nodes throw. */
export function inlineRuns(nodes: readonly InlineNode[], metadata: ReleaseMetadata): StyledRun[] {
  const runs: StyledRun[] = [];
  for (const node of nodes) {
    if (!('type' in node)) {
      if (typeof node.text !== 'string') throw new Error('Cannot export a text node without text');
      if (node.text === '') continue;
      runs.push({ text: node.text, ...(node.bold ? { bold: true } : {}), ...(node.italic ? { italic: true } : {}), ...(node.lang ? { lang: node.lang } : {}) });
      continue;
    }
    switch (node.type) {
      case 'link': {
        const url = safeUrl(node.url);
        for (const child of node.children) {
          if (child.text === '') continue;
          runs.push({ text: child.text, ...(child.bold ? { bold: true } : {}), ...(child.italic ? { italic: true } : {}), ...(url ? { url } : {}), ...(child.lang ? { lang: child.lang } : {}) });
        }
        break;
      }
      case 'placeholder':
        runs.push({ text: placeholderText(node.hint) });
        break;
      case 'variable':
        runs.push({ text: variableValue(node.name, metadata) });
        break;
      default:
        throw new Error(`Cannot export an inline node of unknown type ${JSON.stringify((node as { type: unknown }).type)}`);
    }
  }
  return runs;
}

type FieldBlock = { children: readonly (FieldElement | { type: string; children: unknown })[] };

/** The runs of a named field of a dateline, quote or award block. */
export function fieldRuns(block: FieldBlock, name: FieldName, metadata: ReleaseMetadata): StyledRun[] {
  const field = block.children.find((child): child is FieldElement => child.type === 'field' && (child as FieldElement).name === name);
  return field ? inlineRuns(field.children, metadata) : [];
}

/**
 * The dateline as every export prints it and the page shows it: the release's city and date (its details) in
 * the release's language and the organisation's dateline style. The block itself holds no words.
 */
export function datelineText(_block: DatelineElement, context: FormatContext): string {
  const written = formatDateline(context.metadata.city, context.metadata.date, context.language, context.dateline?.style, context.dateline?.agency);
  // A Kazakh release exported in Latin script: the profile's month names too.
  return isKazakhLatin(context.metadata) ? toKazakhLatin(written) : written;
}

/** The ISO date of a dateline, when it has one (for <time datetime> and JSON-LD). */
export function datelineIsoDate(_block: DatelineElement, context: FormatContext): string | null {
  const { date } = context.metadata;
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

export function quoteLayoutOf(block: QuoteElement, context: FormatContext): QuoteLayout {
  const { metadata } = context;
  return layoutQuote(
    {
      text: fieldRuns(block, 'text', metadata),
      speaker: fieldRuns(block, 'speaker', metadata),
      position: fieldRuns(block, 'position', metadata),
      verb: fieldRuns(block, 'verb', metadata),
    },
    context.language,
    context.dash ? houseDash(context.language, context.dash) : undefined,
  );
}

export interface AwardRowRuns {
  recipient: StyledRun[];
  position: StyledRun[];
  nomination: StyledRun[];
}

export function awardRows(block: AwardCeremonyElement, context: FormatContext): { award: StyledRun[]; rows: AwardRowRuns[] } {
  const { metadata } = context;
  const rows: AwardRowRuns[] = [];
  for (const child of block.children) {
    if (child.type !== 'award-row') continue;
    rows.push({
      recipient: fieldRuns(child, 'recipient', metadata),
      position: fieldRuns(child, 'position', metadata),
      nomination: fieldRuns(child, 'nomination', metadata),
    });
  }
  return { award: fieldRuns(block, 'award', metadata), rows };
}

export const END_MARK = '###';

/**
 * The text of each block as every format must carry it (one string per paragraph-like unit: a list gives one per
 * item, an award ceremony its name then each row's cells). The reader tests compare exports against this.
 */
export const blockTexts: BlockHandlers<string[]> = {
  headline: (block, context) => [runsText(inlineRuns(block.children, context.metadata))],
  subheadline: (block, context) => [runsText(inlineRuns(block.children, context.metadata))],
  dateline: (block, context) => [datelineText(block, context)],
  lead: (block, context) => [runsText(inlineRuns(block.children, context.metadata))],
  paragraph: (block, context) => [runsText(inlineRuns(block.children, context.metadata))],
  'section-heading': (block, context) => [runsText(inlineRuns(block.children, context.metadata))],
  quote: (block, context) => [runsText(quoteRuns(quoteLayoutOf(block, context)))],
  'bulleted-list': (block, context) => block.children.map((item) => runsText(inlineRuns(item.children, context.metadata))),
  'numbered-list': (block, context) => block.children.map((item) => runsText(inlineRuns(item.children, context.metadata))),
  boilerplate: (block, context) => [runsText(inlineRuns(block.children, context.metadata))],
  'media-contact': (block, context) => [runsText(inlineRuns(block.children, context.metadata))],
  'end-mark': () => [END_MARK],
  'award-ceremony': (block, context) => {
    // An award table of no one is left out of every export.
    if (!hasAwardRecipients(block, context)) return [];
    const { award, rows } = awardRows(block, context);
    return [runsText(award), ...rows.flatMap((row) => [runsText(row.recipient), runsText(row.position), runsText(row.nomination)])];
  },
};

/** What every formatter takes beside the release: the organisation's datelines (settings), one per release language. */
export interface FormatOptions {
  datelines?: DatelineSettings;
  /** The organisation's house dash (none: the language's own). */
  dash?: HouseDash;
}

export function contextOf(metadata: ReleaseMetadata, options: FormatOptions = {}): FormatContext {
  const profile = isKazakhLatin(metadata) ? kazakhLatinProfile(profileOf(metadata.language)) : profileOf(metadata.language);
  const dateline = options.datelines?.[metadata.language];
  return { metadata, language: metadata.language, profile, ...(dateline ? { dateline } : {}), ...(options.dash ? { dash: options.dash } : {}) };
}

/** The headline's text, else the title in the release details (HTML <title>, JSON-LD headline, Word's title). */
export function releaseTitle(blocks: readonly ReleaseBlock[], context: FormatContext): string {
  const headline = blocks.find((block) => block.type === 'headline');
  const text = headline ? runsText(inlineRuns(headline.children, context.metadata)).replace(/\s+/g, ' ').trim() : '';
  return text || context.metadata.title.trim();
}

/** Whether an award ceremony names anyone: a table of no one is left out of the exports. */
export function hasAwardRecipients(block: AwardCeremonyElement, context: FormatContext): boolean {
  return awardRows(block, context).rows.some((row) => runsText([...row.recipient, ...row.position, ...row.nomination]).trim() !== '');
}
