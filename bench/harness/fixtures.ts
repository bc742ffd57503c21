import { readFileSync } from 'node:fs';
import { CURRENT_VERSION, FORMAT_TAG } from '../../core/model/types';
import type { FieldElement, FieldName, FormattedText, PressroomDocument, ReleaseBlock } from '../../core/model/types';
import { writeDocumentText } from '../../core/model/document-file';
import { SAMPLE_PATH } from '../../test/fixtures/sample';

/**
 * Benchmark documents built from the real release in test/fixtures (a Russian conference press release):
 * its paragraphs, its quote with speaker and position, its award, in the release's natural structure.
 *
 * - `release40`: a realistic release of exactly 40 top-level blocks.
 * - `document1000`: 1,000 top-level blocks (the release's sections repeated under section headings).
 * - `bigRelease`: the same, grown until its .pressroom file is about 5 MB.
 *
 * Only text and marks inside blocks (no links, placeholders or variables), so the bare Slate peer can take the
 * very same nodes with a minimal renderElement.
 */

/** The sample the tests use too: one copy, in test/fixtures. */
export { SAMPLE_PATH };

export interface SampleText {
  lead: string;
  paragraphs: string[];
  quote: { text: string; speaker: string; position: string; verb: string };
}

/** The sample's paragraphs: the lead (first), the quote (the paragraph opening with a dash), the rest. */
export function readSample(path: URL | string = SAMPLE_PATH): SampleText {
  const raw = readFileSync(path, 'utf8');
  const blocks = raw
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0);
  // The file opens with a metadata line ("date 2025-08-29") glued to the lead.
  const lead = (blocks.shift() ?? '').replace(/^date \d{4}-\d{2}-\d{2}\s+/, '');
  const quoteIndex = blocks.findIndex((block) => /^[-–—]\s/.test(block));
  const quoteBlock = quoteIndex >= 0 ? (blocks.splice(quoteIndex, 1)[0] ?? '') : '';
  // "- Как подчеркивает…, наша главная цель – построение…, - заявил Азамат Калдыбеков.": the attribution is the
  // last ", – verb Name" (the quote itself may hold dashes).
  const quoteMatch = /^[-–—]\s+(.*),\s+[–—-]\s+(\S+)\s+(.+?)\.?$/.exec(quoteBlock);
  const quote = quoteMatch
    ? { text: quoteMatch[1] ?? '', verb: quoteMatch[2] ?? '', speaker: quoteMatch[3] ?? '', position: 'заместитель акима города Алматы' }
    : { text: quoteBlock, verb: 'заявил', speaker: 'Азамат Калдыбеков', position: 'заместитель акима города Алматы' };
  return { lead, paragraphs: blocks, quote };
}

const t = (text: string): FormattedText => ({ text });
const field = <N extends FieldName>(name: N, text: string): FieldElement<N> => ({ type: 'field', name, children: [t(text)] });

/** A paragraph with a bold name and an italic phrase now and then, as a press officer writes them. */
function paragraph(text: string, index: number): ReleaseBlock {
  if (index % 4 === 1) {
    const cut = text.indexOf(' ', 40);
    if (cut > 0) return { type: 'paragraph', children: [{ text: text.slice(0, cut), bold: true }, t(text.slice(cut))] };
  }
  if (index % 4 === 3) {
    const cut = text.indexOf(' ', Math.floor(text.length / 2));
    if (cut > 0) return { type: 'paragraph', children: [t(text.slice(0, cut)), { text: text.slice(cut), italic: true }] };
  }
  return { type: 'paragraph', children: [t(text)] };
}

const quote = (q: SampleText['quote']): ReleaseBlock => ({
  type: 'quote',
  children: [field('text', q.text), field('speaker', q.speaker), field('position', q.position), field('verb', q.verb)],
});

const SECOND_QUOTE = {
  text: 'Конституция закрепила институты, через которые граждане формируют выборные органы власти, в том числе маслихаты',
  speaker: 'Меиржан Отыншиев',
  position: 'председатель маслихата города Алматы',
  verb: 'отметил',
};

const award = (): ReleaseBlock => ({
  type: 'award-ceremony',
  children: [
    field('award', 'Медаль «Қазақстан Республикасының Конституциясына 30 жыл»'),
    { type: 'award-row', children: [field('recipient', 'Бексултан Сарсеков'), field('position', 'председатель президиума РОО «Совет генералов»'), field('nomination', 'за вклад в становление государственности')] },
    { type: 'award-row', children: [field('recipient', 'Азамат Калдыбеков'), field('position', 'заместитель акима города Алматы'), field('nomination', 'за укрепление независимости')] },
  ],
});

