import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import type { HostCallName, HostCalls, HostCommand, HostHandlers } from '../../core/api';
import { validateHostRequest } from '../../core/api-validation';
import { writeDocumentText } from '../../core/model/document-file';
import type { InterfaceLanguage } from '../../core/i18n/interface-languages';
import type { PressroomDocument } from '../../core/model/types';
import { createHostServices } from '../../electron/services/host';
import type { HostServices } from '../../electron/services/host';
import type { HostEnvironment } from '../../electron/services/host-environment';
import { connectPage, dispatchCommand } from './page-host';
import { createPagePrinter } from './print-host';
import { APP_URL } from './serve-renderer';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');
/** The guarded reader's worker, built with the app by `electron-vite build` (the host opens files through it, as main does). */
export const READER_WORKER = join(REPO_ROOT, 'out', 'main', 'input-worker.js');

export type DialogKind = 'open' | 'open-many' | 'save' | 'folder';
export interface DialogRecord {
  kind: DialogKind;
  title: string;
  defaultPath?: string;
  /** What the test's queue answered; null = the user cancelled (also when nothing was queued). */
  answer: string | string[] | null;
}
export interface CallRecord {
  name: string;
  request: unknown;
  /** The validation error when the request was refused, as main would refuse it. */
  refused?: string;
}

/**
 * One test's host: temp user-data and documents folders, the REAL services (electron/services/host.ts),
 * dialogs answered from queues the test fills, and everything the page asked recorded for assertions.
 */
export class TestHost {
  /** The last state the renderer reported with setDocumentState (title, path, unsaved mark). */
  windowState: { name: string; path: string | null; dirty: boolean } | null = null;
  /** Set when the renderer called closeWindow. */
  closed = false;
  /** Every request the page made outside APP_ORIGIN (all were aborted). */
  readonly externalRequests: string[] = [];
  /** APP_ORIGIN URLs that had no file in out/renderer. */
  readonly missingAssets: string[] = [];
  /** URLs the services passed on to the OS (after safeUrl). */
  readonly openedExternally: string[] = [];
  /** Every host call the page made, in order. */
  readonly calls: CallRecord[] = [];
  /** Every dialog the services asked for, in order. */
  readonly dialogs: DialogRecord[] = [];
  /** Page errors seen so far. */
  readonly pageErrors: Error[] = [];
  /** Languages the OS pretends to speak (systemLanguage). */
  systemLanguage: InterfaceLanguage = 'en';
  /** Recent-file list changes the native menu would have received. */
  readonly recentChanges: string[][] = [];
  /** Every request the print page made (File ▸ Export ▸ PDF), and whether it was served (only the page and its fonts are). */
  readonly printRequests: { url: string; served: boolean }[] = [];
  /** Let the test proceed although pageerror fired (for hostile-input tests that expect an error). */
  allowPageErrors = false;

  private services!: HostServices;
  private readonly openAnswers: (string | null)[] = [];
  private readonly openManyAnswers: (string[] | null)[] = [];
  private readonly saveAnswers: (string | null)[] = [];
  private readonly folderAnswers: (string | null)[] = [];
  private page: Page | null = null;

  private constructor(
    readonly userDataDir: string,
    readonly documentsDir: string,
    readonly builtInTemplatesDir: string,
  ) {
    this.services = createHostServices(this.environment(), { readerWorker: READER_WORKER });
  }

  static async create(options: { builtInTemplatesDir?: string } = {}): Promise<TestHost> {
    const root = await mkdtemp(join(tmpdir(), 'pressroom-e2e-'));
    const userDataDir = join(root, 'user-data');
    const documentsDir = join(root, 'documents');
    await mkdir(userDataDir, { recursive: true });
    await mkdir(documentsDir, { recursive: true });
    return new TestHost(userDataDir, documentsDir, options.builtInTemplatesDir ?? join(REPO_ROOT, 'templates'));
  }

  /** The folder holding userDataDir and documentsDir, removed after the test. */
  get rootDir(): string {
    return dirname(this.userDataDir);
  }

  /** The real handlers the page is talking to (call them directly to arrange or inspect state). */
  get handlers(): HostHandlers {
    return this.services.handlers;
  }

