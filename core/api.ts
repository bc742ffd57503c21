/**
 * The host contract: every call the renderer can make, with its request and reply.
 *
 * - `electron/preload.ts` builds `window.pressroom` from HOST_CALL_NAMES and exposes nothing else.
 * - `electron/main.ts` registers one handler per name through a typed `handle()` that checks the sender and
 *   validates the request with `hostRequestSchemas` (core/api-validation.ts).
 * - The end-to-end test host (e2e/host) serves the same table over Playwright bindings.
 *
 * Failures come back as values (`status: 'failed'` with a FileProblem) that the UI shows; they never throw.
 */
import type { InterfaceLanguage } from './i18n/interface-languages';
import type { DocumentDamage } from './model/document-damage';
import type { PressroomDocument, ReleaseLanguage, TemplateKind } from './model/types';
import type { OrganisationSettings } from './checklist/organisation';
import type { DatelineSettings } from './typography/dateline';
import type { HouseDash } from './typography/house-dash';

/** What we knew of a file on disk when we last read or wrote it; used to notice changes behind our back. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
}

/** Files larger than this are refused on open and save, and so is a longer document text: a press release is never 50 MB. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/** Why a file operation failed; the renderer words each one in the user's language. */
export type FileProblemReason =
  | 'not-json'
  | 'not-pressroom'
  | 'newer-version'
  | 'invalid'
  | 'unreadable-import'
  | 'not-found'
  | 'permission-denied'
  | 'read-only'
  | 'disk-full'
  | 'changed-on-disk'
  | 'too-large'
  | 'io';

export interface FileProblem {
  reason: FileProblemReason;
  /** The file concerned, when there is one. */
  path?: string;
  /** What exactly is wrong inside a damaged file (not-json, invalid), as data the interface words. */
  damage?: DocumentDamage;
  /** The system's error code (ENOENT, EACCES, EIO…) when the OS refused; shown as it is, it is not prose. */
  code?: string;
  /**
   * The parser's, the schema's or the system's own words, in English: for logs and bug reports, never shown as
   * the message (the interface words `reason`, `damage` and `code` in the user's language).
   */
  detail?: string;
  /** For `newer-version`: the version the file declares. */
  version?: number;
}

export type Cancelled = { status: 'cancelled' };
export type Failed = { status: 'failed'; problem: FileProblem };

export type ImportFormat = 'markdown' | 'docx' | 'html' | 'text';
/**
 * Every export format, in the order Export all writes them. Adding one here makes the compiler name every place that must change: its formatter and
 * extension (core/formats/index.ts), its menu command
 * (core/commands.ts, through ExportAction), its words (core/i18n/catalogue: shell.ts, publishing.ts, through
 * ExportLabel), the host's extension and file filter (electron/services) and the CLI's `--to` names (cli/pressroom.ts).
 * See docs/parts/formats.md.
 */
