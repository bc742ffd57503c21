import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Node } from 'slate';
import type { Descendant } from 'slate';
import { Slate } from 'slate-react';
import type { Draft, ExportFormat, FileProblem, FileStamp, InterfaceLanguageSetting, Settings } from '../../core/api';
import { setLink, removeLink, activeLink } from '../../core/editing/block-transforms';
import { setEditorLanguage } from '../../core/editing/release-nodes';
import { createDocumentTransfer } from '../../core/model/document-transfer';
import { createBlankDocument } from '../../core/model/new-document';
import type { Language, PressroomDocument, ReleaseBlock, ReleaseMetadata } from '../../core/model/types';
import { useCommandHandlers } from '../commands';
import { createReactReleaseEditor } from '../editor/create-react-release-editor';
import { LinkDialog } from '../editor/link-dialog';
import { OutlineSidebar } from '../editor/outline-sidebar';
import { ReleaseEditable } from '../editor/release-editable';
import { syncDomSelection } from '../editor/sync-dom-selection';
import { Toolbar } from '../editor/toolbar';
import { interfaceLanguageOf, setInterfaceLanguage } from '../i18n';
import { TemplateFeatures } from '../templates/template-features';
import { TemplatePanels } from '../templates/template-panels';
import { VariablesContext } from '../templates/variables-context';
import { CompareView } from './compare-view';
import type { CompareAnswer } from './compare-view';
import { Dialog } from './dialog';
import type { DialogButton } from './dialog';
import { DiskBanner } from './disk-banner';
import { host } from './host';
import { MetadataPanel } from './metadata-panel';
import { describeProblem } from './problem-text';
import { RecoveryDialog } from './recovery-dialog';
import { StatusBar } from './status-bar';

/** One open release: where it lives on disk, what we knew of the file, and its draft id in the recovery store. */
interface Session {
  /** Changes when another document is loaded: the editor is rebuilt. */
  key: number;
  draftId: string;
  path: string | null;
  /** File name for the title bar; '' until the release is saved. */
  name: string;
  stamp: FileStamp | null;
  /** The document as loaded: Slate's initial value and the fields we do not edit. */
  document: PressroomDocument;
}

interface Question {
  title: string;
  body?: ReactNode;
  buttons: DialogButton<string>[];
  cancelValue: string;
  resolve: (answer: string) => void;
}

interface Comparison {
  left: PressroomDocument | null;
  right: PressroomDocument;
  leftTitle: string;
  rightTitle: string;
  leftAction: string;
  rightAction: string;
  resolve: (answer: CompareAnswer) => void;
}

/** Autosave ~1 s after typing stops (as VS Code's hot exit); stats and outline follow a little sooner. */
const AUTOSAVE_DELAY_MS = 1000;
const SETTLE_DELAY_MS = 250;
const DISK_CHECK_INTERVAL_MS = 4000;
/** The save text is prepared a slice at a time (see preparedForSaving): about half a frame per slice. */
const SAVE_TEXT_SLICE_MS = 8;
/** Idle slices run at the latest this long after they are asked for, even when the window is never idle. */
const SAVE_TEXT_IDLE_TIMEOUT_MS = 1000;

/** Yields to input and painting for one task; a message, unlike a timer, is not slowed in a background window. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

let sessionCounter = 0;
const newDraftId = (): string => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `draft-${Date.now()}-${Math.random().toString(36).slice(2)}`);

function newSession(document: PressroomDocument, file: { path: string | null; name: string; stamp: FileStamp | null }, draftId?: string): Session {
  sessionCounter += 1;
  return { key: sessionCounter, draftId: draftId ?? newDraftId(), ...file, document };
}

/** A name to suggest in the save dialog: the file's, the release title, or the headline. */
function suggestedNameOf(session: Session, metadata: ReleaseMetadata, body: readonly Descendant[], untitled: string): string {
  if (session.name) return session.name.replace(/\.pressroom$/u, '');
  const headline = body[0] ? Node.string(body[0]).trim() : '';
  const candidate = metadata.title.trim() || headline || untitled;
  return candidate.length > 80 ? candidate.slice(0, 80).trim() : candidate;
}

