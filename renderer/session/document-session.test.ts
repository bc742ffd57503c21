import { Editor, Node, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../core/api';
import { createReleaseEditor } from '../../core/editing/create-release-editor';
import { plainTextToDocument } from '../../core/formats/text-import';
import { createDocumentTransfer } from '../../core/model/document-transfer';
import { createBlankDocument } from '../../core/model/new-document';
import type { PressroomDocument, ReleaseBlock } from '../../core/model/types';
import { almatyMetadata } from '../../test/fixtures/almaty-metadata';
import { sampleText } from '../../test/fixtures/sample';
import { AUTOSAVE_DELAY_MS, createDocumentSession, DISK_CHECK_INTERVAL_MS, NOTICE_MS, SETTLE_DELAY_MS } from './document-session';
import type { DocumentSession } from './document-session';
import type { Publishing } from './ports';
import { FakeHost, FakeTime, FakeUser, gate, settle } from './testing/fake-host';

/**
 * The document session against a fake host (files, drafts and the host's dialogs in memory), a scripted user and
 * a clock the test moves: what a press officer sees happen to the release on save, autosave, close, recovery,
 * open and when another program changes the file.
 */

const FILE = '/home/press/Конференция.pressroom';
/** The real Almaty release (test/fixtures): its text as Open reads it from the plain-text file, under a headline. */
const almaty = (): PressroomDocument => {
  const document = plainTextToDocument(sampleText());
  const headline: ReleaseBlock = { type: 'headline', children: [{ text: 'В Алматы прошла конференция к 30-летию Конституции' }] };
  return { ...document, metadata: almatyMetadata(), body: [headline, ...document.body] };
};

function setUp(options: { drafts?: Draft[]; publishing?: Publishing; saveText?: ReturnType<typeof createDocumentTransfer> } = {}) {
  const host = new FakeHost();
  for (const draft of options.drafts ?? []) host.drafts.set(draft.draftId, draft);
  const user = new FakeUser();
  const time = new FakeTime();
  /** The keys of the releases shown as a transition. */
  const transitions: number[] = [];
  let drafts = 0;
  const session: DocumentSession = createDocumentSession({
    host: host.api,
    ask: user.ask,
    compare: user.compare,
    createEditor: (language) => createReleaseEditor({ language }),
    blankRelease: (settings) => createBlankDocument(settings.interfaceLanguage === 'system' ? settings.systemLanguage : settings.interfaceLanguage),
    untitled: () => 'Без названия',
    settings: host.settings,
    scheduling: time,
    transition: (apply) => {
      const before = session.getSnapshot().release.key;
      apply();
      const after = session.getSnapshot().release.key;
      if (after !== before) transitions.push(after);
    },
    newDraftId: () => `draft-${(drafts += 1)}`,
    ...(options.publishing ? { loadPublishing: async () => options.publishing as Publishing } : {}),
    ...(options.saveText ? { saveText: options.saveText } : {}),
  });
  session.start();
  const state = () => session.getSnapshot();
  /** Types at the end of a top-level block, as the editor's onChange then tells the session. */
  const type = (text: string, block = 0) => {
    const { editor } = state().release;
    Transforms.insertText(editor, text, { at: Editor.end(editor, [block]) });
    session.edited(editor);
  };
  const blockText = (document: PressroomDocument, block = 0) => Node.string(document.body[block] as Node);
  const lastDraft = () => {
    const request = host.callsOf('saveDraft').at(-1) as { documentText: string } | undefined;
    return request ? (JSON.parse(request.documentText) as PressroomDocument) : null;
  };
  return { host, user, time, session, state, type, blockText, lastDraft, transitions };
}

/** A session with FILE open, saved and unchanged. */
async function withOpenFile(options: Parameters<typeof setUp>[0] = {}) {
  const context = setUp(options);
  context.host.write(FILE, almaty());
  await context.session.open(FILE);
  return context;
}

describe('saving', () => {
  it('a new release: the host asks where, the file holds the release as edited, and the unsaved mark goes', async () => {
    const { host, session, state, type } = setUp();
    type('Конференция в Алматы');
    expect(state().dirty).toBe(true);
    host.saveDialog.push(FILE);

    expect(await session.save()).toBe(true);

    expect(host.callsOf('saveDocument')).toEqual([expect.objectContaining({ path: null, stamp: null, suggestedName: 'Конференция в Алматы' })]);
    expect(host.read(FILE)).toEqual(session.currentDocument());
    // The text sent is exactly the release's JSON (core/model/document-transfer.ts).
    expect((host.callsOf('saveDocument')[0] as { documentText: string }).documentText).toBe(JSON.stringify(session.currentDocument()));
    expect(state()).toMatchObject({ dirty: false, notice: { kind: 'saved', name: 'Конференция' } });
    expect(state().release).toMatchObject({ path: FILE, name: 'Конференция', stamp: host.files.get(FILE)?.stamp });
  });

  it('Save again writes to the same file without asking; Save As asks and the release moves to the new file', async () => {
    const { host, session, state, type } = await withOpenFile();
    type(' — итоги');
    expect(await session.save()).toBe(true);
    expect(host.callsOf('saveDocument').at(-1)).toMatchObject({ path: FILE });
    expect(host.callsOf('saveDocument').at(-1)).not.toHaveProperty('saveAs');

    const copy = '/home/press/Копия.pressroom';
    host.saveDialog.push(copy);
    expect(await session.save({ saveAs: true })).toBe(true);
    expect(host.callsOf('saveDocument').at(-1)).toMatchObject({ path: FILE, saveAs: true, suggestedName: 'Конференция' });
    expect(host.read(copy)).toEqual(host.read(FILE));
    expect(state().release).toMatchObject({ path: copy, name: 'Копия' });
  });

  it('a cancelled save dialog writes nothing and keeps the release unsaved', async () => {
    const { host, session, state, type } = setUp();
    type('Заголовок');
    expect(await session.save()).toBe(false);
    expect(host.files.size).toBe(0);
    expect(state()).toMatchObject({ dirty: true, notice: null });
  });

  it('a failing save shows the problem and keeps the unsaved mark and the draft', async () => {
    const { host, user, time, session, state, type } = await withOpenFile();
    type(' — итоги');
    await time.advance(AUTOSAVE_DELAY_MS);
    expect(host.drafts.size).toBe(1);
    host.failNextSave = { reason: 'disk-full' };
    user.answers.push('ok');

    expect(await session.save()).toBe(false);

    expect(user.questions).toEqual([{ kind: 'problem', problem: { reason: 'disk-full', path: FILE } }]);
    expect(state().dirty).toBe(true);
    expect(host.drafts.size).toBe(1);
    expect(host.read(FILE)).toEqual(almaty());
  });
});

describe('the file changed on disk', () => {
  const changedBehindOurBack = async () => {
    const context = await withOpenFile();
    const theirs = almaty();
    theirs.metadata.title = 'Правка коллеги';
    context.host.write(FILE, theirs);
    context.type(' — моя правка');
    return { ...context, theirs };
  };

  it('saving asks first; Overwrite writes my version over theirs', async () => {
    const { host, user, session, state, blockText } = await changedBehindOurBack();
    user.answers.push('overwrite');
    expect(await session.save()).toBe(true);
    expect(user.questions).toEqual([{ kind: 'changed-on-disk', name: 'Конференция' }]);
    expect(host.callsOf('saveDocument').at(-1)).toMatchObject({ path: FILE, overwriteChanged: true });
    expect(blockText(host.read(FILE))).toContain('моя правка');
    expect(state().dirty).toBe(false);
  });

  it('Save As writes my version to a new file and leaves theirs alone', async () => {
    const { host, user, session, state, theirs } = await changedBehindOurBack();
    user.answers.push('save-as');
    host.saveDialog.push('/home/press/Моя версия.pressroom');
    expect(await session.save()).toBe(true);
    expect(host.read(FILE)).toEqual(theirs);
    expect(host.read('/home/press/Моя версия.pressroom')).toEqual(session.currentDocument());
    expect(state().release.name).toBe('Моя версия');
  });

  it('Cancel writes nothing and keeps the release unsaved', async () => {
    const { host, user, session, state, theirs } = await changedBehindOurBack();
    user.answers.push('cancel');
    expect(await session.save()).toBe(false);
    expect(host.read(FILE)).toEqual(theirs);
    expect(state().dirty).toBe(true);
  });

  it('is noticed on focus and every few seconds; a dismissed change is not announced again, a newer one is', async () => {
    const { host, time, session, state } = await withOpenFile();
    await time.advance(DISK_CHECK_INTERVAL_MS);
    expect(state().diskAlert).toBeNull();

    const stamp = host.write(FILE, { ...almaty(), metadata: { ...almaty().metadata, title: 'Другая' } });
    await time.focus();
    expect(state().diskAlert).toEqual({ kind: 'changed', sha256: stamp.sha256 });

    session.dismissDiskAlert();
    await time.advance(DISK_CHECK_INTERVAL_MS);
    expect(state().diskAlert).toBeNull();

    const newer = host.write(FILE, almaty());
    await time.advance(DISK_CHECK_INTERVAL_MS);
    expect(state().diskAlert).toEqual({ kind: 'changed', sha256: newer.sha256 });

    host.files.delete(FILE);
    await time.advance(DISK_CHECK_INTERVAL_MS);
    expect(state().diskAlert).toEqual({ kind: 'missing' });
  });

  it('Reload shows the file’s version as a transition, discards the draft and says so', async () => {
    const { host, time, session, state, theirs, transitions } = await changedBehindOurBack();
    await time.advance(AUTOSAVE_DELAY_MS);
    expect(host.drafts.size).toBe(1);
    await time.focus();
    expect(state().diskAlert?.kind).toBe('changed');

    await session.reloadFromDisk();

    expect(session.currentDocument()).toEqual(theirs);
    expect(state()).toMatchObject({ dirty: false, diskAlert: null, notice: { kind: 'reloaded' } });
    expect(state().release.stamp).toEqual(host.files.get(FILE)?.stamp);
    expect(transitions.at(-1)).toBe(state().release.key);
    expect(host.drafts.size).toBe(0);
  });

  it('Compare shows the file beside my version; taking the file reloads it, closing keeps mine', async () => {
    const { user, session, state, theirs } = await changedBehindOurBack();
    const mine = session.currentDocument();
    user.compareAnswers.push('close');
    await session.compareWithDisk();
    expect(user.comparisons).toEqual([{ against: 'mine', onDisk: theirs, other: mine }]);
    expect(session.currentDocument()).toEqual(mine);

    user.compareAnswers.push('left');
    await session.compareWithDisk();
    expect(session.currentDocument()).toEqual(theirs);
    expect(state().dirty).toBe(false);
  });

  it('Keep mine saves my version under a new name and hides the banner', async () => {
    const { host, time, session, state } = await changedBehindOurBack();
    await time.focus();
    host.saveDialog.push('/home/press/Моя.pressroom');
    expect(await session.keepMine()).toBe(true);
    expect(host.callsOf('saveDocument').at(-1)).toMatchObject({ saveAs: true });
    expect(state()).toMatchObject({ diskAlert: null, dirty: false, release: { path: '/home/press/Моя.pressroom' } });
  });
});

describe('autosave', () => {
  it('writes the draft about a second after typing stops, not while typing', async () => {
    const { host, time, state, type, blockText, lastDraft } = setUp();
    type('Конференция');
    await time.advance(AUTOSAVE_DELAY_MS - 1);
    type(' в Алматы');
    await time.advance(AUTOSAVE_DELAY_MS - 1);
    expect(host.callsOf('saveDraft')).toHaveLength(0);
    expect(state().draftSavedAt).toBeNull();

    await time.advance(1);
    expect(host.callsOf('saveDraft')).toHaveLength(1);
    expect(host.callsOf('saveDraft')[0]).toMatchObject({ draftId: 'draft-1', path: null, name: 'Конференция в Алматы' });
    expect(blockText(lastDraft() as PressroomDocument)).toBe('Конференция в Алматы');
    expect(state().draftSavedAt).toBe(time.wallClock());
    // Nothing more to write until the next change.
    await time.advance(10 * AUTOSAVE_DELAY_MS);
    expect(host.callsOf('saveDraft')).toHaveLength(1);
  });

  it('the outline and the count follow a quarter second after typing stops', async () => {
    const { time, state, type } = setUp();
    const before = state().revision;
    type('К');
    await time.advance(SETTLE_DELAY_MS - 1);
    type('о');
    await time.advance(SETTLE_DELAY_MS - 1);
    expect(state().revision).toBe(before);
    await time.advance(1);
    expect(state().revision).toBe(before + 1);
  });

  it('a change made while the file is being saved keeps the release unsaved, and the next draft has it', async () => {
    const { host, time, session, state, type, blockText, lastDraft } = await withOpenFile();
    type(' — первая правка');
    const writing = gate();
    host.saveGate = writing.opened;
    const saved = session.save();
    await settle();
    type(' — вторая правка');
    writing.open();

    expect(await saved).toBe(true);
    expect(blockText(host.read(FILE))).toMatch(/первая правка$/u);
    expect(state().dirty).toBe(true);
    expect(host.callsOf('discardDraft')).toHaveLength(0);

    await time.advance(AUTOSAVE_DELAY_MS);
    expect(blockText(lastDraft() as PressroomDocument)).toMatch(/вторая правка$/u);
  });

  it('an edit in an editor no longer open is not this release’s', async () => {
    const { session, state } = setUp();
    const old = state().release.editor;
    await session.newRelease();
    Transforms.insertText(old, 'поздно', { at: Editor.end(old, [0]) });
    session.edited(old);
    expect(state().dirty).toBe(false);
  });

  it('a shown release’s save text is prepared in idle slices, and a save yields between slices it still needs', async () => {
    const saveText = createDocumentTransfer();
    let warmed = 0;
    const watched = { ...saveText, warm: (...args: Parameters<typeof saveText.warm>) => ((warmed += 1), saveText.warm(...args)) };
    const { host, time, session, state } = await withOpenFile({ saveText: watched });
    // Every reading of the clock moves it 5 ms on: a slice of 8 ms stringifies two blocks.
    time.tick = 5;
    const stop = session.prepareSaveText(state().release.editor);
    let slices = 0;
    while (time.pendingIdle > 0) slices += await time.idle(50);
    expect(slices).toBeGreaterThan(3);
    expect(saveText.warm(state().release.editor.children, 0)).toBe(true);
    stop();

    // A release opened and not yet prepared: the save prepares it a slice per task, then sends the whole text.
    host.write('/home/press/Другой.pressroom', almaty());
    await session.open('/home/press/Другой.pressroom');
    session.changeMetadata({ ...state().metadata, title: 'Новый заголовок' });
    const tasks = time.tasks;
    warmed = 0;
    expect(await session.save()).toBe(true);
    expect(time.tasks - tasks).toBeGreaterThan(3);
    expect(warmed).toBe(time.tasks - tasks + 1);
    expect(host.read('/home/press/Другой.pressroom')).toEqual(session.currentDocument());
  });
});

describe('closing the window', () => {
  it('with unsaved changes: the draft is written first, then the question; Save saves and closes', async () => {
    const { host, user, session, state, type } = await withOpenFile();
    type(' — итоги');
    let draftsWhenAsked = -1;
    user.onQuestion = () => (draftsWhenAsked = host.drafts.size);
    user.answers.push('save');

    await session.closeRequested();

    expect(user.questions).toEqual([{ kind: 'unsaved-changes', name: 'Конференция' }]);
    expect(draftsWhenAsked).toBe(1);
    expect(host.read(FILE)).toEqual(session.currentDocument());
    expect(host.drafts.size).toBe(0);
    expect(state().dirty).toBe(false);
    expect(host.closed).toBe(true);
  });

  it('“Don’t save” closes, leaves the file as it was and keeps the release as edited among the discarded drafts', async () => {
    const { host, user, session, type } = await withOpenFile();
    type(' — итоги');
    const edited = session.currentDocument();
    user.answers.push('dont-save');
    await session.closeRequested();
    expect(host.closed).toBe(true);
    expect(host.drafts.size).toBe(0);
    expect(host.read(FILE)).toEqual(almaty());
    expect([...host.discarded.values()].map((entry) => [entry.draft.name, entry.document])).toEqual([['Конференция', edited]]);
  });

  it('File ▸ Recover discarded…: lists them, and the one chosen opens as a new unsaved, untitled release with a draft', async () => {
    const { host, user, time, session, state, type, blockText } = setUp();
    type('Черновик пресс-релиза');
    user.answers.push('dont-save');
    await session.newRelease();
    expect(blockText(session.currentDocument())).toBe('');

    const [id] = [...host.discarded.keys()];
    user.answers.push(`open:${id}`);
    await session.recoverDiscarded();
    expect(user.questions.at(-1)).toMatchObject({ kind: 'recover-discarded', drafts: [{ id }] });
    expect(blockText(session.currentDocument())).toBe('Черновик пресс-релиза');
    expect(state().dirty).toBe(true);
    expect(state().release.path).toBeNull();
    await time.advance(AUTOSAVE_DELAY_MS);
    expect(host.drafts.size).toBe(1);
  });

  it('File ▸ Recover discarded… closed with Escape changes nothing', async () => {
    const { host, user, session, type, blockText } = setUp();
    type('Мой текст');
    user.answers.push('cancel');
    await session.recoverDiscarded();
    expect(blockText(session.currentDocument())).toBe('Мой текст');
    expect(host.callsOf('openDiscardedDraft')).toEqual([]);
  });

  it('Cancel keeps the window open, the release unsaved and its draft', async () => {
    const { host, user, time, session, state, type } = setUp();
    type('Черновик');
    user.answers.push('cancel');
    await session.closeRequested();
    expect(host.closed).toBe(false);
    expect(state().dirty).toBe(true);
    expect(host.drafts.size).toBe(1);
    // The draft stays after the autosave that follows, too.
    await time.advance(AUTOSAVE_DELAY_MS);
    expect(host.drafts.size).toBe(1);
  });

  it('a release without changes closes without a question', async () => {
    const { host, user, session } = await withOpenFile();
    await session.closeRequested();
    expect(user.questions).toEqual([]);
    expect(host.closed).toBe(true);
  });
});

describe('recovery', () => {
  const draftOf = (path: string | null, title: string): Draft => {
    const document = almaty();
    document.metadata.title = title;
    return { draftId: `left-${title}`, path, name: path ? 'Конференция' : title, savedAt: '2025-08-29T09:00:00.000Z', document };
  };

  it('drafts left by a crash are offered at start; a restored one is shown unsaved, with its file and draft id, as a transition', async () => {
    const fromFile = draftOf(FILE, 'Из файла');
    const never = draftOf(null, 'Несохранённый');
    const { host, session, state, transitions } = setUp({ drafts: [fromFile, never] });
    host.write(FILE, almaty());
    await settle();
    expect(state().drafts).toEqual([fromFile, never]);

    await session.restoreDraft(fromFile);

    expect(session.currentDocument()).toEqual(fromFile.document);
    expect(state()).toMatchObject({ dirty: true, drafts: [never], notice: { kind: 'restored' } });
    expect(state().release).toMatchObject({ path: FILE, name: 'Конференция', draftId: fromFile.draftId, stamp: host.files.get(FILE)?.stamp });
    expect(transitions).toEqual([state().release.key]);
    // Its next autosave replaces the same draft, not a new one.
    session.changeMetadata({ ...state().metadata, city: 'Астана' });
    await session.saveDraftNow();
    expect([...host.drafts.keys()]).toEqual([fromFile.draftId, never.draftId]);
  });

  it('comparing a draft with its file: taking the draft restores it; taking the file discards the draft and opens the file', async () => {
    const first = draftOf(FILE, 'Первый');
    const second = draftOf(FILE, 'Второй');
    const { host, user, session, state } = setUp({ drafts: [first, second] });
    host.write(FILE, almaty());
    await settle();

    user.compareAnswers.push('right');
    await session.compareDraft(first);
    expect(user.comparisons.at(-1)).toEqual({ against: 'draft', onDisk: almaty(), other: first.document });
    expect(state().metadata.title).toBe('Первый');

    // The restored draft has changes: the user lets them go to take the file.
    user.compareAnswers.push('left');
    user.answers.push('dont-save');
    await session.compareDraft(second);
    expect(host.drafts.has(second.draftId)).toBe(false);
    expect(session.currentDocument()).toEqual(almaty());
    expect(state()).toMatchObject({ dirty: false, drafts: [], release: { path: FILE } });
  });

  it('Discard removes a draft from the store; Later only stops offering them', async () => {
    const one = draftOf(null, 'Один');
    const two = draftOf(null, 'Два');
    const { host, session, state } = setUp({ drafts: [one, two] });
    await settle();
    await session.discardDraft(one);
    expect(state().drafts).toEqual([two]);
    expect([...host.drafts.keys()]).toEqual([two.draftId]);
    session.putDraftsAside();
    expect(state().drafts).toEqual([]);
    expect([...host.drafts.keys()]).toEqual([two.draftId]);
  });
});

describe('opening', () => {
  it('a file is shown after the reply has had a task of its own, as a transition, saved', async () => {
    const { host, time, session, state, transitions } = setUp();
    host.write(FILE, almaty());
    host.openDialog.push(FILE);
    const tasks = time.tasks;
    await session.open();
    expect(time.tasks).toBe(tasks + 1);
    expect(session.currentDocument()).toEqual(almaty());
    expect(state()).toMatchObject({ dirty: false, notice: null, release: { path: FILE, name: 'Конференция' } });
    expect(state().metadata).toEqual(almaty().metadata);
    expect(transitions).toEqual([state().release.key]);
  });

  it('an imported file opens as a new, unsaved release and says it was imported', async () => {
    const { host, session, state } = setUp();
    host.write('/home/press/Релиз.md', almaty(), { importedFrom: 'markdown' });
    await session.open('/home/press/Релиз.md');
    expect(session.currentDocument()).toEqual(almaty());
    expect(state()).toMatchObject({ dirty: true, notice: { kind: 'imported' }, release: { path: null, name: 'Релиз', stamp: null } });
  });

  it('a migrated file says from which version it was brought up to date', async () => {
    const { host, session, state } = setUp();
    host.write('/home/press/Старый.pressroom', almaty(), { migratedFrom: 1 });
    await session.open('/home/press/Старый.pressroom');
    expect(state()).toMatchObject({ dirty: false, notice: { kind: 'migrated', version: 1 } });
  });

  it('a file that cannot be opened shows the problem and leaves the open release alone', async () => {
    const { user, session, state, type } = setUp();
    type('Мой заголовок');
    const before = state().release;
    user.answers.push('ok');
    await session.open('/home/press/Нет такого.pressroom');
    expect(user.questions).toEqual([{ kind: 'problem', problem: { reason: 'not-found', path: '/home/press/Нет такого.pressroom' } }]);
    expect(state().release).toBe(before);
    expect(state().dirty).toBe(true);
  });

  it('a cancelled open dialog changes nothing', async () => {
    const { user, session, state } = setUp();
    const before = state();
    await session.open();
    expect(user.questions).toEqual([]);
    expect(state()).toBe(before);
  });

  it('while the release has unsaved changes, asks first: Cancel keeps it, “Don’t save” opens the file and discards the draft', async () => {
    const { host, user, time, session, state, type, blockText } = setUp();
    host.write(FILE, almaty());
    type('Несохранённое');
    await time.advance(AUTOSAVE_DELAY_MS);
    expect(host.drafts.size).toBe(1);

    user.answers.push('cancel');
    await session.open(FILE);
    expect(blockText(session.currentDocument())).toBe('Несохранённое');
    expect(host.drafts.size).toBe(1);

    user.answers.push('dont-save');
    await session.open(FILE);
    expect(user.questions).toEqual([
      { kind: 'unsaved-changes', name: '' },
      { kind: 'unsaved-changes', name: '' },
    ]);
    expect(session.currentDocument()).toEqual(almaty());
    expect(host.drafts.size).toBe(0);
    expect(state().dirty).toBe(false);
  });
});

describe('new releases', () => {
  it('New from template replaces an unchanged release at once (not as a transition), untitled and unsaved-free', async () => {
    const { session, state, transitions } = await withOpenFile();
    const fromTemplate = almaty();
    fromTemplate.metadata.title = 'Из шаблона';
    const before = transitions.length;
    await session.newFromTemplate(fromTemplate);
    expect(session.currentDocument()).toEqual(fromTemplate);
    expect(state()).toMatchObject({ dirty: false, release: { path: null, name: '', stamp: null } });
    expect(transitions).toHaveLength(before);
  });

  it('New gives a blank release in the interface language, after asking about unsaved changes', async () => {
    const { user, session, state, type } = await withOpenFile();
    await session.changeInterfaceLanguage('kk');
    type(' — правка');
    user.answers.push('dont-save');
    await session.newRelease();
    expect(session.currentDocument()).toEqual(createBlankDocument('kk'));
    expect(state().release.path).toBeNull();
  });

  it('the release language chosen in the details is the editor’s, and marks the release unsaved', async () => {
    const { session, state } = setUp();
    session.changeMetadata({ ...state().metadata, language: 'en' });
    expect(state().metadata.language).toBe('en');
    expect(state().dirty).toBe(true);
    // The editor types English quotes now (core/editing/with-typography.ts).
    const { editor } = state().release;
    Transforms.select(editor, Editor.end(editor, [0]));
    for (const key of '"Almaty"') editor.insertText(key);
    expect(Node.string(editor.children[0] as Node)).toBe('“Almaty”');
  });
});

describe('export and notices', () => {
  it('Export all asks before replacing files in the folder, and says where they went', async () => {
    const calls: { overwrite?: boolean }[] = [];
    const publishing: Publishing = {
      exportToFile: async () => ({ status: 'exported', paths: ['/out/Конференция.md'] }),
      exportAllToFolder: async (_api, _document, again = {}) => {
        calls.push(again);
        return again.overwrite
          ? { status: 'exported', paths: ['/out/Конференция.md', '/out/Конференция.html'] }
          : { status: 'exists', folder: '/out', paths: ['/out/Конференция.md'] };
      },
    };
    const { user, session, state } = await withOpenFile({ publishing });
    user.answers.push('cancel');
    await session.exportAs('all');
    expect(user.questions).toEqual([{ kind: 'overwrite-exports', folder: '/out', paths: ['/out/Конференция.md'] }]);
    expect(calls).toEqual([{}]);

    user.answers.push('overwrite');
    await session.exportAs('all');
    expect(calls.at(-1)).toEqual({ folder: '/out', overwrite: true });
    expect(state().notice).toEqual({ kind: 'exported-all', folder: '/out' });

    await session.exportAs('markdown');
    expect(state().notice).toEqual({ kind: 'exported', paths: ['/out/Конференция.md'] });
  });

  it('File ▸ Print sends the release as it is now, on A4, and says what became of it', async () => {
    const { host, user, session, state, type } = await withOpenFile();
    type(' – басылды');
    await session.print();
    const request = host.callsOf('printDocument')[0] as { documentText: string; paper: string };
    expect(request.paper).toBe('a4');
    expect(Node.string((JSON.parse(request.documentText) as PressroomDocument).body[0] as Node)).toMatch(/ – басылды$/);
    expect(state().notice).toEqual({ kind: 'printed' });

    host.printReply = { status: 'unavailable' };
    await session.print();
    expect(state().notice).toEqual({ kind: 'print-unavailable' });

    host.printReply = { status: 'failed', problem: { reason: 'io', detail: 'no printers' } };
    user.answers.push('ok');
    await session.print();
    expect(user.questions.at(-1)).toEqual({ kind: 'problem', problem: { reason: 'io', detail: 'no printers' } });
    expect(state().dirty).toBe(true);
  });

  it('a notice fades after a few seconds', async () => {
    const { time, session, state } = setUp();
    session.showNotice('Шаблон сохранён');
    await time.advance(NOTICE_MS - 1);
    expect(state().notice).toEqual({ kind: 'text', text: 'Шаблон сохранён' });
    await time.advance(1);
    expect(state().notice).toBeNull();
  });
});
