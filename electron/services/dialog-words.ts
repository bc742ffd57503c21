import type { ExportFormat } from '../../core/api';
import { CATALOGUE } from '../../core/i18n/catalogue';
import type { ShellWords } from '../../core/i18n/catalogue';
import type { InterfaceLanguage } from '../../core/i18n/interface-languages';
import type { FileFilter } from './host-environment';
import { IMPORT_EXTENSIONS } from './import-extensions';

/**
 * The words of the native file dialogs in the interface language: their titles and the names in their
 * file-type lists, from the catalogue (core/i18n/catalogue/shell.ts). The extensions are not words: they come
 * from the formats (.pressroom, IMPORT_EXTENSIONS, the export extensions).
 */
export interface DialogWords {
  title: ShellWords['dialog'];
  /** Open: everything Open reads (releases and the formats it imports), then releases alone. */
  openFilters: FileFilter[];
  /** Save, Save As: releases. */
  saveFilters: FileFilter[];
  /** Template import and export: .pressroom files, named as templates. */
  templateFilters: FileFilter[];
  /** Export: the one format, by its extension (exports.ts's EXPORT_EXTENSIONS, with or without the dot). */
  exportFilter(format: ExportFormat, extension: string): FileFilter;
}

const PRESSROOM = 'pressroom';
const withoutDot = (extension: string) => extension.replace(/^\./u, '');
/** What Open lists first: .pressroom, then every extension the importer reads. */
export const OPEN_EXTENSIONS: readonly string[] = [PRESSROOM, ...Object.keys(IMPORT_EXTENSIONS).map(withoutDot)];

export function dialogWordsIn(language: InterfaceLanguage): DialogWords {
  const words = CATALOGUE.shell[language];
  const releases: FileFilter = { name: words.fileType.pressroom, extensions: [PRESSROOM] };
  return {
    title: words.dialog,
    openFilters: [{ name: words.fileType.openable, extensions: [...OPEN_EXTENSIONS] }, releases],
    saveFilters: [releases],
    templateFilters: [{ name: words.fileType.template, extensions: [PRESSROOM] }],
    exportFilter: (format, extension) => ({ name: words.fileType[format], extensions: [withoutDot(extension)] }),
  };
}
