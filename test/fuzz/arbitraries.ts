import fc from 'fast-check';
import { RELEASE_BLOCK_TYPES, TEXT_BLOCK_TYPES } from '../../core/model/block-specs';
import type { TextBlockType } from '../../core/model/block-specs';
import type { FieldElement, FieldName, FormattedText, InlineNode, ListItemElement, ReleaseBlock } from '../../core/model/types';

/**
 * fast-check generators for the fuzzers: text that press officers really type (Kazakh and Russian letters,
 * «», –, —, emoji, right-to-left marks, soft breaks) plus the characters that break naive code
 * (Markdown and HTML metacharacters, lone surrogates, control characters), and release blocks.
 */

/** Pieces of text, some single characters, some whole words; joined at random. */
export const TEXT_PIECES = [
  'ә', 'і', 'ң', 'ғ', 'ү', 'ұ', 'қ', 'ө', 'һ', 'Ә', 'І', 'Ң', 'Ғ', 'Ү', 'Ұ', 'Қ', 'Ө', 'Һ',
  'ж', 'Ё', 'щ', 'ы', 'a', 'Z', ' ', ' ', '\u00A0', '\n',
  '«', '»', '–', '—', '“', '”', '„', '…',
  '👍🏽', '🇰🇿', '👩‍👩‍👧', '\u200F', '\u200E', '\u202E', 'مرحبا', 'שלום',
  '*', '_', '#', '[', ']', '(', ')', '`', '<', '>', '&', '\\', '|', '~', '-', '+', '1.',
  '<script>alert(1)</script>', '&amp;', '{{x}}', '\u0000', '\u0007', '\uD83D', '\uDC4D', '\uFEFF',
  'Алматы', 'тұрақтылықтың', 'Справедливого Казахстана', 'әділет', 'said', '30-летию',
] as const;

export const textArb = fc
  .array(fc.constantFrom(...TEXT_PIECES), { minLength: 0, maxLength: 6 })
  .map((pieces) => pieces.join(''));

export const nonEmptyTextArb = fc
  .array(fc.constantFrom(...TEXT_PIECES), { minLength: 1, maxLength: 6 })
  .map((pieces) => pieces.join(''));

const formattedTextArb: fc.Arbitrary<FormattedText> = fc
  .record({ text: textArb, bold: fc.boolean(), italic: fc.boolean() })
  .map(({ text, bold, italic }) => ({ text, ...(bold ? { bold: true as const } : {}), ...(italic ? { italic: true as const } : {}) }));

export const safeUrlArb = fc.constantFrom(
  'https://almaty.gov.kz/ru/news',
  'http://example.kz/?q=«әділет»',
  'mailto:press@almaty.gov.kz',
  'https://example.com/a_(b)*c',
);

const inlineElementArb: fc.Arbitrary<InlineNode> = fc.oneof(
  fc.record({ url: safeUrlArb, text: nonEmptyTextArb }).map(({ url, text }) => ({ type: 'link' as const, url, children: [{ text }] })),
  fc.constantFrom('ФИО спикера', 'Қала', 'Speaker’s name').map((hint) => ({ type: 'placeholder' as const, hint, children: [{ text: '' }] as [{ text: '' }] })),
  fc.constantFrom('event', 'city', 'date', 'organiser').map((name) => ({ type: 'variable' as const, name, children: [{ text: '' }] as [{ text: '' }] })),
);

/** Inline content in Slate's canonical shape: texts around every inline element. */
export const inlinesArb: fc.Arbitrary<InlineNode[]> = fc
  .array(fc.tuple(formattedTextArb, fc.option(inlineElementArb, { nil: undefined })), { minLength: 1, maxLength: 4 })
  .map((pairs) => {
    const out: InlineNode[] = [];
    for (const [text, inline] of pairs) {
      out.push(text);
      if (inline) out.push(inline, { text: '' });
    }
    return out;
  });

const fieldArb = <N extends FieldName>(name: N): fc.Arbitrary<FieldElement<N>> => inlinesArb.map((children) => ({ type: 'field', name, children }));
const listItemArb: fc.Arbitrary<ListItemElement> = inlinesArb.map((children) => ({ type: 'list-item', children }));

const isTextBlock = (type: string): type is TextBlockType => (TEXT_BLOCK_TYPES as readonly string[]).includes(type);

/** Any valid release block. */
export const blockArb: fc.Arbitrary<ReleaseBlock> = fc.constantFrom(...RELEASE_BLOCK_TYPES).chain((type): fc.Arbitrary<ReleaseBlock> => {
  if (isTextBlock(type)) return inlinesArb.map((children) => ({ type, children }));
  switch (type) {
    case 'dateline':
      return fc.constant({ type, children: [{ text: '' as const }] as [{ text: '' }] });
    case 'quote':
      return fc.tuple(fieldArb('text'), fieldArb('speaker'), fieldArb('position'), fieldArb('verb')).map((children) => ({ type, children }));
    case 'bulleted-list':
    case 'numbered-list':
      return fc.array(listItemArb, { minLength: 1, maxLength: 3 }).map((children) => ({ type, children }));
    case 'end-mark':
      return fc.constant({ type, children: [{ text: '' }] as [{ text: '' }] });
    case 'award-ceremony':
      return fc
        .tuple(fieldArb('award'), fc.array(fc.tuple(fieldArb('recipient'), fieldArb('position'), fieldArb('nomination')), { maxLength: 2 }))
        .map(([award, rows]) => ({ type, children: [award, ...rows.map((children) => ({ type: 'award-row' as const, children }))] }));
  }
});

