import { Node } from 'slate';
import type { Descendant, Editor } from 'slate';
import type { Draft, ExportFormat, FileProblem, FileStamp, InterfaceLanguageSetting, Settings } from '../../core/api';
import { changeReleaseLanguage } from '../../core/editing/span-language';
import { createDocumentTransfer } from '../../core/model/document-transfer';
import type { DocumentVariable, PressroomDocument, ReleaseBlock, ReleaseMetadata } from '../../core/model/types';
import type { IdleDeadlineLike, SessionPorts } from './ports';
import { checkRelease } from '../../core/checklist/checklist';
import type { ChecklistFinding } from '../../core/checklist/checklist';
import { houseDashOf, organisationSettingsOf } from '../../core/checklist/organisation';
import type { OrganisationSettings } from '../../core/checklist/organisation';

/**
 * The document session: the release open in the window and everything that happens to it — open, save,
 * save as, the file changed on disk, autosaved drafts, recovery after a crash, close with unsaved changes,
 * export, and the notices that report them. Plain TypeScript: no React, no DOM. What it needs from the world
 * comes in as ports (SessionPorts, ./ports.ts): the host contract, a way to ask the user, the clock and the
 * scheduler, and the editor factory. React reads it through `useSessionState` (./use-session.ts); tests drive
 * it against a fake host (document-session.test.ts).
 */

/** One open release: where it lives on disk, what we knew of the file, its draft id, and its editor. */
export interface OpenRelease<E extends Editor = Editor> {
  /** Changes when another release is loaded: the page is rebuilt around a new editor. */
  readonly key: number;
  /** The release's entry in the recovery store. */
  readonly draftId: string;
  readonly path: string | null;
  /** File name for the title bar; '' until the release is saved. */
  readonly name: string;
  readonly stamp: FileStamp | null;
  /** The release as loaded: the editor's first value and the fields that are not edited. */
  readonly document: PressroomDocument;
  /** The Slate editor of this release (one per release): the session reads the body from it. */
  readonly editor: E;
}

/** The open file changed or vanished on disk; `sha256` is the changed file's, to keep a dismissal for it. */
export interface DiskAlert {
  kind: 'changed' | 'missing';
  sha256?: string;
}

/** A short confirmation in the title bar; the shell words it in the interface language. */
export type Notice =
  | { kind: 'saved'; name: string }
  | { kind: 'reloaded' }
  | { kind: 'restored' }
  | { kind: 'imported' }
  | { kind: 'migrated'; version: number }
  | { kind: 'exported'; paths: string[] }
  | { kind: 'exported-all'; folder: string }
  /** File ▸ Print went to the printer, or this host cannot print. */
  | { kind: 'printed' }
  | { kind: 'print-unavailable' }
  /** Already worded by whoever reports it (the templates area). */
  | { kind: 'text'; text: string };

export interface SessionState<E extends Editor = Editor> {
  release: OpenRelease<E>;
  /** The release's details as edited now (the body is the editor's). */
  metadata: ReleaseMetadata;
  /** Changes not yet saved to the file. */
  dirty: boolean;
  /** Bumped when typing settles (and when a release is loaded): the outline and the count follow it. */
  revision: number;
  /** When the last draft of this release reached the recovery store (ms since the epoch), or null. */
  draftSavedAt: number | null;
  notice: Notice | null;
  diskAlert: DiskAlert | null;
  /** Drafts left by a crash or kill, offered back once at start. */
  drafts: readonly Draft[];
  settings: Settings;
}

export interface SaveOptions {
  saveAs?: boolean;
  overwriteChanged?: boolean;
}

