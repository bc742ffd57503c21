import type { DiscardedDraft, Draft, FileProblem, FileStamp, HostCallName, PressroomApi, Settings } from '../../../core/api';
import type { PressroomDocument } from '../../../core/model/types';
import type { AnswerTo, CompareAnswer, Comparison, IdleDeadlineLike, Question, Scheduling } from '../ports';

/**
 * Test doubles for the document session: a host with files, drafts and dialogs in memory, a user who answers
 * questions from a script, and a clock the test moves by hand.
 */

interface StoredFile {
  text: string;
  stamp: FileStamp;
  /** Opened as an import (Markdown, DOCX…): the reply has no path, as the real host's. */
  importedFrom?: 'markdown';
  migratedFrom?: number;
}

const nameOf = (path: string) => (path.split('/').pop() ?? path).replace(/\.[a-z]+$/u, '');

/** A promise and the function that fulfils it. */
export function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

export class FakeHost {
  readonly calls: { name: HostCallName; request: unknown }[] = [];
  readonly files = new Map<string, StoredFile>();
  readonly drafts = new Map<string, Draft>();
  /** Releases closed with "Don't save", by id, oldest first. */
  readonly discarded = new Map<string, { draft: DiscardedDraft; document: PressroomDocument }>();
  readonly userWords = new Set<string>();
  /** What the user picks in the host's save dialog, in order: a path, or null for Cancel. Empty: Cancel. */
  readonly saveDialog: (string | null)[] = [];
  /** The same for the open dialog. */
  readonly openDialog: (string | null)[] = [];
  /** The next save fails with this problem (a full disk, a read-only folder…). */
  failNextSave: FileProblem | null = null;
  /** While set, a save waits for it before writing (to edit while a save is under way). */
  saveGate: Promise<void> | null = null;
  closed = false;
  windowState: { name: string; path: string | null; dirty: boolean } | null = null;
  settings: Settings = { interfaceLanguage: 'system', systemLanguage: 'ru', teamTemplateFolder: null };
  /** What File ▸ Print answers (the browser host: 'unavailable'). */
  printReply: Awaited<ReturnType<PressroomApi['printDocument']>> = { status: 'printed' };
  private version = 0;

  /** Writes a file as another program would: a new stamp. */
  write(path: string, document: PressroomDocument, extra: Pick<StoredFile, 'importedFrom' | 'migratedFrom'> = {}): FileStamp {
    const text = JSON.stringify(document);
    this.version += 1;
    const stamp = { mtimeMs: this.version, size: text.length, sha256: `sha-${this.version}` };
    this.files.set(path, { text, stamp, ...extra });
    return stamp;
  }

  read(path: string): PressroomDocument {
    const file = this.files.get(path);
    if (!file) throw new Error(`no file ${path}`);
    return JSON.parse(file.text) as PressroomDocument;
  }

  callsOf(name: HostCallName): unknown[] {
    return this.calls.filter((call) => call.name === name).map((call) => call.request);
  }

  private record(name: HostCallName, request: unknown) {
    this.calls.push({ name, request });
  }