/**
 * Nodes a paste may carry that are not valid top-level blocks: a bare field, a list item, an award row,
 * a link or text at block level, a block with no children, an unknown type. The editor must repair or drop them.
 */
export const strayNodeArb: fc.Arbitrary<unknown> = fc.oneof(
  fieldArb('speaker'),
  listItemArb,
  fc.tuple(fieldArb('recipient'), fieldArb('position'), fieldArb('nomination')).map((children) => ({ type: 'award-row', children })),
  fc.record({ url: safeUrlArb, text: nonEmptyTextArb }).map(({ url, text }) => ({ type: 'link', url, children: [{ text }] })),
  fc.constant({ type: 'paragraph', children: [] }),
  fc.constant({ type: 'quote', children: [{ text: 'цитата без полей' }] }),
  fc.constant({ type: 'dateline', children: [{ type: 'field', name: 'date', children: [{ text: '1 мая' }] }] }),
  fc.constant({ type: 'marquee', children: [{ text: 'unknown block' }] }),
  fc.constant({ type: 'bulleted-list', children: [{ type: 'paragraph', children: [{ text: 'пункт' }] }] }),
);

/** One step a user (or a plugin) might take. Indices are resolved against the editor's current value. */
export type Edit =
  | { kind: 'select'; anchor: number; focus: number }
  | { kind: 'insertText'; at: number; text: string }
  | { kind: 'insertBreak'; at: number }
  | { kind: 'insertSoftBreak'; at: number }
  | { kind: 'splitNodes'; at: number; always: boolean }
  | { kind: 'mergeNodes'; node: number }
  | { kind: 'moveNodes'; node: number; to: number }
  | { kind: 'removeNodes'; node: number }
  | { kind: 'insertNodes'; index: number; block: ReleaseBlock }
  | { kind: 'insertStrayNodes'; at: number; node: unknown }
  | { kind: 'setBlockType'; block: number; type: (typeof RELEASE_BLOCK_TYPES)[number] }
  | { kind: 'insertFragment'; at: number; blocks: ReleaseBlock[] }
  | { kind: 'copyPaste'; from: number; to: number; at: number }
  | { kind: 'pasteHtml'; at: number; html: string }
  | { kind: 'deleteBackward'; at: number; unit: 'character' | 'word' | 'line' | 'block' }
  | { kind: 'deleteForward'; at: number; unit: 'character' | 'word' | 'line' | 'block' }
  | { kind: 'deleteRange'; anchor: number; focus: number }
  | { kind: 'toggleMark'; anchor: number; focus: number; mark: 'bold' | 'italic' }
  | { kind: 'wrapLink'; anchor: number; focus: number; url: string }
  | { kind: 'undo' }
  | { kind: 'redo' };

const pos = fc.nat({ max: 100_000 });
const deleteUnit = fc.constantFrom('character' as const, 'word' as const, 'line' as const, 'block' as const);

/** Random HTML fragments, hostile and ordinary, for paste. */
export const htmlArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      nonEmptyTextArb.map((t) => `<p>${t.replace(/</g, '&lt;')}</p>`),
      fc.constantFrom(
        '<h1>Заголовок</h1>', '<h2>Бөлім</h2>', '<ul><li>бір</li><li>екі</li></ul>', '<ol><li>one</li></ol>',
        '<blockquote><p>– Цитата, – заявил Азамат Калдыбеков.</p></blockquote>', '<p><b>жирный</b> <i>курсив</i></p>',
        '<p><a href="https://example.kz">сілтеме</a></p>', '<p><a href="javascript:alert(1)">x</a></p>',
        '<img src=x onerror=alert(1)>', '<script>window.__pwned=true</script>', '<svg><script>alert(1)</script></svg>',
        '<p style="display:none">hidden</p>', '<table><tr><td>ячейка</td></tr></table>', '<br>', '<p></p>',
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', '<div><div><p>глубоко</p></div></div>',
        '<p>a<br>b</p>', '<pre>код</pre>', '<span>текст</span>', '<!-- comment -->', '<p>&lt;script&gt;</p>',
      ),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(''));

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('select' as const), anchor: pos, focus: pos }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insertText' as const), at: pos, text: nonEmptyTextArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('insertBreak' as const), at: pos }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insertSoftBreak' as const), at: pos }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('splitNodes' as const), at: pos, always: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('mergeNodes' as const), node: pos }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('moveNodes' as const), node: pos, to: pos }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('removeNodes' as const), node: pos }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('insertNodes' as const), index: pos, block: blockArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insertStrayNodes' as const), at: pos, node: strayNodeArb }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('setBlockType' as const), block: pos, type: fc.constantFrom(...RELEASE_BLOCK_TYPES) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('insertFragment' as const), at: pos, blocks: fc.array(blockArb, { minLength: 1, maxLength: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('copyPaste' as const), from: pos, to: pos, at: pos }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pasteHtml' as const), at: pos, html: htmlArb }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('deleteBackward' as const), at: pos, unit: deleteUnit }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteForward' as const), at: pos, unit: deleteUnit }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteRange' as const), anchor: pos, focus: pos }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('toggleMark' as const), anchor: pos, focus: pos, mark: fc.constantFrom('bold' as const, 'italic' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wrapLink' as const), anchor: pos, focus: pos, url: fc.oneof(safeUrlArb, fc.constant('javascript:alert(1)')) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
);
