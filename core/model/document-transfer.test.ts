import { describe, expect, it } from 'vitest';
import { fuzzRelease } from '../../test/fuzz/release-fixture';
import { readDocumentTransfer, writeDocumentText } from './document-file';
import { createDocumentTransfer } from './document-transfer';
import { createBlankDocument } from './new-document';
import type { PressroomDocument, ReleaseBlock } from './types';

/** A clock that moves one millisecond each time it is read: `warm` with budget n then stringifies n blocks. */
function steppingClock(): () => number {
  let now = 0;
  return () => now++;
}

describe('the save text of a release (document-transfer)', () => {
  it('is the release’s JSON, for a release with every block type and for a blank one', () => {
    const transfer = createDocumentTransfer();
    for (const release of [fuzzRelease(), createBlankDocument('kk')]) {
      const text = transfer.textOf(release);
      expect(text).toBe(JSON.stringify(release));
      expect(JSON.parse(text)).toEqual(release);
    }
  });

  it('follows a block the editor replaced, and metadata changed, on the next save', () => {
    const transfer = createDocumentTransfer();
    const release = fuzzRelease();
    transfer.textOf(release);
    const headline: ReleaseBlock = { type: 'headline', children: [{ text: 'Алматыда Конституцияның 30 жылдығына арналған конференция өтті' }] };
    const edited: PressroomDocument = { ...release, metadata: { ...release.metadata, title: 'Жаңа тақырып' }, body: [headline, ...release.body.slice(1)] };
    const text = transfer.textOf(edited);
    expect(text).toBe(JSON.stringify(edited));
    expect(text).toContain('Алматыда Конституцияның');
    expect(text).toContain('Жаңа тақырып');
    expect(text).not.toContain('В Алматы прошла конференция');
  });

  it('leaves out members that have no JSON form, as JSON.stringify does', () => {
    const release = { ...fuzzRelease(), template: undefined } as PressroomDocument;
    expect(createDocumentTransfer().textOf(release)).toBe(JSON.stringify(release));
  });

  it('is warmed a slice at a time, saying when every block is known', () => {
    const transfer = createDocumentTransfer();
    const release = fuzzRelease();
    const clock = steppingClock();
    const slices: boolean[] = [];
    for (let done = false; !done && slices.length < 100; ) {
      done = transfer.warm(release.body, 5, clock);
      slices.push(done);
    }
    // 13 blocks, 5 per slice: two slices stop short, the third finishes.
    expect(slices).toEqual([false, false, true]);
    expect(transfer.warm(release.body, 5, clock)).toBe(true);
    expect(transfer.textOf(release)).toBe(JSON.stringify(release));
  });
});

describe('reading the save text on the host', () => {
  it('gives back the release the renderer sent, which writes to the same file text', () => {
    const release = fuzzRelease();
    const read = readDocumentTransfer(createDocumentTransfer().textOf(release));
    if (!read.ok) expect.fail(read.problem.detail);
    expect(read.document).toEqual(release);
    expect(writeDocumentText(read.document)).toBe(writeDocumentText(release));
  });

  it.each([
    ['text cut short', JSON.stringify(fuzzRelease()).slice(0, 500), 'not-json'],
    ['an empty object', '{}', 'not-pressroom'],
    ['a JSON array', '[]', 'not-pressroom'],
    ['JSON null', 'null', 'not-pressroom'],
    ['another program’s JSON', JSON.stringify({ ...fuzzRelease(), format: 'other' }), 'not-pressroom'],
    ['an older version (the renderer only holds current releases)', JSON.stringify({ ...fuzzRelease(), version: 1 }), 'invalid'],
    ['a newer version', JSON.stringify({ ...fuzzRelease(), version: 99 }), 'invalid'],
    ['a script link the schema refuses', JSON.stringify({ ...fuzzRelease(), body: [{ type: 'headline', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'x' }] }] }] }), 'invalid'],
    ['an unknown block', JSON.stringify({ ...fuzzRelease(), body: [{ type: 'iframe', children: [] }] }), 'invalid'],
  ])('refuses %s', (_label, text, reason) => {
    const read = readDocumentTransfer(text);
    expect(read).toMatchObject({ ok: false, problem: { reason } });
  });
});