const list = (items: string[]): ReleaseBlock => ({ type: 'bulleted-list', children: items.map((item) => ({ type: 'list-item', children: [t(item)] })) });

const PROGRAMME = [
  'торжественный вынос флага с исполнением гимна',
  'театрализованные представления',
  'концерты звезд казахстанской эстрады',
];

const HEADINGS = ['Выступления', 'Конституционные реформы', 'Молодежь и право', 'Награждение', 'Программа праздника'];

/** The release's middle: sections with paragraphs, quotes, a list and an award, repeated as needed. */
function* middleBlocks(sample: SampleText): Generator<ReleaseBlock> {
  let n = 0;
  for (let round = 0; ; round += 1) {
    yield { type: 'section-heading', children: [t(`${HEADINGS[round % HEADINGS.length] ?? ''}${round >= HEADINGS.length ? ` (${round + 1})` : ''}`)] };
    for (const [i, text] of sample.paragraphs.entries()) {
      yield paragraph(text, n++);
      if (i === 1) yield quote(sample.quote);
      if (i === 5) yield quote(SECOND_QUOTE);
      if (i === 4) yield list(PROGRAMME);
      if (i === 8 && round % 2 === 0) yield award();
    }
  }
}

function opening(sample: SampleText): ReleaseBlock[] {
  return [
    { type: 'headline', children: [t('В Алматы прошла научно-практическая конференция «Конституция – әділет пен тұрақтылықтың тірегі»')] },
    { type: 'subheadline', children: [t('Участники обсудили роль Основного закона в развитии государства и общества')] },
    { type: 'dateline', children: [{ text: '' }] },
    { type: 'lead', children: [t(sample.lead)] },
  ];
}

const CLOSING: ReleaseBlock[] = [
  {
    type: 'boilerplate',
    children: [t('Об аппарате акима города Алматы. Аппарат акима обеспечивает деятельность акима города Алматы и реализацию государственной политики в мегаполисе.')],
  },
  { type: 'media-contact', children: [t('Пресс-служба акимата города Алматы\n+7 727 271 66 00\npress@almaty.gov.kz')] },
  { type: 'end-mark', children: [{ text: '' }] },
];

function documentOf(body: ReleaseBlock[], title: string): PressroomDocument {
  return {
    format: FORMAT_TAG,
    version: CURRENT_VERSION,
    metadata: { language: 'ru', title, city: 'Алматы', date: '2025-08-29', organisation: 'Акимат города Алматы', variables: [] },
    body,
  };
}

/** A release of exactly `blocks` top-level blocks: opening, sections, closing. */
export function releaseOfBlocks(blocks: number, sample: SampleText = readSample()): PressroomDocument {
  const head = opening(sample);
  const middleCount = blocks - head.length - CLOSING.length;
  if (middleCount < 1) throw new Error(`a release needs at least ${head.length + CLOSING.length + 1} blocks`);
  const middle: ReleaseBlock[] = [];
  for (const block of middleBlocks(sample)) {
    if (middle.length >= middleCount) break;
    middle.push(block);
  }
  return documentOf([...head, ...middle, ...CLOSING], `Конференция «Конституция» — ${blocks} блоков`);
}

/** A release whose .pressroom text is at least `bytes` long (UTF-8). */
export function releaseOfSize(bytes: number, sample: SampleText = readSample()): PressroomDocument {
  // Estimate from a 1,000-block document, then top up block by block.
  const probe = Buffer.byteLength(writeDocumentText(releaseOfBlocks(1000, sample)), 'utf8');
  let blocks = Math.ceil((bytes / probe) * 1000);
  let document = releaseOfBlocks(blocks, sample);
  while (Buffer.byteLength(writeDocumentText(document), 'utf8') < bytes) {
    blocks = Math.ceil(blocks * 1.02) + 1;
    document = releaseOfBlocks(blocks, sample);
  }
  document.metadata.title = `Конференция «Конституция» — ${blocks} блоков, ${(bytes / 1e6).toFixed(0)} МБ`;
  return document;
}

/** Top-level block count and the text's characters, for the tables. */
export function describe(document: PressroomDocument): { blocks: number; characters: number; bytes: number } {
  let characters = 0;
  const walk = (node: unknown): void => {
    if (node && typeof node === 'object') {
      const n = node as { text?: unknown; children?: unknown[] };
      if (typeof n.text === 'string') characters += n.text.length;
      n.children?.forEach(walk);
    }
  };
  document.body.forEach(walk);
  return { blocks: document.body.length, characters, bytes: Buffer.byteLength(writeDocumentText(document), 'utf8') };
}
