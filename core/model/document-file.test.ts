import { describe, expect, it } from 'vitest';
import { readDocumentText, validateDocument, writeDocumentText } from './document-file';
import { createBlankDocument } from './new-document';
import { migrateToCurrent } from './migrations';
import { CURRENT_VERSION } from './types';
import type { PressroomDocument } from './types';
import { almatyMetadata } from '../../test/fixtures/almaty-metadata';

const field = (name: string, text: string) => ({ type: 'field', name, children: [{ text }] });

/** The opening of the Almaty constitution conference release (test/fixtures/conference-almaty-constitution.ru.txt), in its natural structure. */
const almatyRelease: PressroomDocument = {
  format: 'pressroom',
  version: CURRENT_VERSION,
  metadata: almatyMetadata(),
  body: [
    { type: 'headline', children: [{ text: 'В Алматы прошла конференция к 30-летию Конституции' }] },
    { type: 'dateline', children: [{ text: '' }] },
    {
      type: 'lead',
      children: [{ text: 'Мероприятие собрало руководство города, депутатов маслихата и активистов Ассамблеи народа Казахстана.' }],
    },
    {
      type: 'quote',
      children: [
        field('text', 'Как подчеркивает Глава государства, наша главная цель – построение Справедливого Казахстана'),
        field('speaker', 'Азамат Калдыбеков'),
        field('position', 'заместитель акима города Алматы'),
        field('verb', 'заявил'),
      ],
    } as PressroomDocument['body'][number],
    { type: 'paragraph', children: [{ text: 'Участники конференции ' }, { type: 'variable', name: 'event', children: [{ text: '' }] }, { text: ' обсудили правовую культуру.' }] },
    {
      type: 'award-ceremony',
      children: [
        field('award', '«Қазақстан Республикасының Конституциясына 30 жыл»'),
        { type: 'award-row', children: [field('recipient', 'Бексултан Сарсеков'), field('position', 'председатель президиума РОО «Совет генералов»'), field('nomination', 'За вклад в становление государственности')] },
      ],
    } as PressroomDocument['body'][number],
    { type: 'end-mark', children: [{ text: '' }] },
  ],
};

describe('reading a .pressroom file', () => {
  it('reads back exactly what was written, Kazakh letters and guillemets included', () => {
    const result = readDocumentText(writeDocumentText(almatyRelease));
    expect(result).toEqual({ ok: true, document: almatyRelease });
    expect(writeDocumentText(almatyRelease)).toContain('әділет пен тұрақтылықтың');
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(readDocumentText(`\uFEFF${writeDocumentText(almatyRelease)}`).ok).toBe(true);
  });

  it('says "not-json" for text that is not JSON', () => {
    const result = readDocumentText('{"format": "pressroom", "version": 2, "metadata": ');
    expect(result).toMatchObject({ ok: false, problem: { reason: 'not-json' } });
  });

  it('says "not-pressroom" for JSON of another kind', () => {
    expect(readDocumentText('{"name":"package"}')).toMatchObject({ ok: false, problem: { reason: 'not-pressroom' } });
    expect(readDocumentText('[1,2,3]')).toMatchObject({ ok: false, problem: { reason: 'not-pressroom' } });
    expect(readDocumentText('null')).toMatchObject({ ok: false, problem: { reason: 'not-pressroom' } });
  });

  it('says "newer-version" with the version for a file from a newer Pressroom', () => {
    const newer = { ...almatyRelease, version: CURRENT_VERSION + 1 };
    expect(readDocumentText(JSON.stringify(newer))).toMatchObject({ ok: false, problem: { reason: 'newer-version', version: CURRENT_VERSION + 1 } });
  });

  it('says "invalid" and where, for a file that fails the schema', () => {
    const broken = structuredClone(almatyRelease) as unknown as { body: { type: string }[] };
    broken.body[0]!.type = 'banner';
    const result = readDocumentText(JSON.stringify(broken));
    expect(result).toMatchObject({ ok: false, problem: { reason: 'invalid' } });
    if (!result.ok) expect(result.problem.detail).toMatch(/^body\.0/);
  });

  it('refuses javascript: and data: links, accepts https and mailto', () => {
    const withLink = (url: string) => ({
      ...almatyRelease,
      body: [{ type: 'paragraph', children: [{ text: 'см. ' }, { type: 'link', url, children: [{ text: 'сайт' }] }, { text: '' }] }],
    });
    expect(validateDocument(withLink('javascript:alert(1)')).ok).toBe(false);
    expect(validateDocument(withLink('JaVaScRiPt:alert(1)')).ok).toBe(false);
    expect(validateDocument(withLink('data:text/html,<script>alert(1)</script>')).ok).toBe(false);
    expect(validateDocument(withLink('https://almaty.gov.kz/')).ok).toBe(true);
    expect(validateDocument(withLink('mailto:press@almaty.gov.kz')).ok).toBe(true);
  });

  it('refuses a quote whose fields are missing or out of order', () => {
    const quote = structuredClone(almatyRelease) as unknown as { body: { children: unknown[] }[] };
    const fields = quote.body[3]!.children;
    [fields[0], fields[1]] = [fields[1], fields[0]];
    expect(validateDocument(quote).ok).toBe(false);
  });

  it('refuses unknown keys, so nothing unexpected is carried silently', () => {
    expect(validateDocument({ ...almatyRelease, script: 'x' }).ok).toBe(false);
  });
});

