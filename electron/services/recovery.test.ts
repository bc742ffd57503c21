import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../core/model/new-document';
import type { PressroomDocument } from '../../core/model/types';
import { nodeAtomicWriteFs, tempPathFor } from './atomic-write';
import { almatyRelease } from './fixtures/sample-release';
import { sha256Hex } from './file-stamp';
import { createRecoveryStore, decodeDraft, encodeDraft } from './recovery';

let userDataDir: string;
beforeEach(async () => {
  userDataDir = await mkdtemp(join(tmpdir(), 'pressroom-recovery-'));
});
afterEach(async () => {
  await rm(userDataDir, { recursive: true, force: true });
});

const at = (iso: string) => () => new Date(iso);

describe('the recovery store', () => {
  it('keeps a draft of a never-saved release and of a saved one, newest first', async () => {
    const first = createRecoveryStore(userDataDir, { now: at('2025-08-29T10:00:00.000Z') });
    await first.save({ draftId: 'unsaved-1', path: null, name: 'Без названия', documentText: JSON.stringify(almatyRelease()) });
    const second = createRecoveryStore(userDataDir, { now: at('2025-08-29T10:05:00.000Z') });
    await second.save({ draftId: 'file-2', path: '/docs/release.pressroom', name: 'release', documentText: JSON.stringify(createBlankDocument('kk')) });

    const drafts = await createRecoveryStore(userDataDir).list();
    expect(drafts).toEqual([
      { draftId: 'file-2', path: '/docs/release.pressroom', name: 'release', savedAt: '2025-08-29T10:05:00.000Z', document: createBlankDocument('kk') },
      { draftId: 'unsaved-1', path: null, name: 'Без названия', savedAt: '2025-08-29T10:00:00.000Z', document: almatyRelease() },
    ]);
  });

  it('a later autosave replaces the earlier one; discarding leaves nothing to recover', async () => {
    const store = createRecoveryStore(userDataDir);
    await store.save({ draftId: 'd1', path: null, name: 'a', documentText: JSON.stringify(createBlankDocument('ru')) });
    await store.save({ draftId: 'd1', path: null, name: 'a', documentText: JSON.stringify(almatyRelease()) });
    expect((await store.list()).map((draft) => draft.document)).toEqual([almatyRelease()]);
    await store.discard('d1');
    expect(await store.list()).toEqual([]);
    expect(await readdir(store.folder)).toEqual([]);
  });

  it('autosaves fired quickly one after another land in order', async () => {
    const store = createRecoveryStore(userDataDir);
    const versions = Array.from({ length: 8 }, (_, i) => almatyRelease([`Версия ${i}`]));
    await Promise.all(versions.map((document) => store.save({ draftId: 'd1', path: null, name: 'a', documentText: JSON.stringify(document) })));
    expect((await store.list())[0]?.document).toEqual(versions[7]);
  });

  it('refuses a document the schema rejects', async () => {
    const store = createRecoveryStore(userDataDir);
    const broken = { ...almatyRelease(), body: [{ type: 'iframe', children: [] }] } as unknown as PressroomDocument;
    expect(await store.save({ draftId: 'd1', path: null, name: 'a', documentText: JSON.stringify(broken) })).toMatchObject({ ok: false, refused: { reason: 'invalid' } });
    expect(await store.list()).toEqual([]);
  });

  it('a failed write leaves the previous draft', async () => {
    const store = createRecoveryStore(userDataDir);
    await store.save({ draftId: 'd1', path: null, name: 'a', documentText: JSON.stringify(almatyRelease()) });
    const full = createRecoveryStore(userDataDir, {
      fs: { ...nodeAtomicWriteFs, open: async () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })) },
    });
    expect(await full.save({ draftId: 'd1', path: null, name: 'a', documentText: JSON.stringify(createBlankDocument('en')) })).toMatchObject({ ok: false, error: { code: 'ENOSPC' } });
    expect((await store.list()).map((draft) => draft.document)).toEqual([almatyRelease()]);
  });

  describe('drafts that fail their own checks are discarded on listing', () => {
    const good = () => encodeDraft({ draftId: 'd1', path: null, name: 'Релиз', document: almatyRelease() }, new Date('2025-08-29T10:00:00Z'));
    const cases: [string, (text: string) => string][] = [
      ['cut short by a kill', (text) => text.slice(0, Math.floor(text.length / 2))],
      ['header only', (text) => text.slice(0, text.indexOf('\n') + 1)],
      ['a changed body (checksum fails)', (text) => text.replace('Алматы', 'Астана')],
      ['a garbled header', (text) => `{"format":"pressroom-draft"${text.slice(text.indexOf('\n'))}`],
      ['another draft’s header', (text) => text.replace('"draftId":"d1"', '"draftId":"d2"')],
      ['zero bytes', () => ''],
      ['zero-filled', (text) => '\0'.repeat(text.length)],
    ];
    for (const [label, damage] of cases) {
      it(label, async () => {
        const folder = join(userDataDir, 'recovery');
        await mkdir(folder, { recursive: true });
        await writeFile(join(folder, 'd1.json'), damage(good()));
        await writeFile(join(folder, 'ok.json'), encodeDraft({ draftId: 'ok', path: null, name: 'ok', document: createBlankDocument('ru') }));
        expect((await createRecoveryStore(userDataDir).list()).map((draft) => draft.draftId)).toEqual(['ok']);
        expect(await readdir(folder)).toEqual(['ok.json']);
      });
    }
    it('a draft written by a newer Pressroom is kept for it, not offered and not deleted', async () => {
      const folder = join(userDataDir, 'recovery');
      await mkdir(folder, { recursive: true });
      const newer = encodeDraft({ draftId: 'd9', path: null, name: 'x', document: almatyRelease() }).replace('"draftVersion":1', '"draftVersion":2');
      const body = JSON.stringify({ ...almatyRelease(), version: 99 });
      const header = { format: 'pressroom-draft', draftVersion: 1, draftId: 'd8', path: null, name: 'y', savedAt: new Date().toISOString(), bodyBytes: Buffer.byteLength(body), sha256: sha256Hex(body) };
      await writeFile(join(folder, 'd9.json'), newer);
      await writeFile(join(folder, 'd8.json'), `${JSON.stringify(header)}\n${body}`);
      expect(await createRecoveryStore(userDataDir).list()).toEqual([]);
      expect((await readdir(folder)).sort()).toEqual(['d8.json', 'd9.json']);
    });

    it('the intact encoding decodes', () => {
      expect(decodeDraft(good(), 'd1')).toMatchObject({ draftId: 'd1', name: 'Релиз', document: almatyRelease() });
    });
  });

  it('listing sweeps temp files orphaned by a kill', async () => {
    const store = createRecoveryStore(userDataDir);
    await store.save({ draftId: 'd1', path: null, name: 'a', documentText: JSON.stringify(almatyRelease()) });
    const orphan = tempPathFor(join(store.folder, 'd1.json'));
    await writeFile(orphan, (await readFile(join(store.folder, 'd1.json'), 'utf8')).slice(0, 100));
    const old = (Date.now() - 10 * 60_000) / 1000;
    await utimes(orphan, old, old);
    expect(await store.list()).toHaveLength(1);
    expect(await readdir(store.folder)).toEqual(['d1.json']);
  });
});