export interface DocumentSession<E extends Editor = Editor> {
  getSnapshot(): SessionState<E>;
  /** Calls `listener` after each change of the state; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Lists the drafts to offer back and watches the open file; returns `dispose`. */
  start(): () => void;
  /** Stops every timer and watch. */
  dispose(): void;
  /**
   * A release just shown: its save text is prepared in idle slices, so the first autosave of a big release does
   * not stringify thousands of blocks in one task. Returns the function that stops it.
   */
  prepareSaveText(editor: Editor): () => void;
  /** The release as it stands now: metadata as edited, body from the editor. */
  currentDocument(): PressroomDocument;
  /** The editor's content changed (not only its selection). Changes from an editor no longer open are ignored. */
  edited(editor: Editor): void;
  changeMetadata(next: ReleaseMetadata): void;
  changeVariables(variables: DocumentVariable[]): void;
  /** Saves; true when the release is on disk. Handles changed-on-disk and every failure. */
  save(options?: SaveOptions): Promise<boolean>;
  /** Writes the draft now (the autosave ~1 s after typing stops calls this). */
  saveDraftNow(): Promise<void>;
  newRelease(): Promise<void>;
  newFromTemplate(document: PressroomDocument): Promise<void>;
  /** Opens `path`, or asks the host's open dialog. */
  open(path?: string): Promise<void>;
  /** The window is closing: resolve unsaved changes, then let it close. */
  closeRequested(): Promise<void>;
  exportAs(format: ExportFormat | 'all'): Promise<void>;
  /** File ▸ Print (Ctrl+P): the host prints the release's print layout, on A4. */
  print(): Promise<void>;
  /** The script exports write a Kazakh release in: Cyrillic, or the 2021 Latin alphabet (the details panel's option). */
  setExportScript(script: 'cyrillic' | 'latin'): void;
  about(): Promise<void>;
  reloadFromDisk(): Promise<void>;
  compareWithDisk(): Promise<void>;
  /** The file changed on disk, the user keeps this version: Save As. */
  keepMine(): Promise<boolean>;
  dismissDiskAlert(): void;
  restoreDraft(draft: Draft): Promise<void>;
  compareDraft(draft: Draft): Promise<void>;
  discardDraft(draft: Draft): Promise<void>;
  /** File ▸ Recover discarded…: lists the releases closed with "Don't save", opens the one chosen as unsaved. */
  recoverDiscarded(): Promise<void>;
  /** "Later": the drafts stay in the recovery store, not offered again in this window. */
  putDraftsAside(): void;
  showNotice(text: string): void;
  changeInterfaceLanguage(setting: InterfaceLanguageSetting): Promise<void>;
  /** The Settings dialog's Save: the organisation's limits, house style, datelines and paper, stored by the host. */
  changeOrganisation(organisation: OrganisationSettings): Promise<void>;
}

/** Autosave ~1 s after typing stops (as VS Code's hot exit); stats and outline follow a little sooner. */
export const AUTOSAVE_DELAY_MS = 1000;
export const SETTLE_DELAY_MS = 250;
export const DISK_CHECK_INTERVAL_MS = 4000;
export const NOTICE_MS = 6000;
/** The save text is prepared a slice at a time (see preparedForSaving): about half a frame per slice. */
const SAVE_TEXT_SLICE_MS = 8;
/** Idle slices run at the latest this long after they are asked for, even when the window is never idle. */
const SAVE_TEXT_IDLE_TIMEOUT_MS = 1000;

