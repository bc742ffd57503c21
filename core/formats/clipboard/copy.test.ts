import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocumentText } from '../../model/document-file';
import type { ReleaseBlock } from '../../model/types';
import { copiedForOtherPrograms } from './copy';

const read = readDocumentText(readFileSync(join(import.meta.dirname, '../fixtures/conference-almaty.ru.pressroom'), 'utf8'));
if (!read.ok) throw new Error('the fixture does not read');
const release = read.document;
const byType = (type: string) => release.body.filter((block) => block.type === type);

describe('a copy for other programs (the Almaty release)', () => {
  it('writes a quote as the exports do, one paragraph, with none of the page’s labels or hints', () => {
    const quote = byType('quote')[0] as ReleaseBlock;
    const paragraph = byType('paragraph')[0] as ReleaseBlock;
    const { text, html } = copiedForOtherPrograms([paragraph, quote], release.metadata);
    // The dashes keep their no-break spaces (the release's typography); read here as spaces.
    const [first, second, ...rest] = text.replace(/\u00a0/gu, ' ').split('\n\n');
    expect(rest).toEqual([]);
    expect(first).toMatch(/^Заместитель акима города Алматы Азамат Калдыбеков .* страны\.$/u);
    expect(second).toMatch(/^– Как подчеркивает Глава государства, .* молодежные акции, – заявил Азамат Калдыбеков\.$/u);
    for (const label of ['Цитата', 'Спикер', 'Должность', 'Глагол']) {
      expect(text).not.toContain(label);
      expect(html).not.toContain(label);
    }
    expect(html).toMatch(/^<p>Заместитель акима/u);
    expect(html.replace(/\u00a0/gu, ' ')).toContain('<figure class="quote"><blockquote><p>– Как подчеркивает');
    expect(html).toContain('<cite>Азамат Калдыбеков</cite>');
  });

  it('writes the dateline from the details, an award ceremony one row a line, and the end mark', () => {
    const { text } = copiedForOtherPrograms([...byType('dateline'), ...byType('award-ceremony'), ...byType('end-mark')], release.metadata);
    const [dateline, award, end] = text.split('\n\n');
    expect(dateline).toBe('Алматы, 29 августа 2025 года');
    const [name, ...rows] = (award ?? '').split('\n');
    expect(name).toBe('Медаль «Қазақстан Республикасының Конституциясына 30 жыл»');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split('\t')).toHaveLength(3);
    expect(end).toBe('###');
  });

  it('writes a list one item a line, numbered as the page numbers it', () => {
    const list = { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'Әкімдік' }] }, { type: 'list-item', children: [{ text: 'Мәслихат' }] }] } as ReleaseBlock;
    expect(copiedForOtherPrograms([list], release.metadata).text).toBe('1. Әкімдік\n2. Мәслихат');
  });
});