  private environment(): HostEnvironment {
    const take = <T>(queue: T[]): T | null => (queue.length > 0 ? (queue.shift() as T) : null);
    return {
      userDataDir: this.userDataDir,
      documentsDir: this.documentsDir,
      builtInTemplatesDir: this.builtInTemplatesDir,
      dialogs: {
        chooseFileToOpen: async (options) => {
          const answer = take(this.openAnswers);
          this.dialogs.push({ kind: 'open', title: options.title, ...(options.defaultPath ? { defaultPath: options.defaultPath } : {}), answer });
          return answer;
        },
        chooseFilesToOpen: async (options) => {
          const answer = take(this.openManyAnswers);
          this.dialogs.push({ kind: 'open-many', title: options.title, ...(options.defaultPath ? { defaultPath: options.defaultPath } : {}), answer });
          return answer ?? [];
        },
        chooseSavePath: async (options) => {
          const answer = take(this.saveAnswers);
          this.dialogs.push({ kind: 'save', title: options.title, defaultPath: options.defaultPath, answer });
          return answer;
        },
        chooseFolder: async (options) => {
          const answer = take(this.folderAnswers);
          this.dialogs.push({ kind: 'folder', title: options.title, ...(options.defaultPath ? { defaultPath: options.defaultPath } : {}), answer });
          return answer;
        },
      },
      window: {
        setDocumentState: (state) => {
          this.windowState = { ...state };
        },
        close: () => {
          this.closed = true;
        },
      },
      openExternal: async (url) => {
        this.openedExternally.push(url);
      },
      systemLanguage: () => this.systemLanguage,
      onRecentChanged: (recent) => {
        this.recentChanges.push([...recent]);
      },
      // PDF through Chromium's page.pdf of the print page (the engine of Electron's printToPDF); no paper printing.
      printer: createPagePrinter(() => this.page?.context().browser() ?? null, { request: (url, served) => this.printRequests.push({ url, served }) }),
    };
  }

  // ---- dialogs: each answer is used once, in order; an empty queue means the user cancelled ----
  /** The next Open dialog picks `path` (null: the user cancels). */
  answerNextOpen(path: string | null): void {
    this.openAnswers.push(path);
  }
  /** The next multi-file Open dialog (template import) picks `paths`. */
  answerNextOpenMany(paths: string[] | null): void {
    this.openManyAnswers.push(paths);
  }
  /** The next Save / Save As / Export dialog picks `path`. */
  answerNextSave(path: string | null): void {
    this.saveAnswers.push(path);
  }
  /** The next folder dialog (Export all, team templates) picks `path`. */
  answerNextFolder(path: string | null): void {
    this.folderAnswers.push(path);
  }
  /** Answers queued but not yet used (a test can assert it is 0 at the end). */
  get pendingAnswers(): number {
    return this.openAnswers.length + this.openManyAnswers.length + this.saveAnswers.length + this.folderAnswers.length;
  }

  // ---- files ----
  /** A path inside the test's documents folder. */
  path(...parts: string[]): string {
    return join(this.documentsDir, ...parts);
  }
  /** Writes a .pressroom (or any) file into the documents folder; returns its path. */
  async writeDocument(name: string, document: PressroomDocument | string | Uint8Array): Promise<string> {
    const path = this.path(name);
    await writeFile(path, typeof document === 'string' || document instanceof Uint8Array ? document : writeDocumentText(document));
    return path;
  }
  async readText(path: string): Promise<string> {
    return readFile(path, 'utf8');
  }
  async readDocument(path: string): Promise<PressroomDocument> {
    return JSON.parse(await readFile(path, 'utf8')) as PressroomDocument;
  }

  // ---- the page ----
  /** Sends a menu or OS command to the renderer's onCommand listeners; returns how many listeners got it. */
  async sendCommand(command: HostCommand): Promise<number> {
    if (!this.page) throw new Error('the page is not attached');
    return dispatchCommand(this.page, command);
  }

  /** Calls a real handler from the test, validated as a page call would be. */
  async call<K extends HostCallName>(name: K, request: HostCalls[K]['request']): Promise<HostCalls[K]['reply']> {
    const validated = validateHostRequest(name, request);
    if (!validated.ok) throw new Error(validated.error);
    return (this.services.handlers[name] as (r: unknown) => Promise<HostCalls[K]['reply']>)(validated.request);
  }

  /**
   * A fresh set of services on the same folders, and the page loaded again: what the user sees after
   * the app was killed and started anew (the recovery store and settings are on disk).
   */
  async restart(): Promise<void> {
    this.services = createHostServices(this.environment(), { readerWorker: READER_WORKER });
    this.closed = false;
    this.windowState = null;
    if (this.page) await this.page.goto(APP_URL);
  }

  /** Wires `page` to this host: serving, bindings, request log, error log. Call before the first goto. */
  async attach(page: Page, context: BrowserContext): Promise<void> {
    this.page = page;
    await connectPage(page, context, {
      rendererDir: RENDERER_DIR,
      handlers: () => this.services.handlers,
      events: {
        call: (record) => this.calls.push(record),
        externalRequest: (url) => this.externalRequests.push(url),
        missingAsset: (url) => this.missingAssets.push(url),
        pageError: (error) => this.pageErrors.push(error),
      },
    });
  }

  /** Loads the renderer (https://pressroom.test/index.html). */
  async open(): Promise<void> {
    if (!this.page) throw new Error('the page is not attached');
    await this.page.goto(APP_URL);
  }

  /** Calls of one name the page made, e.g. host.callsOf('saveDocument'). */
  callsOf(name: HostCallName): CallRecord[] {
    return this.calls.filter((record) => record.name === name);
  }

  async dispose(): Promise<void> {
    // A last write (a draft, settings) may still be landing as the page closes: try again before giving up.
    await rm(this.rootDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}