describe('discarded drafts ("Don’t save", kept for File ▸ Recover discarded…)', () => {
  const text = (document: PressroomDocument) => JSON.stringify(document);
  const kazakh = (): PressroomDocument => {
    const document = createBlankDocument('kk');
    return { ...document, body: [{ type: 'headline', children: [{ text: 'Астанада жастар форумы өтті' }] }, { type: 'paragraph', children: [{ text: 'Форумға үш жүз адам қатысты.' }] }] } as PressroomDocument;
  };

  it('keeps what was discarded with its headline, time and word count, removes the live draft, and opens it again', async () => {
    const store = createRecoveryStore(userDataDir, { now: at('2025-08-29T10:00:00.000Z') });
    await store.save({ draftId: 'd1', path: null, name: 'Конференция', documentText: text(almatyRelease()) });
    expect(await store.keepDiscarded({ draftId: 'd1', path: null, name: 'Конференция', documentText: text(almatyRelease()) })).toEqual({ ok: true });

    expect(await store.list()).toEqual([]);
    const later = createRecoveryStore(userDataDir, { now: at('2025-08-30T09:00:00.000Z') });
    const [kept, ...others] = await later.listDiscarded();
    expect(others).toEqual([]);
    expect(kept).toMatchObject({ path: null, name: 'Конференция', headline: 'В Алматы прошла конференция к 30-летию Конституции', discardedAt: '2025-08-29T10:00:00.000Z' });
    expect(kept?.words).toBeGreaterThan(300);
    expect(await later.openDiscarded(kept?.id ?? '')).toEqual({ draft: kept, document: almatyRelease() });
  });

  it('lists newest first, and forgets a discarded draft after seven days', async () => {
    await createRecoveryStore(userDataDir, { now: at('2025-08-20T10:00:00.000Z') }).keepDiscarded({ draftId: 'old', path: null, name: 'old', documentText: text(almatyRelease()) });
    await createRecoveryStore(userDataDir, { now: at('2025-08-25T10:00:00.000Z') }).keepDiscarded({ draftId: 'kk', path: '/docs/forum.pressroom', name: 'forum', documentText: text(kazakh()) });
    await createRecoveryStore(userDataDir, { now: at('2025-08-26T10:00:00.000Z') }).keepDiscarded({ draftId: 'ru', path: null, name: 'ru', documentText: text(almatyRelease()) });

    const listed = await createRecoveryStore(userDataDir, { now: at('2025-08-28T10:00:00.000Z') }).listDiscarded();
    expect(listed.map((draft) => [draft.name, draft.headline, draft.words])).toEqual([
      ['ru', 'В Алматы прошла конференция к 30-летию Конституции', listed[0]?.words],
      ['forum', 'Астанада жастар форумы өтті', 9],
    ]);
    expect(await readdir(join(userDataDir, 'recovery', 'discarded'))).toHaveLength(2);
    // A week after the Kazakh one, only the newest is left.
    expect((await createRecoveryStore(userDataDir, { now: at('2025-09-01T11:00:00.000Z') }).listDiscarded()).map((draft) => draft.name)).toEqual(['ru']);
  });

  it('keeps at most the newest N, and stops at the size cap (the newest always stays)', async () => {
    const limits = { keepDays: 7, maxCount: 3, maxBytes: 1_000_000 };
    for (let day = 1; day <= 5; day += 1) {
      const store = createRecoveryStore(userDataDir, { now: at(`2025-08-2${day}T10:00:00.000Z`), discardedLimits: limits });
      await store.keepDiscarded({ draftId: `d${day}`, path: null, name: `n${day}`, documentText: text(kazakh()) });
    }
    const now = at('2025-08-26T10:00:00.000Z');
    expect((await createRecoveryStore(userDataDir, { now, discardedLimits: limits }).listDiscarded()).map((draft) => draft.name)).toEqual(['n5', 'n4', 'n3']);
    const tight = { ...limits, maxBytes: 10 };
    expect((await createRecoveryStore(userDataDir, { now, discardedLimits: tight }).listDiscarded()).map((draft) => draft.name)).toEqual(['n5']);
  });

  it('refuses text that is not a release and keeps the live draft; a damaged discarded file is removed, not offered', async () => {
    const store = createRecoveryStore(userDataDir);
    await store.save({ draftId: 'd1', path: null, name: 'a', documentText: text(almatyRelease()) });
    const refused = await store.keepDiscarded({ draftId: 'd1', path: null, name: 'a', documentText: '{"format":"pressroom"' });
    expect(refused.ok).toBe(false);
    expect(await store.list()).toHaveLength(1);

    await store.keepDiscarded({ draftId: 'd1', path: null, name: 'a', documentText: text(almatyRelease()) });
    const folder = join(userDataDir, 'recovery', 'discarded');
    const [name = ''] = await readdir(folder);
    const [header, body = ''] = (await readFile(join(folder, name), 'utf8')).split(/(?<=^[^\n]*)\n/u);
    await writeFile(join(folder, name), `${header}\n${body.replace('Алматы', 'Астана')}`);
    expect(await store.openDiscarded(name.replace(/\.json$/u, ''))).toBeNull();
    await writeFile(join(folder, name), 'not a draft');
    expect(await store.listDiscarded()).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
  });
});