export function App({ initialSettings }: { initialSettings: Settings }) {
  const { t, i18n } = useTranslation();
  const [settings, setSettings] = useState(initialSettings);
  const uiLanguage = interfaceLanguageOf(settings.interfaceLanguage, settings.systemLanguage);

  const [session, setSession] = useState<Session>(() =>
    newSession(createBlankDocument(uiLanguage), { path: null, name: '', stamp: null }),
  );
  const [metadata, setMetadata] = useState<ReleaseMetadata>(session.document.metadata);
  const [dirty, setDirty] = useState(false);
  const [revision, setRevision] = useState(0);
  const [draftSavedAt, setDraftSavedAt] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [question, setQuestion] = useState<Question | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [diskAlert, setDiskAlert] = useState<{ kind: 'changed' | 'missing'; sha256?: string } | null>(null);
  const [linkEditing, setLinkEditing] = useState<string | null>(null);
  const [detailsOpen, setDetailsOpen] = useState(true);

  // eslint-disable-next-line react-hooks/exhaustive-deps
  const editor = useMemo(() => createReactReleaseEditor(session.document.metadata.language), [session.key]);

  // Latest values for the async flows (menu commands, timers) without re-subscribing.
  const sessionRef = useRef(session);
  const metadataRef = useRef(metadata);
  const dirtyRef = useRef(dirty);
  const editorRef = useRef(editor);
  const changeCount = useRef(0);
  const autosaveTimer = useRef<number | undefined>(undefined);
  const settleTimer = useRef<number | undefined>(undefined);
  const dismissedDisk = useRef<string | null>(null);
  sessionRef.current = session;
  metadataRef.current = metadata;
  dirtyRef.current = dirty;
  editorRef.current = editor;

  const displayName = session.name || t('untitled');

  const currentDocument = useCallback((): PressroomDocument => {
    const { document } = sessionRef.current;
    return { ...document, metadata: metadataRef.current, body: editorRef.current.children as ReleaseBlock[] };
  }, []);

  /**
   * Autosave and save send the release as JSON text, which crosses to the host as one copy (a 5 MB release as an
   * object cost 30–40 ms of structured cloning on this thread). The text keeps each block's JSON until Slate
   * replaces the block (core/model/document-transfer.ts), so after typing only the edited blocks are stringified.
   */
  const saveText = useMemo(() => createDocumentTransfer(), []);
  /** Stringifies the blocks not yet known a slice per task, so building the text next is one short task. */
  const preparedForSaving = useCallback(async () => {
    for (let slice = 0; slice < 10_000; slice += 1) {
      if (saveText.warm(editorRef.current.children, SAVE_TEXT_SLICE_MS, () => performance.now())) return;
      await nextTask();
    }
  }, [saveText]);
  const currentDocumentText = useCallback((): string => saveText.textOf(currentDocument()), [currentDocument, saveText]);

  // --- dialogs as promises -------------------------------------------------------------------------------------
  const ask = useCallback(
    (spec: Omit<Question, 'resolve'>) => new Promise<string>((resolve) => setQuestion({ ...spec, resolve })),
    [],
  );
  const answer = (value: string) => {
    const current = question;
    setQuestion(null);
    current?.resolve(value);
  };
  const showProblem = useCallback(
    async (problem: FileProblem) => {
      const text = describeProblem(t, problem);
      await ask({
        title: text.title,
        body: (
          <>
            <p>{text.body}</p>
            {text.lines.map((line) => (
              <p key={line} className="modal__detail">
                {line}
              </p>
            ))}
          </>
        ),
        buttons: [{ value: 'ok', label: t('common.ok'), kind: 'primary' }],
        cancelValue: 'ok',
      });
    },
    [ask, t],
  );
  const compare = useCallback(
    (spec: Omit<Comparison, 'resolve'>) => new Promise<CompareAnswer>((resolve) => setComparison({ ...spec, resolve })),
    [],
  );

  // --- document sessions ---------------------------------------------------------------------------------------
  const startSession = useCallback((next: Session, options: { dirty: boolean }) => {
    window.clearTimeout(autosaveTimer.current);
    changeCount.current = 0;
    dismissedDisk.current = null;
    setSession(next);
    setMetadata(next.document.metadata);
    setDirty(options.dirty);
    setDraftSavedAt(null);
    setDiskAlert(null);
    setRevision((value) => value + 1);
  }, []);

  /**
   * A release read from disk or from the recovery store, which may be big: its page is rendered as a transition,
   * in React's slices of a few milliseconds, so only the commit is one task (a 5 MB release: no long task;
   * bench/). Callers let the host's reply decode in a task of its own first (~20 ms for 5 MB).
   */
  const showRelease = useCallback(
    (next: Session, options: { dirty: boolean }) => startTransition(() => startSession(next, options)),
    [startSession],
  );

  const saveDraftNow = useCallback(async () => {
    window.clearTimeout(autosaveTimer.current);
    if (!dirtyRef.current) return;
    await preparedForSaving();
    // Read after the slices: the draft holds the release as it is when the text is built, in this same task.
    const current = sessionRef.current;
    const reply = await host().saveDraft({
      draftId: current.draftId,
      path: current.path,
      name: current.name || suggestedNameOf(current, metadataRef.current, editorRef.current.children, t('untitled')),
      documentText: currentDocumentText(),
    });
    if (reply.status === 'saved') setDraftSavedAt(new Date().toLocaleTimeString(i18n.language === 'kk' ? 'kk-KZ' : i18n.language, { hour: '2-digit', minute: '2-digit' }));
  }, [currentDocumentText, i18n.language, preparedForSaving, t]);

  const markChanged = useCallback(() => {
    changeCount.current += 1;
    if (!dirtyRef.current) {
      dirtyRef.current = true;
      setDirty(true);
    }
    window.clearTimeout(autosaveTimer.current);
    autosaveTimer.current = window.setTimeout(() => void saveDraftNow(), AUTOSAVE_DELAY_MS);
    window.clearTimeout(settleTimer.current);
    settleTimer.current = window.setTimeout(() => setRevision((value) => value + 1), SETTLE_DELAY_MS);
  }, [saveDraftNow]);

  const onEditorChange = useCallback(() => {
    const { operations } = editorRef.current;
    if (operations.some((operation) => operation.type !== 'set_selection')) markChanged();
    else if (operations.length > 0) syncDomSelection(editorRef.current);
  }, [markChanged]);

  const changeMetadata = useCallback(
    (next: ReleaseMetadata) => {
      if (next.language !== metadataRef.current.language) setEditorLanguage(editorRef.current, next.language);
      metadataRef.current = next;
      setMetadata(next);
      markChanged();
    },
    [markChanged],
  );

  /** Saves; resolves true when the document is on disk. Handles changed-on-disk and every failure. */
  const save = useCallback(
    async (options: { saveAs?: boolean; overwriteChanged?: boolean } = {}): Promise<boolean> => {
      await preparedForSaving();
      // From here to the call, one task: the text, the session and the change count all describe the same moment.
      const current = sessionRef.current;
      const startedAt = changeCount.current;
      const reply = await host().saveDocument({
        path: current.path,
        documentText: currentDocumentText(),
        stamp: current.stamp,
        suggestedName: suggestedNameOf(current, metadataRef.current, editorRef.current.children, t('untitled')),
        ...(options.saveAs ? { saveAs: true } : {}),
        ...(options.overwriteChanged ? { overwriteChanged: true } : {}),
      });
      if (reply.status === 'saved') {
        setSession((previous) => ({ ...previous, path: reply.path, name: reply.name, stamp: reply.stamp }));
        if (changeCount.current === startedAt) {
          dirtyRef.current = false;
          setDirty(false);
          window.clearTimeout(autosaveTimer.current);
          void host().discardDraft({ draftId: current.draftId });
        }
        dismissedDisk.current = null;
        setDiskAlert(null);
        setNotice(t('notice.saved', { name: reply.name }));
        return true;
      }
      if (reply.status === 'cancelled') return false;
      if (reply.problem.reason === 'changed-on-disk') {
        const choice = await ask({
          title: t('changed.title', { name: current.name || t('untitled') }),
          body: <p>{t('changed.body')}</p>,
          buttons: [
            { value: 'cancel', label: t('common.cancel') },
            { value: 'save-as', label: t('changed.saveAs') },
            { value: 'overwrite', label: t('changed.overwrite'), kind: 'danger' },
          ],
          cancelValue: 'cancel',
        });
        if (choice === 'overwrite') return save({ ...options, overwriteChanged: true });
        if (choice === 'save-as') return save({ saveAs: true });
        return false;
      }
      await showProblem(reply.problem);
      return false;
    },
    [ask, currentDocumentText, preparedForSaving, showProblem, t],
  );

  /** Resolves unsaved changes: true when the current document may be replaced or closed. */
  const confirmDiscard = useCallback(async (): Promise<boolean> => {
    if (!dirtyRef.current) return true;
    const current = sessionRef.current;
    const choice = await ask({
      title: t('unsaved.title', { name: current.name || t('untitled') }),
      body: <p>{t('unsaved.body')}</p>,
      buttons: [
        { value: 'dont-save', label: t('unsaved.dontSave'), kind: 'danger' },
        { value: 'cancel', label: t('common.cancel') },
        { value: 'save', label: t('unsaved.save'), kind: 'primary' },
      ],
      cancelValue: 'cancel',
    });
    if (choice === 'save') return save();
    if (choice === 'dont-save') {
      window.clearTimeout(autosaveTimer.current);
      await host().discardDraft({ draftId: current.draftId });
      return true;
    }
    return false;
  }, [ask, save, t]);

  const newDocument = useCallback(async () => {
    if (!(await confirmDiscard())) return;
    startSession(newSession(createBlankDocument(uiLanguage), { path: null, name: '', stamp: null }), { dirty: false });
  }, [confirmDiscard, startSession, uiLanguage]);

  const openDocument = useCallback(
    async (path?: string) => {
      const reply = await host().openDocument(path ? { path } : {});
      if (reply.status === 'cancelled') return;
      if (reply.status === 'failed') return showProblem(reply.problem);
      if (!(await confirmDiscard())) return;
      const { file } = reply;
      await nextTask();
      showRelease(newSession(file.document, { path: file.path, name: file.name, stamp: file.stamp }), { dirty: file.path === null });
      if (file.migratedFrom !== undefined) setNotice(t('notice.migrated', { version: file.migratedFrom }));
      else if (file.importedFrom) setNotice(t('notice.imported'));
      else setNotice(null);
    },
    [confirmDiscard, showProblem, showRelease, t],
  );

  const closeRequested = useCallback(async () => {
    if (dirtyRef.current) {
      await saveDraftNow();
      if (!(await confirmDiscard())) return;
    }
    await host().closeWindow({});
  }, [confirmDiscard, saveDraftNow]);

  const about = useCallback(async () => {
    await ask({
      title: t('about.title'),
      body: <p>{t('about.body')}</p>,
      buttons: [{ value: 'ok', label: t('common.close'), kind: 'primary' }],
      cancelValue: 'ok',
    });
  }, [ask, t]);

  /** File ▸ Export: the core formatter runs here, the host asks where and writes (renderer/publishing). */
  const runExport = useCallback(
    async (format: ExportFormat | 'all') => {
      const document = currentDocument();
      // The formatters (docx above all) load on first export, keeping the start of the app light.
      const { exportAllToFolder, exportToFile } = await import('../publishing/export-release');
      if (format !== 'all') {
        const reply = await exportToFile(host(), document, format);
        if (reply.status === 'exported') setNotice(t('publishing:exported', { paths: reply.paths.join(', ') }));
        else if (reply.status === 'failed') await showProblem(reply.problem);
        return;
      }
      let reply = await exportAllToFolder(host(), document);
      if (reply.status === 'exists') {
        const { folder, paths } = reply;
        const choice = await ask({
          title: t('publishing:overwriteTitle'),
          body: <p>{t('publishing:overwriteMessage', { folder, names: paths.map((path) => path.split(/[\\/]/u).pop()).join(', ') })}</p>,
          buttons: [
            { value: 'cancel', label: t('common.cancel') },
            { value: 'overwrite', label: t('publishing:overwrite'), kind: 'danger' },
          ],
          cancelValue: 'cancel',
        });
        if (choice !== 'overwrite') return;
        reply = await exportAllToFolder(host(), document, { folder, overwrite: true });
      }
      if (reply.status === 'exported') {
        const folder = reply.paths[0]?.replace(/[\\/][^\\/]*$/u, '') ?? '';
        setNotice(t('publishing:exportedAll', { folder }));
      } else if (reply.status === 'failed') await showProblem(reply.problem);
    },
    [ask, currentDocument, showProblem, t],
  );

  // Menu commands (native menu, shortcut by physical key, toolbar) and the host's file and close requests,
  // through the one command dispatcher (renderer/commands). Shortcuts wait while a question is asked.
  useCommandHandlers<'document' | 'export' | 'help'>(
    {
      new: () => void newDocument(),
      open: () => void openDocument(),
      save: () => void save(),
      'save-as': () => void save({ saveAs: true }),
      close: () => void newDocument(),
      about: () => void about(),
      'export-markdown': () => void runExport('markdown'),
      'export-html': () => void runExport('html'),
      'export-docx': () => void runExport('docx'),
      'export-all': () => void runExport('all'),
      'open-file': (path) => void openDocument(path),
      'close-requested': () => void closeRequested(),
    },
    { shortcutsPaused: question !== null || comparison !== null },
  );

  // Title bar, unsaved mark and the close guard.
  useEffect(() => {
    void host().setDocumentState({ name: displayName, path: session.path, dirty });
    document.title = `${dirty ? '• ' : ''}${displayName} – Pressroom`;
  }, [displayName, session.path, dirty]);

  // A release just loaded: its save text is prepared in idle slices, so the first autosave of a big release does
  // not stringify thousands of blocks in one task.
  useEffect(() => {
    let handle = 0;
    const slice = (deadline: IdleDeadline) => {
      const budget = deadline.didTimeout ? SAVE_TEXT_SLICE_MS : Math.min(SAVE_TEXT_SLICE_MS, Math.max(1, deadline.timeRemaining()));
      if (!saveText.warm(editorRef.current.children, budget, () => performance.now())) {
        handle = window.requestIdleCallback(slice, { timeout: SAVE_TEXT_IDLE_TIMEOUT_MS });
      }
    };
    handle = window.requestIdleCallback(slice, { timeout: SAVE_TEXT_IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }, [session.key, saveText]);

  // Drafts left by a crash or kill, offered back once at start.
  useEffect(() => {
    void host()
      .listDrafts({})
      .then((found) => setDrafts(found));
  }, []);

  // The open file, watched on focus and every few seconds.
  useEffect(() => {
    const { path, stamp } = session;
    if (!path || !stamp) return;
    let stopped = false;
    const check = async () => {
      const reply = await host().checkFileOnDisk({ path, stamp });
      if (stopped) return;
      if (reply.status === 'changed' && dismissedDisk.current !== reply.stamp.sha256) setDiskAlert({ kind: 'changed', sha256: reply.stamp.sha256 });
      else if (reply.status === 'missing' && dismissedDisk.current !== 'missing') setDiskAlert({ kind: 'missing' });
      else if (reply.status === 'unchanged') setDiskAlert(null);
    };
    const onFocus = () => void check();
    window.addEventListener('focus', onFocus);
    const timer = window.setInterval(() => void check(), DISK_CHECK_INTERVAL_MS);
    void check();
    return () => {
      stopped = true;
      window.removeEventListener('focus', onFocus);
      window.clearInterval(timer);
    };
  }, [session]);

  // Notices fade after a while.
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(null), 6000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  const reloadFromDisk = useCallback(async () => {
    const current = sessionRef.current;
    if (!current.path) return;
    const reply = await host().openDocument({ path: current.path });
    if (reply.status === 'failed') return showProblem(reply.problem);
    if (reply.status !== 'opened') return;
    await host().discardDraft({ draftId: current.draftId });
    const { file } = reply;
    showRelease(newSession(file.document, { path: file.path, name: file.name, stamp: file.stamp }), { dirty: false });
    setNotice(t('notice.reloaded'));
  }, [showProblem, showRelease, t]);

  const compareWithDisk = useCallback(async () => {
    const current = sessionRef.current;
    if (!current.path) return;
    const reply = await host().openDocument({ path: current.path });
    const onDisk = reply.status === 'opened' ? reply.file.document : null;
    const choice = await compare({
      left: onDisk,
      right: currentDocument(),
      leftTitle: t('compare.disk'),
      rightTitle: t('compare.mine'),
      leftAction: t('compare.useDisk'),
      rightAction: t('compare.useMine'),
    });
    if (choice === 'left') await reloadFromDisk();
  }, [compare, currentDocument, reloadFromDisk, t]);

  // --- recovery ------------------------------------------------------------------------------------------------
  const restoreDraft = useCallback(
    async (draft: Draft) => {
      if (!(await confirmDiscard())) return;
      let stamp: FileStamp | null = null;
      let name = draft.name;
      if (draft.path) {
        const reply = await host().openDocument({ path: draft.path });
        if (reply.status === 'opened') {
          stamp = reply.file.stamp;
          name = reply.file.name;
        }
      }
      setDrafts((list) => list.filter((item) => item.draftId !== draft.draftId));
      showRelease(newSession(draft.document, { path: draft.path, name: draft.path ? name : '', stamp }, draft.draftId), { dirty: true });
      setNotice(t('notice.restored'));
    },
    [confirmDiscard, showRelease, t],
  );
  const discardDraft = useCallback(async (draft: Draft) => {
    await host().discardDraft({ draftId: draft.draftId });
    setDrafts((list) => list.filter((item) => item.draftId !== draft.draftId));
  }, []);
  const compareDraft = useCallback(
    async (draft: Draft) => {
      if (!draft.path) return;
      const reply = await host().openDocument({ path: draft.path });
      const choice = await compare({
        left: reply.status === 'opened' ? reply.file.document : null,
        right: draft.document,
        leftTitle: t('compare.disk'),
        rightTitle: t('compare.draft'),
        leftAction: t('compare.useDisk'),
        rightAction: t('compare.useDraft'),
      });
      if (choice === 'right') await restoreDraft(draft);
      else if (choice === 'left') {
        await discardDraft(draft);
        await openDocument(draft.path);
      }
    },
    [compare, discardDraft, openDocument, restoreDraft, t],
  );

  // --- interface language --------------------------------------------------------------------------------------
  const changeInterfaceLanguage = useCallback(async (setting: InterfaceLanguageSetting) => {
    const next = await host().updateSettings({ interfaceLanguage: setting });
    setSettings(next);
  }, []);
  useEffect(() => {
    if (i18n.language !== uiLanguage) void setInterfaceLanguage(uiLanguage);
  }, [i18n.language, uiLanguage]);

  // --- links ---------------------------------------------------------------------------------------------------
  const editLink = useCallback(() => setLinkEditing(activeLink(editorRef.current)?.url ?? ''), []);
  const finishLink = (result: { url: string } | { remove: true } | null) => {
    setLinkEditing(null);
    const current = editorRef.current;
    if (result && 'url' in result) setLink(current, result.url);
    else if (result) removeLink(current);
  };

  const newFromTemplate = useCallback(
    async (document: PressroomDocument) => {
      if (!(await confirmDiscard())) return;
      startSession(newSession(document, { path: null, name: '', stamp: null }), { dirty: false });
    },
    [confirmDiscard, startSession],
  );

  const language: Language = metadata.language;

  return (
    <VariablesContext.Provider value={metadata.variables}>
      <Slate key={session.key} editor={editor} initialValue={session.document.body as Descendant[]} onChange={onEditorChange}>
        <div className="app">
          <header className="app__header">
            <div className="app__title">
              <span className="app__name">{displayName}</span>
              {dirty && (
                <span className="app__dirty" title={t('status.unsaved')} aria-label={t('status.unsaved')}>
                  ●
                </span>
              )}
              {notice && (
                <span className="app__notice" role="status">
                  {notice}
                </span>
              )}
            </div>
            <Toolbar
              onLink={editLink}
              detailsOpen={detailsOpen}
              onToggleDetails={() => setDetailsOpen((open) => !open)}
            />
          </header>
          {diskAlert && (
            <DiskBanner
              kind={diskAlert.kind}
              name={displayName}
              onReload={() => void reloadFromDisk()}
              onKeepMine={() => {
                dismissedDisk.current = diskAlert.sha256 ?? 'missing';
                setDiskAlert(null);
                void save({ saveAs: true });
              }}
              onCompare={() => void compareWithDisk()}
              onDismiss={() => {
                dismissedDisk.current = diskAlert.sha256 ?? 'missing';
                setDiskAlert(null);
              }}
            />
          )}
          <div className={detailsOpen ? 'app__body' : 'app__body app__body--no-details'}>
            <aside className="app__sidebar">
              <OutlineSidebar revision={revision} />
            </aside>
            <main className="app__page-scroller">
              <article className="page" lang={language}>
                <ReleaseEditable language={language} onLink={editLink} />
              </article>
            </main>
            {detailsOpen && (
              <aside className="app__details">
                <MetadataPanel metadata={metadata} onChange={changeMetadata} />
                <TemplatePanels
                  variables={metadata.variables}
                  language={language}
                  onVariablesChange={(variables) => changeMetadata({ ...metadataRef.current, variables })}
                />
              </aside>
            )}
          </div>
          <StatusBar
            revision={revision}
            dirty={dirty}
            draftSavedAt={draftSavedAt}
            documentLanguage={language}
            settings={settings}
            onInterfaceLanguage={(setting) => void changeInterfaceLanguage(setting)}
          />
        </div>
        <TemplateFeatures
          editor={editor}
          language={language}
          currentDocument={currentDocument}
          onNewDocument={(document) => void newFromTemplate(document)}
          onNotice={setNotice}
        />
      </Slate>
      {linkEditing !== null && <LinkDialog initial={linkEditing} onDone={finishLink} />}
      {drafts.length > 0 && !question && !comparison && (
        <RecoveryDialog
          drafts={drafts}
          onRestore={(draft) => void restoreDraft(draft)}
          onCompare={(draft) => void compareDraft(draft)}
          onDiscard={(draft) => void discardDraft(draft)}
          onLater={() => setDrafts([])}
        />
      )}
      {comparison && (
        <CompareView
          {...comparison}
          onAnswer={(value) => {
            setComparison(null);
            comparison.resolve(value);
          }}
        />
      )}
      {question && (
        <Dialog title={question.title} buttons={question.buttons} cancelValue={question.cancelValue} onAnswer={answer}>
          {question.body}
        </Dialog>
      )}
    </VariablesContext.Provider>
  );
}