const randomDraftId = (): string =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `draft-${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** A name to suggest in the save dialog: the file's, the release title, or the headline. */
function suggestedNameOf(release: OpenRelease, metadata: ReleaseMetadata, untitled: string): string {
  if (release.name) return release.name.replace(/\.pressroom$/u, '');
  const body = release.editor.children;
  const headline = body[0] ? Node.string(body[0]).trim() : '';
  const candidate = metadata.title.trim() || headline || untitled;
  return candidate.length > 80 ? candidate.slice(0, 80).trim() : candidate;
}

export function createDocumentSession<E extends Editor>(ports: SessionPorts<E>): DocumentSession<E> {
  const { host, ask, compare, scheduling: time } = ports;
  const transition = ports.transition ?? ((apply: () => void) => apply());
  const loadPublishing = ports.loadPublishing ?? (() => import('../publishing/export-release'));
  const newDraftId = ports.newDraftId ?? randomDraftId;
  /**
   * Autosave and save send the release as JSON text, which crosses to the host as one copy (a 5 MB release as an
   * object cost 30–40 ms of structured cloning on this thread). The text keeps each block's JSON until Slate
   * replaces the block (core/model/document-transfer.ts), so after typing only the edited blocks are stringified.
   */
  const saveText = ports.saveText ?? createDocumentTransfer();

  let releaseCount = 0;
  const releaseOf = (document: PressroomDocument, file: { path: string | null; name: string; stamp: FileStamp | null }, draftId?: string): OpenRelease<E> => {
    releaseCount += 1;
    const editor = ports.createEditor(document.metadata.language);
    editor.children = document.body as Descendant[];
    return { key: releaseCount, draftId: draftId ?? newDraftId(), path: file.path, name: file.name, stamp: file.stamp, document, editor };
  };
  const untitledFile = { path: null, name: '', stamp: null };

  const firstRelease = releaseOf(ports.blankRelease(ports.settings), untitledFile);
  let state: SessionState<E> = {
    release: firstRelease,
    metadata: firstRelease.document.metadata,
    dirty: false,
    revision: 0,
    draftSavedAt: null,
    notice: null,
    diskAlert: null,
    drafts: [],
    settings: ports.settings,
  };

  const listeners = new Set<() => void>();
  /** The last "Don't save" on its way to the recovery store. */
  let keeping: Promise<unknown> = Promise.resolve();
  /** Changes the state; nothing is announced when nothing changed (an announcement re-renders the window). */
  const update = (patch: Partial<SessionState<E>>) => {
    const keys = Object.keys(patch) as (keyof SessionState<E>)[];
    if (keys.every((key) => Object.is(state[key], patch[key]))) return;
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  };

  // Edits since the release was loaded: a save clears the unsaved mark only if none came while it was saving.
  let changeCount = 0;
  let autosaveTimer: unknown;
  let settleTimer: unknown;
  /** When the last edit came (wall clock): the two timers below wait from it. */
  let lastEditAt = 0;
  let noticeTimer: unknown;
  /** The changed file (its sha256) or 'missing' the user dismissed: not announced again. */
  let dismissedDisk: string | null = null;
  /** Between start() and dispose(); bumped by each, so a late reply of an earlier start is dropped. */
  let started = false;
  let generation = 0;
  let watch: { path: string; stamp: FileStamp; stop: () => void } | null = null;

  const clear = (handle: unknown) => {
    if (handle !== undefined) time.clearTimeout(handle);
  };
  const cancelAutosave = () => {
    clear(autosaveTimer);
    autosaveTimer = undefined;
  };

  const setNotice = (notice: Notice | null) => {
    clear(noticeTimer);
    noticeTimer = undefined;
    update({ notice });
    // Notices fade after a while.
    if (notice) noticeTimer = time.setTimeout(() => update({ notice: null }), NOTICE_MS);
  };

  let exportScript: 'cyrillic' | 'latin' = 'cyrillic';
  const currentDocument = (): PressroomDocument => {
    const { release, metadata } = state;
    return { ...release.document, metadata, body: release.editor.children as ReleaseBlock[] };
  };

  /** Stringifies the blocks not yet known a slice per task, so building the text next is one short task. */
  const preparedForSaving = async () => {
    for (let slice = 0; slice < 10_000; slice += 1) {
      if (saveText.warm(state.release.editor.children, SAVE_TEXT_SLICE_MS, time.now)) return;
      await time.nextTask();
    }
  };

  // --- the open file, watched on focus and every few seconds ---------------------------------------------------
  const stopWatch = () => {
    watch?.stop();
    watch = null;
  };
  /** The same alert found again on the next check is not a change. */
  const raiseDiskAlert = (alert: DiskAlert) => {
    const shown = state.diskAlert;
    if (shown?.kind !== alert.kind || shown.sha256 !== alert.sha256) update({ diskAlert: alert });
  };
  const watchDisk = () => {
    const { path, stamp } = state.release;
    if (watch && watch.path === path && watch.stamp === stamp) return;
    stopWatch();
    if (!started || !path || !stamp) return;
    let stopped = false;
    const check = async () => {
      const reply = await host.checkFileOnDisk({ path, stamp });
      if (stopped) return;
      if (reply.status === 'changed' && dismissedDisk !== reply.stamp.sha256) raiseDiskAlert({ kind: 'changed', sha256: reply.stamp.sha256 });
      else if (reply.status === 'missing' && dismissedDisk !== 'missing') raiseDiskAlert({ kind: 'missing' });
      else if (reply.status === 'unchanged') update({ diskAlert: null });
    };
    const stopFocus = time.onWindowFocus(() => void check());
    const timer = time.setInterval(() => void check(), DISK_CHECK_INTERVAL_MS);
    void check();
    watch = {
      path,
      stamp,
      stop: () => {
        stopped = true;
        stopFocus();
        time.clearInterval(timer);
      },
    };
  };

  // --- releases --------------------------------------------------------------------------------------------------
  const startRelease = (release: OpenRelease<E>, options: { dirty: boolean }) => {
    cancelAutosave();
    changeCount = 0;
    dismissedDisk = null;
    update({
      release,
      metadata: release.document.metadata,
      dirty: options.dirty,
      draftSavedAt: null,
      diskAlert: null,
      revision: state.revision + 1,
    });
    watchDisk();
  };

  /**
   * A release read from disk or from the recovery store, which may be big: its page is rendered as a transition,
   * in React's slices of a few milliseconds, so only the commit is one task (a 5 MB release: no long task;
   * bench/). Callers let the host's reply decode in a task of its own first (~20 ms for 5 MB), and set their
   * notice before: an urgent change after the transition would render the new page at once.
   */
  const showRelease = (release: OpenRelease<E>, options: { dirty: boolean }) => transition(() => startRelease(release, options));

  const showProblem = async (problem: FileProblem) => {
    await ask({ kind: 'problem', problem });
  };

  const saveDraftNow = async () => {
    cancelAutosave();
    if (!state.dirty) return;
    await preparedForSaving();
    // Read after the slices: the draft holds the release as it is when the text is built, in this same task.
    const { release, metadata } = state;
    const reply = await host.saveDraft({
      draftId: release.draftId,
      path: release.path,
      name: release.name || suggestedNameOf(release, metadata, ports.untitled()),
      documentText: saveText.textOf(currentDocument()),
    });
    if (reply.status === 'saved' && state.release.key === release.key) update({ draftSavedAt: time.wallClock() });
  };

  /** Runs `then` once `delay` ms have passed since the last edit, re-arming `set` until they have. */
  const afterLastEdit = (delay: number, set: (handle: unknown) => void, then: () => void) => {
    const run = () => {
      const waited = time.wallClock() - lastEditAt;
      if (waited < delay) {
        set(time.setTimeout(run, Math.min(delay, delay - waited)));
        return;
      }
      set(undefined);
      then();
    };
    return run;
  };
  const autosaveWhenSettled = afterLastEdit(AUTOSAVE_DELAY_MS, (handle) => (autosaveTimer = handle), () => void saveDraftNow());
  const reviseWhenSettled = afterLastEdit(SETTLE_DELAY_MS, (handle) => (settleTimer = handle), () => update({ revision: state.revision + 1 }));

  const markChanged = () => {
    changeCount += 1;
    if (!state.dirty) update({ dirty: true });
    // Each timer is set once per pause in typing, not cleared and set again on every key: when it fires early
    // (more keys came), it waits the rest of the delay from the last key. Same moments, two timer calls fewer a key.
    lastEditAt = time.wallClock();
    if (autosaveTimer === undefined) autosaveTimer = time.setTimeout(autosaveWhenSettled, AUTOSAVE_DELAY_MS);
    if (settleTimer === undefined) settleTimer = time.setTimeout(reviseWhenSettled, SETTLE_DELAY_MS);
  };

  const changeMetadata = (next: ReleaseMetadata) => {
    // Marks of the new language now say nothing and go (core/editing/span-language.ts).
    if (next.language !== state.metadata.language) changeReleaseLanguage(state.release.editor, next.language);
    update({ metadata: next });
    markChanged();
  };

  const save = async (options: SaveOptions = {}): Promise<boolean> => {
    await preparedForSaving();
    // From here to the call, one task: the text, the release and the change count all describe the same moment.
    const { release, metadata } = state;
    const startedAt = changeCount;
    const reply = await host.saveDocument({
      path: release.path,
      documentText: saveText.textOf(currentDocument()),
      stamp: release.stamp,
      suggestedName: suggestedNameOf(release, metadata, ports.untitled()),
      ...(options.saveAs ? { saveAs: true } : {}),
      ...(options.overwriteChanged ? { overwriteChanged: true } : {}),
    });
    if (reply.status === 'saved') {
      // Another release opened meanwhile is not this file.
      if (state.release.key !== release.key) return true;
      update({ release: { ...state.release, path: reply.path, name: reply.name, stamp: reply.stamp } });
      if (changeCount === startedAt) {
        update({ dirty: false });
        cancelAutosave();
        void host.discardDraft({ draftId: release.draftId });
      }
      dismissedDisk = null;
      update({ diskAlert: null });
      setNotice({ kind: 'saved', name: reply.name });
      watchDisk();
      return true;
    }
    if (reply.status === 'cancelled') return false;
    if (reply.problem.reason === 'changed-on-disk') {
      const choice = await ask({ kind: 'changed-on-disk', name: release.name });
      if (choice === 'overwrite') return save({ ...options, overwriteChanged: true });
      if (choice === 'save-as') return save({ saveAs: true });
      return false;
    }
    await showProblem(reply.problem);
    return false;
  };

  /** Resolves unsaved changes: true when the current release may be replaced or closed. */
  const confirmDiscard = async (): Promise<boolean> => {
    if (!state.dirty) return true;
    const { release } = state;
    const choice = await ask({ kind: 'unsaved-changes', name: release.name });
    if (choice === 'save') return save();
    if (choice === 'dont-save') {
      cancelAutosave();
      // Kept among the discarded drafts (File ▸ Recover discarded…), which also removes the live draft. When that
      // fails, the live draft stays and is offered back on the next start.
      const kept = preparedForSaving().then(() =>
        host.keepDiscardedDraft({
          draftId: release.draftId,
          path: release.path,
          name: release.name || suggestedNameOf(release, state.metadata, ports.untitled()),
          documentText: saveText.textOf(currentDocument()),
        }),
      );
      keeping = kept;
      await kept;
      return true;
    }
    return false;
  };

  const open = async (path?: string) => {
    const reply = await host.openDocument(path ? { path } : {});
    if (reply.status === 'cancelled') return;
    if (reply.status === 'failed') return showProblem(reply.problem);
    if (!(await confirmDiscard())) return;
    const { file } = reply;
    await time.nextTask();
    if (file.migratedFrom !== undefined) setNotice({ kind: 'migrated', version: file.migratedFrom });
    else if (file.importedFrom) setNotice({ kind: 'imported' });
    else setNotice(null);
    showRelease(releaseOf(file.document, file), { dirty: file.path === null });
  };

  const reloadFromDisk = async () => {
    const { release } = state;
    if (!release.path) return;
    const reply = await host.openDocument({ path: release.path });
    if (reply.status === 'failed') return showProblem(reply.problem);
    if (reply.status !== 'opened') return;
    await host.discardDraft({ draftId: release.draftId });
    setNotice({ kind: 'reloaded' });
    showRelease(releaseOf(reply.file.document, reply.file), { dirty: false });
  };

  const dismissDiskAlert = () => {
    if (!state.diskAlert) return;
    dismissedDisk = state.diskAlert.sha256 ?? 'missing';
    update({ diskAlert: null });
  };

  // --- recovery ----------------------------------------------------------------------------------------------------
  const withoutDraft = (draft: Draft) => state.drafts.filter((item) => item.draftId !== draft.draftId);

  const restoreDraft = async (draft: Draft) => {
    if (!(await confirmDiscard())) return;
    let stamp: FileStamp | null = null;
    let name = draft.name;
    if (draft.path) {
      const reply = await host.openDocument({ path: draft.path });
      if (reply.status === 'opened') {
        stamp = reply.file.stamp;
        name = reply.file.name;
      }
    }
    update({ drafts: withoutDraft(draft) });
    setNotice({ kind: 'restored' });
    showRelease(releaseOf(draft.document, { path: draft.path, name: draft.path ? name : '', stamp }, draft.draftId), { dirty: true });
  };

  const discardDraft = async (draft: Draft) => {
    await host.discardDraft({ draftId: draft.draftId });
    update({ drafts: withoutDraft(draft) });
  };

  const recoverDiscarded = async () => {
    // A release just discarded is in the list, even when Recover discarded… comes before the host has kept it.
    await keeping;
    const drafts = await host.listDiscardedDrafts({});
    const choice = await ask({ kind: 'recover-discarded', drafts });
    if (choice === 'cancel') return;
    const reply = await host.openDiscardedDraft({ id: choice.slice('open:'.length) });
    if (reply.status === 'failed') return showProblem(reply.problem);
    if (!(await confirmDiscard())) return;
    await time.nextTask();
    setNotice({ kind: 'restored' });
    showRelease(releaseOf(reply.document, untitledFile), { dirty: true });
    // Unsaved from the start, and written to the recovery store like any edit.
    markChanged();
  };

  const dispose = () => {
    started = false;
    generation += 1;
    cancelAutosave();
    clear(settleTimer);
    settleTimer = undefined;
    clear(noticeTimer);
    stopWatch();
  };

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      generation += 1;
      const thisStart = generation;
      started = true;
      // Drafts left by a crash or kill, offered back once at start.
      void host.listDrafts({}).then((found) => {
        if (thisStart === generation && found.length > 0) update({ drafts: found });
      });
      watchDisk();
      return dispose;
    },
    dispose,
    prepareSaveText(editor) {
      let handle: unknown;
      const slice = (deadline: IdleDeadlineLike) => {
        const budget = deadline.didTimeout ? SAVE_TEXT_SLICE_MS : Math.min(SAVE_TEXT_SLICE_MS, Math.max(1, deadline.timeRemaining()));
        if (!saveText.warm(editor.children, budget, time.now)) handle = time.requestIdle(slice, SAVE_TEXT_IDLE_TIMEOUT_MS);
        else handle = undefined;
      };
      handle = time.requestIdle(slice, SAVE_TEXT_IDLE_TIMEOUT_MS);
      return () => {
        if (handle !== undefined) time.cancelIdle(handle);
      };
    },
    currentDocument,
    edited(editor) {
      if (editor === state.release.editor) markChanged();
    },
    changeMetadata,
    changeVariables: (variables) => changeMetadata({ ...state.metadata, variables }),
    save,
    saveDraftNow,
    async newRelease() {
      if (!(await confirmDiscard())) return;
      startRelease(releaseOf(ports.blankRelease(state.settings), untitledFile), { dirty: false });
    },
    async newFromTemplate(document) {
      if (!(await confirmDiscard())) return;
      startRelease(releaseOf(document, untitledFile), { dirty: false });
    },
    open,
    async closeRequested() {
      if (state.dirty) {
        await saveDraftNow();
        if (!(await confirmDiscard())) return;
      }
      await host.closeWindow({});
    },
    /** File ▸ Export: the core formatter runs in the renderer, the host asks where and writes (renderer/publishing). */
    setExportScript(script) {
      exportScript = script;
    },
    async exportAs(format) {
      const document = currentDocument();
      // The pre-publication checklist first: with errors left, the user is asked, and told the first of them.
      const organisation = organisationSettingsOf(state.settings.organisation);
      const errors = checkRelease(document, { limits: organisation.checklist, purpose: 'export' }).filter((finding) => finding.severity === 'error');
      if (errors.length > 0) {
        const answer = await ask({ kind: 'export-with-errors', errors: errors.length, first: errors[0] as ChecklistFinding });
        if (answer === 'review') ports.reviewChecklist?.();
        if (answer !== 'export') return;
      }
      // The formatters (docx above all) load on first export, keeping the start of the app light.
      const { exportAllToFolder, exportToFile } = await loadPublishing();
      // Latin is a Kazakh release's option only (core/typography/kazakh-latin.ts).
      // Every format in the organisation's settings: Word's house style, each language's dateline, the paper.
      const options = { houseStyle: organisation.houseStyle, datelines: organisation.datelines, paper: organisation.paper, ...(exportScript === 'latin' && document.metadata.language === 'kk' ? { script: 'latin' as const } : {}) };
      if (format !== 'all') {
        const reply = await exportToFile(host, document, format, options);
        if (reply.status === 'exported') setNotice({ kind: 'exported', paths: reply.paths });
        else if (reply.status === 'failed') await showProblem(reply.problem);
        return;
      }
      let reply = await exportAllToFolder(host, document, {}, options);
      if (reply.status === 'exists') {
        const { folder, paths } = reply;
        if ((await ask({ kind: 'overwrite-exports', folder, paths })) !== 'overwrite') return;
        reply = await exportAllToFolder(host, document, { folder, overwrite: true }, options);
      }
      if (reply.status === 'exported') setNotice({ kind: 'exported-all', folder: reply.paths[0]?.replace(/[\\/][^\\/]*$/u, '') ?? '' });
      else if (reply.status === 'failed') await showProblem(reply.problem);
    },
    async print() {
      // The organisation's paper, datelines and house dash (settings), as the PDF export.
      const organisation = organisationSettingsOf(state.settings.organisation);
      const dash = houseDashOf(organisation);
      const reply = await host.printDocument({ documentText: JSON.stringify(currentDocument()), paper: organisation.paper, datelines: organisation.datelines, ...(dash ? { dash } : {}) });
      if (reply.status === 'printed') setNotice({ kind: 'printed' });
      else if (reply.status === 'unavailable') setNotice({ kind: 'print-unavailable' });
      else if (reply.status === 'failed') await showProblem(reply.problem);
    },
    async about() {
      await ask({ kind: 'about' });
    },
    reloadFromDisk,
    async compareWithDisk() {
      const { path } = state.release;
      if (!path) return;
      const reply = await host.openDocument({ path });
      const onDisk = reply.status === 'opened' ? reply.file.document : null;
      if ((await compare({ against: 'mine', onDisk, other: currentDocument() })) === 'left') await reloadFromDisk();
    },
    keepMine() {
      dismissDiskAlert();
      return save({ saveAs: true });
    },
    dismissDiskAlert,
    restoreDraft,
    async compareDraft(draft) {
      if (!draft.path) return;
      const reply = await host.openDocument({ path: draft.path });
      const choice = await compare({ against: 'draft', onDisk: reply.status === 'opened' ? reply.file.document : null, other: draft.document });
      if (choice === 'right') await restoreDraft(draft);
      else if (choice === 'left') {
        await discardDraft(draft);
        await open(draft.path);
      }
    },
    discardDraft,
    recoverDiscarded,
    putDraftsAside: () => update({ drafts: [] }),
    showNotice: (text) => setNotice({ kind: 'text', text }),
    async changeInterfaceLanguage(setting) {
      update({ settings: await host.updateSettings({ interfaceLanguage: setting }) });
    },
    async changeOrganisation(organisation) {
      update({ settings: await host.updateSettings({ organisation }) });
    },
  };
}