describe('migrations', () => {
  it('brings a version 1 file (metadata.lang, no variables) up to the current version', () => {
    const v1 = {
      format: 'pressroom',
      version: 1,
      metadata: { lang: 'kk', title: 'Конференция', city: 'Алматы', date: '2025-08-29', organisation: 'Әкімдік' },
      body: [{ type: 'headline', children: [{ text: 'Ата Заң – әділет пен тұрақтылықтың тірегі' }] }],
    };
    const result = readDocumentText(JSON.stringify(v1));
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (result.ok) {
      expect(result.document.version).toBe(CURRENT_VERSION);
      expect(result.document.metadata.language).toBe('kk');
      expect(result.document.metadata.variables).toEqual([]);
      expect(result.document.body).toEqual(v1.body);
    }
  });

  it('opens a version 2 release as the current version: no embargo, a draft; and keeps an embargo and status it is given', () => {
    const v2 = { ...almatyRelease, version: 2 };
    const result = readDocumentText(JSON.stringify(v2));
    expect(result).toMatchObject({ ok: true, migratedFrom: 2 });
    if (result.ok) {
      expect(result.document.version).toBe(CURRENT_VERSION);
      expect(result.document.metadata.publication).toBeUndefined();
      expect(result.document.metadata.status).toBeUndefined();
    }
    const embargoed = { ...almatyRelease, metadata: { ...almatyRelease.metadata, publication: { at: '2025-08-29T10:00', timeZone: 'Asia/Almaty' }, status: 'approved' } };
    const read = readDocumentText(writeDocumentText(embargoed as typeof almatyRelease));
    expect(read.ok && read.document.metadata).toMatchObject({ publication: { at: '2025-08-29T10:00', timeZone: 'Asia/Almaty' }, status: 'approved' });
  });

  it('refuses an embargo without a real time zone or in another form, and a status it does not know', () => {
    const withMetadata = (extra: object) => ({ ...almatyRelease, metadata: { ...almatyRelease.metadata, ...extra } });
    expect(validateDocument(withMetadata({ publication: { at: '2025-08-29T10:00', timeZone: 'Asia/Nowhere' } })).ok).toBe(false);
    expect(validateDocument(withMetadata({ publication: { at: '29.08.2025 10:00', timeZone: 'Asia/Almaty' } })).ok).toBe(false);
    expect(validateDocument(withMetadata({ status: 'published' })).ok).toBe(false);
  });

  const field = (name: string, children: unknown[]) => ({ type: 'field', name, children });
  const v2 = (metadata: Record<string, unknown>, dateline: unknown[]) => ({
    format: 'pressroom',
    version: 2,
    metadata: { language: 'ru', title: '', city: '', date: '', organisation: '', variables: [], ...metadata },
    body: [
      { type: 'headline', children: [{ text: 'Конституция – основа стабильности' }] },
      { type: 'dateline', children: dateline },
      { type: 'lead', children: [{ text: 'Конференция собрала юристов.' }] },
    ],
  });

  it('moves a version 2 dateline’s own city and date into the details, as its exports printed them', () => {
    // The release: details Астана / 2025-10-02, the dateline's fields typed over.
    const file = v2({ city: 'Астана', date: '2025-10-02' }, [field('city', [{ text: 'Алматы' }]), field('date', [{ text: '29 августа 2025 года' }])]);
    const result = readDocumentText(JSON.stringify(file));
    expect(result).toMatchObject({ ok: true, migratedFrom: 2 });
    if (!result.ok) return;
    expect(result.document.metadata).toMatchObject({ city: 'Алматы', date: '2025-08-29' });
    expect(result.document.body[1]).toEqual({ type: 'dateline', children: [{ text: '' }] });
    expect(result.document.body).toHaveLength(3);
  });

  it('keeps the details when the dateline’s fields were empty, and reads variable chips as their values', () => {
    const empty = readDocumentText(JSON.stringify(v2({ city: 'Астана', date: '2025-10-02' }, [field('city', [{ text: '' }]), field('date', [{ text: '' }])])));
    expect(empty.ok && empty.document.metadata).toMatchObject({ city: 'Астана', date: '2025-10-02' });
    const chips = v2(
      { variables: [{ name: 'city', label: 'Город', value: 'Шымкент' }, { name: 'date', label: 'Дата', value: '2025-03-05' }] },
      [field('city', [{ text: '' }, { type: 'variable', name: 'city', children: [{ text: '' }] }, { text: '' }]), field('date', [{ text: '' }, { type: 'variable', name: 'date', children: [{ text: '' }] }, { text: '' }])],
    );
    const read = readDocumentText(JSON.stringify(chips));
    expect(read.ok && read.document.metadata).toMatchObject({ city: 'Шымкент', date: '2025-03-05' });
  });

  it('keeps a written date it cannot read as a paragraph after the dateline, so no word is lost', () => {
    const read = readDocumentText(JSON.stringify(v2({ date: '2025-08-29' }, [field('city', [{ text: 'Алматы' }]), field('date', [{ text: '29–30 августа' }])])));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.document.metadata).toMatchObject({ city: 'Алматы', date: '2025-08-29' });
    expect(read.document.body[2]).toEqual({ type: 'paragraph', children: [{ text: '29–30 августа' }] });
  });

  it('refuses a version that is not a positive integer', () => {
    expect(migrateToCurrent({ version: '2' })).toMatchObject({ ok: false, reason: 'unknown-version' });
    expect(migrateToCurrent({ version: 0 })).toMatchObject({ ok: false, reason: 'unknown-version' });
  });
});

describe('a blank release', () => {
  it('is valid in every language', () => {
    for (const language of ['ru', 'kk', 'en'] as const) {
      expect(validateDocument(createBlankDocument(language)).ok).toBe(true);
    }
  });
});
