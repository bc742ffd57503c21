import type { Editor } from 'slate';
import type { ExportFormat, ExportReply, FileProblem, PressroomApi, Settings } from '../../core/api';
import type { DocumentTransfer } from '../../core/model/document-transfer';
import type { PressroomDocument, ReleaseLanguage } from '../../core/model/types';

/**
 * What the document session (./document-session.ts) needs from the world, as ports: the host contract, a way
 * to ask the user and to show two versions side by side, the clock and the scheduler, the editor factory. The
 * app plugs in the window's (renderer/app/app.tsx, ./browser-scheduling.ts); tests plug in fakes
 * (./testing/fake-host.ts).
 */
/** What the session asks the user; the shell draws each as a dialog in the interface language. */
export type Question =
  /** Before the release is replaced or the window closes with unsaved changes. `name` is '' when untitled. */
  | { kind: 'unsaved-changes'; name: string }
  /** Saving found the file changed by another program since it was read. */
  | { kind: 'changed-on-disk'; name: string }
  | { kind: 'problem'; problem: FileProblem }
  /** Export all found files of the same names in the folder. */
  | { kind: 'overwrite-exports'; folder: string; paths: string[] }
  | { kind: 'about' };

export interface Answers {
  'unsaved-changes': 'save' | 'dont-save' | 'cancel';
  'changed-on-disk': 'overwrite' | 'save-as' | 'cancel';
  problem: 'ok';
  'overwrite-exports': 'overwrite' | 'cancel';
  about: 'ok';
}
export type AnswerTo<Q extends Question> = Answers[Q['kind']];
/** Shows a question and resolves with the user's answer (Escape gives the question's cancel answer). */
export type Ask = <Q extends Question>(question: Q) => Promise<AnswerTo<Q>>;

/** The file on disk (left) against the open release or a draft (right), side by side. */
export interface Comparison {
  against: 'mine' | 'draft';
  onDisk: PressroomDocument | null;
  other: PressroomDocument;
}
/** 'left' takes the file on disk, 'right' the other version, 'close' neither. */
export type CompareAnswer = 'left' | 'right' | 'close';

/** What an idle callback is told: as the browser's IdleDeadline. */
export interface IdleDeadlineLike {
  didTimeout: boolean;
  timeRemaining(): number;
}

/** Time and scheduling, injected so tests control them (./browser-scheduling.ts is the window's). */
export interface Scheduling {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  /** A monotonic clock in ms (performance.now), for the save text's slice budgets. */
  now(): number;
  /** The wall clock in ms since the epoch (Date.now), for "draft saved at". */
  wallClock(): number;
  /** Yields to input and painting for one task. */
  nextTask(): Promise<void>;
  requestIdle(run: (deadline: IdleDeadlineLike) => void, timeoutMs: number): unknown;
  cancelIdle(handle: unknown): void;
  /** Calls `listener` when the window gets the focus back; returns the unsubscribe function. */
  onWindowFocus(listener: () => void): () => void;
}

/** The export glue (renderer/publishing/export-release.ts), loaded on the first export. */
export interface Publishing {
  exportToFile(api: PressroomApi, document: PressroomDocument, format: ExportFormat, options?: { script?: 'cyrillic' | 'latin' }): Promise<ExportReply>;
  exportAllToFolder(api: PressroomApi, document: PressroomDocument, again?: { folder?: string; overwrite?: boolean }, options?: { script?: 'cyrillic' | 'latin' }): Promise<ExportReply>;
}

export interface SessionPorts<E extends Editor = Editor> {
  host: PressroomApi;
  ask: Ask;
  compare: (comparison: Comparison) => Promise<CompareAnswer>;
  /** A new editor for a release in this language (renderer: createReactReleaseEditor). */
  createEditor: (language: ReleaseLanguage) => E;
  /** A blank release for File ▸ New, as these settings have it (in the interface language). */
  blankRelease: (settings: Settings) => PressroomDocument;
  /** The word for a release never saved ("Untitled"), for the draft's name and the save dialog's suggestion. */
  untitled: () => string;
  settings: Settings;
  scheduling: Scheduling;
  /**
   * Runs a state change whose rendering may take long (a big release shown): React's startTransition, so the
   * page is rendered in slices and only the commit is one task. Default: run it at once.
   */
  transition?: (apply: () => void) => void;
  /** Default: import('../publishing/export-release'), which keeps the formatters off the start-up path. */
  loadPublishing?: () => Promise<Publishing>;
  newDraftId?: () => string;
  /** Default: createDocumentTransfer(); tests may watch it. */
  saveText?: DocumentTransfer;
}