  readonly api: PressroomApi = {
    openDocument: async (request) => {
      this.record('openDocument', request);
      const path = request.path ?? this.openDialog.shift() ?? null;
      if (path === null) return { status: 'cancelled' };
      const file = this.files.get(path);
      if (!file) return { status: 'failed', problem: { reason: 'not-found', path } };
      const document = JSON.parse(file.text) as PressroomDocument;
      if (file.importedFrom) return { status: 'opened', file: { path: null, name: nameOf(path), document, stamp: null, importedFrom: file.importedFrom } };
      return {
        status: 'opened',
        file: { path, name: nameOf(path), document, stamp: file.stamp, ...(file.migratedFrom !== undefined ? { migratedFrom: file.migratedFrom } : {}) },
      };
    },
    saveDocument: async (request) => {
      this.record('saveDocument', request);
      let path = request.path;
      if (path === null || request.saveAs) {
        path = this.saveDialog.shift() ?? null;
        if (path === null) return { status: 'cancelled' };
      }
      if (this.saveGate) await this.saveGate;
      if (this.failNextSave) {
        const problem = { ...this.failNextSave, path };
        this.failNextSave = null;
        return { status: 'failed', problem };
      }
      const onDisk = this.files.get(path);
      if (path === request.path && onDisk && request.stamp && onDisk.stamp.sha256 !== request.stamp.sha256 && !request.overwriteChanged) {
        return { status: 'failed', problem: { reason: 'changed-on-disk', path } };
      }
      const stamp = this.write(path, JSON.parse(request.documentText) as PressroomDocument);
      return { status: 'saved', path, name: nameOf(path), stamp };
    },
    checkFileOnDisk: async (request) => {
      this.record('checkFileOnDisk', request);
      const file = this.files.get(request.path);
      if (!file) return { status: 'missing' };
      return file.stamp.sha256 === request.stamp.sha256 ? { status: 'unchanged' } : { status: 'changed', stamp: file.stamp };
    },
    exportDocument: async (request) => {
      this.record('exportDocument', request);
      return { status: 'exported', paths: [`/exports/${request.suggestedName}`] };
    },
    exportAll: async (request) => {
      this.record('exportAll', request);
      return { status: 'exported', paths: [] };
    },
    listRecent: async () => [],
    getSettings: async () => this.settings,
    updateSettings: async (request) => {
      this.record('updateSettings', request);
      this.settings = {
        ...this.settings,
        ...(request.interfaceLanguage ? { interfaceLanguage: request.interfaceLanguage } : {}),
        ...(request.organisation ? { organisation: request.organisation } : {}),
      };
      return this.settings;
    },
    setDocumentState: async (request) => {
      this.windowState = request;
    },
    closeWindow: async (request) => {
      this.record('closeWindow', request);
      this.closed = true;
    },
    openExternal: async () => ({ opened: false }),
    listTemplates: async () => [],
    saveTemplate: async () => ({ status: 'cancelled' }),
    renameTemplate: async () => ({ status: 'cancelled' }),
    duplicateTemplate: async () => ({ status: 'cancelled' }),
    deleteTemplate: async () => ({ status: 'deleted' }),
    importTemplates: async () => ({ status: 'cancelled' }),
    exportTemplate: async () => ({ status: 'cancelled' }),
    setTeamTemplateFolder: async () => ({ status: 'cancelled' }),
    saveDraft: async (request) => {
      this.record('saveDraft', request);
      const document = JSON.parse(request.documentText) as PressroomDocument;
      this.drafts.set(request.draftId, { draftId: request.draftId, path: request.path, name: request.name, savedAt: '2025-08-29T10:00:00.000Z', document });
      return { status: 'saved' };
    },
    discardDraft: async (request) => {
      this.record('discardDraft', request);
      this.drafts.delete(request.draftId);
    },
    listDrafts: async () => [...this.drafts.values()],
    renderPdf: async (request) => {
      this.record('renderPdf', request);
      return { status: 'rendered', bytes: new TextEncoder().encode('%PDF-1.7 fake') };
    },
    printDocument: async (request) => {
      this.record('printDocument', request);
      return this.printReply;
    },
    keepDiscardedDraft: async (request) => {
      this.record('keepDiscardedDraft', request);
      const document = JSON.parse(request.documentText) as PressroomDocument;
      const id = `d${this.discarded.size + 1}-${request.draftId}`;
      this.discarded.set(id, { draft: { id, path: request.path, name: request.name, headline: '', words: 0, discardedAt: '2025-08-29T10:00:00.000Z' }, document });
      this.drafts.delete(request.draftId);
      return { status: 'kept' };
    },
    listDiscardedDrafts: async () => [...this.discarded.values()].map((entry) => entry.draft).reverse(),
    openDiscardedDraft: async (request) => {
      const found = this.discarded.get(request.id);
      return found ? { status: 'opened', ...found } : { status: 'failed', problem: { reason: 'not-found' } };
    },
    readUserDictionary: async () => ({ words: [...this.userWords] }),
    addToUserDictionary: async (request) => {
      this.userWords.add(request.word);
      return { status: 'added', words: [...this.userWords] };
    },
    onCommand: () => () => undefined,
    platform: 'linux',
  };
}