export const EXPORT_FORMATS = ['markdown', 'html', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** File ▸ Export ▸ <format>: one menu action per export format. */
export type ExportAction = `export-${ExportFormat}`;
/** The catalogue key of an export format's menu words: exportMarkdown, exportHtml, exportDocx. */
export type ExportLabel = `export${Capitalize<ExportFormat>}`;

export interface OpenedFile {
  /** null when the document was imported from another format: it is a new, unsaved release. */
  path: string | null;
  /** File name shown in the title bar. */
  name: string;
  document: PressroomDocument;
  stamp: FileStamp | null;
  /** Set when the file was written by an older version and migrated on open. */
  migratedFrom?: number;
  /** Set when the document was imported from Markdown, DOCX or HTML. */
  importedFrom?: ImportFormat;
}

export type OpenDocumentReply = { status: 'opened'; file: OpenedFile } | Cancelled | Failed;
export type SaveDocumentReply = { status: 'saved'; path: string; name: string; stamp: FileStamp } | Cancelled | Failed;
export type FileOnDiskReply = { status: 'unchanged' } | { status: 'changed'; stamp: FileStamp } | { status: 'missing' };
export type ExportReply =
  | { status: 'exported'; paths: string[] }
  /** Export all found files of the same names in the chosen folder; ask, then call again with overwrite. */
  | { status: 'exists'; folder: string; paths: string[] }
  | Cancelled
  | Failed;

/** The interface language the user chose, or 'system': the OS's (core/i18n/interface-languages.ts). */
export type InterfaceLanguageSetting = InterfaceLanguage | 'system';
export interface Settings {
  interfaceLanguage: InterfaceLanguageSetting;
  /** The language the OS reports, mapped to an interface language (en when it is none of them). */
  systemLanguage: InterfaceLanguage;
  /** The team's shared, read-only template folder, if one was added. */
  teamTemplateFolder: string | null;
  /** The organisation's checklist limits and house style (settings.json `organisation`); absent: the defaults. */
  organisation?: OrganisationSettings;
}

export type TemplateSource = 'built-in' | 'library' | 'team';
export interface TemplateInfo {
  id: string;
  source: TemplateSource;
  name: string;
  description: string;
  language: ReleaseLanguage;
  /** 'section' templates feed "Insert section"; absent means a whole release. */
  kind?: TemplateKind;
}
export type TemplateEntry =
  | (TemplateInfo & { usable: true; document: PressroomDocument })
  | (TemplateInfo & { usable: false; problem: FileProblem });
export type TemplateReply = { status: 'done'; template: TemplateInfo } | Cancelled | Failed;

/** An unsaved document kept in the recovery store. */
export interface Draft {
  draftId: string;
  /** The file the draft belongs to, or null for a release never saved. */
  path: string | null;
  name: string;
  savedAt: string;
  document: PressroomDocument;
}

/**
 * A release the user chose not to save ("Don't save"), kept in the recovery store for a while
 * (electron/services/recovery.ts: 7 days, capped in count and size) and offered by File ▸ Recover discarded….
 */
export interface DiscardedDraft {
  id: string;
  /** The file it was opened from, or null for a release never saved. */
  path: string | null;
  name: string;
  /** The release's headline as it was ('' when it had none). */
  headline: string;
  words: number;
  discardedAt: string;
}

/**
 * Actions the native menu (or an OS event) asks the renderer to carry out. Each has one entry in the command table,
 * core/commands.ts (MENU_COMMANDS: menu place, shortcut, toolbar button, label, the area that runs it); the
 * compiler asks for it there, and for its handler in the renderer feature of that area.
 */
export type MenuAction =
  | 'new'
  | 'new-from-template'
  | 'open'
  | 'save'
  | 'save-as'
  | 'save-as-template'
  | 'close'
  | ExportAction
  | 'export-all'
  | 'print'
  | 'insert-section'
  | 'manage-templates'
  | 'about'
  | 'recover-discarded'
  | FindAction
  | 'typography'
  | SpanLanguageAction
  | 'settings';

/**
 * Edit ▸ Language of selection: mark the selected words as written in a release language (a Kazakh quote in a Russian
 * release), or take the mark away (the release's language). core/editing/span-language.ts.
 */
export type SpanLanguageAction = `span-language-${ReleaseLanguage}` | 'span-language-release';

/** Edit ▸ Find, Replace, Find next (F3), Find previous (Shift+F3): the find bar's commands (renderer/find). */
export type FindAction = 'find' | 'replace' | 'find-next' | 'find-previous';

export type HostCommand =
  | { type: 'menu'; action: MenuAction }
  /** A file given on the command line, by a second launch or by the OS ("Open with"). */
  | { type: 'open-file'; path: string }
  /** The window is closing or the app quitting: the renderer resolves unsaved changes, then calls closeWindow. */
  | { type: 'close-requested' };

/** Request and reply of every host call. */
export interface HostCalls {
  /** Opens a .pressroom file, or imports .md/.docx/.html as a new release. No path: the host asks. */
  openDocument: { request: { path?: string }; reply: OpenDocumentReply };
  /**
   * Validates and writes the document atomically. `path: null` or `saveAs: true`: the host asks where.
   * `stamp` is what we knew of the file; if the file on disk differs, the reply is `changed-on-disk`
   * unless `overwriteChanged` is set (the user chose to overwrite).
   * `documentText` is the release as JSON text (core/model/document-transfer.ts): a string crosses IPC as one
   * copy, where an object is structured-cloned node by node on the renderer's main thread. The host parses and
   * validates it, and refuses text that is not a valid current-version release before writing anything.
   */
  saveDocument: {
    request: { path: string | null; documentText: string; stamp: FileStamp | null; saveAs?: boolean; overwriteChanged?: boolean; suggestedName?: string };
    reply: SaveDocumentReply;
  };
  /** Has the open file changed or disappeared since `stamp`? */
  checkFileOnDisk: { request: { path: string; stamp: FileStamp }; reply: FileOnDiskReply };
  /** Writes one export chosen by a save dialog that remembers the last folder. */
  exportDocument: { request: { format: ExportFormat; suggestedName: string; bytes: Uint8Array }; reply: ExportReply };
  /** Writes Markdown, HTML and DOCX side by side in a folder the user picks. */
  exportAll: {
    request: { suggestedName: string; files: { format: ExportFormat; bytes: Uint8Array }[]; folder?: string; overwrite?: boolean };
    reply: ExportReply;
  };
  listRecent: { request: Record<string, never>; reply: string[] };
  getSettings: { request: Record<string, never>; reply: Settings };
  /** Either or both: the interface language, the organisation's settings (each value checked again by the host). */
  updateSettings: { request: { interfaceLanguage?: InterfaceLanguageSetting; organisation?: OrganisationSettings }; reply: Settings };
  /** Title bar, unsaved-changes mark and the close guard follow this. */
  setDocumentState: { request: { name: string; path: string | null; dirty: boolean }; reply: void };
  /** Called once the renderer has resolved unsaved changes after a close request. */
  closeWindow: { request: Record<string, never>; reply: void };
  /** Opens an http, https or mailto URL in the user's browser or mail program; anything else is refused. */
  openExternal: { request: { url: string }; reply: { opened: boolean } };

  listTemplates: { request: Record<string, never>; reply: TemplateEntry[] };
  saveTemplate: {
    request: { name: string; description: string; language: ReleaseLanguage; document: PressroomDocument };
    reply: TemplateReply;
  };
  renameTemplate: { request: { id: string; name: string }; reply: TemplateReply };
  duplicateTemplate: { request: { id: string }; reply: TemplateReply };
  deleteTemplate: { request: { id: string }; reply: { status: 'deleted' } | Failed };
  /** Asks for template files and copies them into the user's library. */
  importTemplates: { request: Record<string, never>; reply: { status: 'imported'; templates: TemplateInfo[]; problems: FileProblem[] } | Cancelled };
  exportTemplate: { request: { id: string }; reply: { status: 'exported'; path: string } | Cancelled | Failed };
  /** Adds (asking for the folder) or removes the team's read-only template folder. */
  setTeamTemplateFolder: { request: { remove?: boolean }; reply: Settings | Cancelled };

  /** Stores an unsaved document in the recovery store (atomically); `documentText` as for saveDocument. */
  saveDraft: { request: { draftId: string; path: string | null; name: string; documentText: string }; reply: { status: 'saved' } | Failed };
  discardDraft: { request: { draftId: string }; reply: void };
  /** Drafts left by a crash or kill, offered back on start. */
  listDrafts: { request: Record<string, never>; reply: Draft[] };

  /**
   * The PDF of the release's print layout (core/formats/print-page.ts), made by the host's own printing of a hidden,
   * sandboxed page with JavaScript off (Electron: webContents.printToPDF, with the headings as its outline).
   * `documentText` as for saveDocument: the host parses and validates it and builds the page itself.
   */
  renderPdf: { request: { documentText: string; paper: PaperSize; datelines?: DatelineSettings; dash?: HouseDash }; reply: { status: 'rendered'; bytes: Uint8Array } | Failed };
  /**
   * File ▸ Print: prints the same print page through the system's print dialog (Electron: webContents.print).
   * 'unavailable' where the host cannot print (the browser host): the renderer says so and points to PDF.
   */
  printDocument: { request: { documentText: string; paper: PaperSize; datelines?: DatelineSettings; dash?: HouseDash }; reply: { status: 'printed' } | { status: 'unavailable' } | Cancelled | Failed };
  /**
   * "Don't save": keeps the release as it is now (`documentText` as for saveDocument) among the discarded drafts,
   * then removes its live draft. When keeping fails, the live draft stays (it is offered back on the next start).
   */
  keepDiscardedDraft: { request: { draftId: string; path: string | null; name: string; documentText: string }; reply: { status: 'kept' } | Failed };
  /** The discarded drafts still kept, newest first (their summaries; the release itself comes with openDiscardedDraft). */
  listDiscardedDrafts: { request: Record<string, never>; reply: DiscardedDraft[] };
  openDiscardedDraft: { request: { id: string }; reply: { status: 'opened'; draft: DiscardedDraft; document: PressroomDocument } | Failed };
  /** The user's own spelling dictionary (user-data/dictionary.txt, shared with the `pressroom` command). */
  readUserDictionary: { request: Record<string, never>; reply: { words: string[] } };
  /** Adds one word to it; replies with the whole list. */
  addToUserDictionary: { request: { word: string }; reply: { status: 'added'; words: string[] } | Failed };
}

/** The paper of the print layout, PDF and DOCX: A4 (the default) or US Letter. */
export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export type HostCallName = keyof HostCalls;

/** Every call's name, in one list: the preload and the test host build their callers from it. */
export const HOST_CALL_NAMES = [
  'openDocument',
  'saveDocument',
  'checkFileOnDisk',
  'exportDocument',
  'exportAll',
  'listRecent',
  'getSettings',
  'updateSettings',
  'setDocumentState',
  'closeWindow',
  'openExternal',
  'listTemplates',
  'saveTemplate',
  'renameTemplate',
  'duplicateTemplate',
  'deleteTemplate',
  'importTemplates',
  'exportTemplate',
  'setTeamTemplateFolder',
  'saveDraft',
  'discardDraft',
  'listDrafts',
  'renderPdf',
  'printDocument',
  'keepDiscardedDraft',
  'listDiscardedDrafts',
  'openDiscardedDraft',
  'readUserDictionary',
  'addToUserDictionary',
] as const satisfies readonly HostCallName[];

type UnlistedCalls = Exclude<HostCallName, (typeof HOST_CALL_NAMES)[number]>;
const everyCallListed: UnlistedCalls extends never ? true : false = true;
void everyCallListed;

/** The IPC channel of a call; the preload allows nothing outside this prefix. */
export const CHANNEL_PREFIX = 'pressroom:';
export const COMMAND_CHANNEL = 'pressroom:command';
export const channelOf = (name: HostCallName): string => `${CHANNEL_PREFIX}${name}`;

/** What the renderer sees as `window.pressroom`. */
export type PressroomApi = {
  [K in HostCallName]: (request: HostCalls[K]['request']) => Promise<HostCalls[K]['reply']>;
} & {
  /** Subscribes to menu and OS commands; returns the unsubscribe function. */
  onCommand(listener: (command: HostCommand) => void): () => void;
  /** The platform, for shortcut labels (Cmd on macOS). */
  platform: 'darwin' | 'win32' | 'linux' | 'web';
};

/** A host's implementation of the calls: what electron/main and the e2e host both serve. */
export type HostHandlers = {
  [K in HostCallName]: (request: HostCalls[K]['request']) => Promise<HostCalls[K]['reply']>;
};
