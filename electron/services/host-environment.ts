import type { InterfaceLanguage } from '../../core/i18n/interface-languages';
import type { HostPrinter } from './printing';

/**
 * What the services need from whoever hosts them: the Electron main process, the e2e test host, or the CLI.
 * Native dialogs are behind this interface so tests answer them from a queue. The services give every dialog
 * its title and file-type names in the interface language (dialog-words.ts).
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface HostDialogs {
  chooseFileToOpen(options: { title: string; filters: FileFilter[]; defaultPath?: string }): Promise<string | null>;
  chooseFilesToOpen(options: { title: string; filters: FileFilter[]; defaultPath?: string }): Promise<string[]>;
  chooseSavePath(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
  chooseFolder(options: { title: string; defaultPath?: string }): Promise<string | null>;
}

export interface HostWindow {
  /** Title bar ("name — Pressroom", with the unsaved mark) and the close guard. */
  setDocumentState(state: { name: string; path: string | null; dirty: boolean }): void;
  /** Closes the window for good (the renderer has already resolved unsaved changes). */
  close(): void;
}

export interface HostEnvironment {
  /** The app's user-data folder: settings, template library, recovery store, recent files. */
  userDataDir: string;
  /** Where save and export dialogs start when nothing better is known (the OS's Documents folder). Default: home. */
  documentsDir?: string;
  /** Folder of the built-in templates (templates/ in development, resources/templates when packaged). */
  builtInTemplatesDir: string;
  dialogs: HostDialogs;
  window: HostWindow;
  /** Opens an already validated http/https/mailto URL outside the app. */
  openExternal(url: string): Promise<void>;
  /** The OS's language, mapped to an interface language (electron/system-language.ts). */
  systemLanguage(): InterfaceLanguage;
  /** Called when the recent-files list changes (the native menu rebuilds Open Recent). */
  onRecentChanged?(recent: string[]): void;
  /** Prints and makes PDFs of the print page (printing.ts); absent: print is 'unavailable', PDF a problem. */
  printer?: HostPrinter;
}