/** The user in front of the dialogs: answers each question and comparison from a script, and remembers them. */
export class FakeUser {
  readonly questions: Question[] = [];
  readonly comparisons: Comparison[] = [];
  readonly answers: string[] = [];
  readonly compareAnswers: CompareAnswer[] = [];
  /** Called as each question appears, to look at the world at that moment. */
  onQuestion: (question: Question) => void = () => undefined;

  readonly ask = async <Q extends Question>(question: Q): Promise<AnswerTo<Q>> => {
    this.questions.push(question);
    this.onQuestion(question);
    const answer = this.answers.shift();
    if (answer === undefined) throw new Error(`nobody answers the question ${question.kind}`);
    return answer as AnswerTo<Q>;
  };

  readonly compare = async (comparison: Comparison): Promise<CompareAnswer> => {
    this.comparisons.push(comparison);
    return this.compareAnswers.shift() ?? 'close';
  };
}

/** Lets every pending promise continuation run (host replies are immediate, so one turn is enough). */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Time the test moves: timers and intervals fire only in `advance`, idle callbacks only in `idle`, window focus
 * only in `focus`. `now` (the slices' clock) stands still unless `tick` makes it move with every reading.
 */
export class FakeTime implements Scheduling {
  private clock = 0;
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; run: () => void; every?: number }>();
  private readonly idles = new Map<number, (deadline: IdleDeadlineLike) => void>();
  private readonly focusListeners = new Set<() => void>();
  /** How many times the session yielded a task (nextTask). */
  tasks = 0;
  /** Milliseconds `now` moves on at each reading. */
  tick = 0;
  private monotonic = 0;

  setTimeout = (run: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.clock + ms, run });
    return id;
  };
  clearTimeout = (handle: unknown): void => void this.timers.delete(handle as number);
  setInterval = (run: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.clock + ms, run, every: ms });
    return id;
  };
  clearInterval = (handle: unknown): void => void this.timers.delete(handle as number);
  now = (): number => (this.monotonic += this.tick);
  wallClock = (): number => Date.UTC(2025, 7, 29, 10, 0) + this.clock;
  nextTask = (): Promise<void> => {
    this.tasks += 1;
    return Promise.resolve();
  };
  requestIdle = (run: (deadline: IdleDeadlineLike) => void): unknown => {
    const id = this.nextId++;
    this.idles.set(id, run);
    return id;
  };
  cancelIdle = (handle: unknown): void => void this.idles.delete(handle as number);
  onWindowFocus = (listener: () => void): (() => void) => {
    this.focusListeners.add(listener);
    return () => this.focusListeners.delete(listener);
  };

  /** Moves the clock on by `ms`, firing each timer when its time comes and letting its work finish. */
  async advance(ms: number): Promise<void> {
    const end = this.clock + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      const [id, timer] = due;
      this.clock = timer.at;
      if (timer.every) timer.at += timer.every;
      else this.timers.delete(id);
      timer.run();
      await settle();
    }
    this.clock = end;
    await settle();
  }

  /** Runs the idle callbacks asked for so far, each with `budget` ms of idle time. Returns how many ran. */
  async idle(budget: number): Promise<number> {
    const due = [...this.idles.entries()];
    this.idles.clear();
    for (const [, run] of due) run({ didTimeout: false, timeRemaining: () => budget });
    await settle();
    return due.length;
  }

  get pendingIdle(): number {
    return this.idles.size;
  }

  async focus(): Promise<void> {
    for (const listener of [...this.focusListeners]) listener();
    await settle();
  }
}
