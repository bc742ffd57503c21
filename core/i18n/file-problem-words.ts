import type { FileProblem } from '../api';
import type { DocumentDamage } from '../model/document-damage';
import { CATALOGUE } from './catalogue/index';
import type { CatalogueArea } from './catalogue/index';
import type { InterfaceLanguage } from './interface-languages';

/**
 * The words of a file problem, for every host: the renderer's dialogs (renderer/i18n/file-problems.ts, with
 * i18next's t) and the `pressroom` command's one line (with `catalogueTranslate`, no i18next). Platform-free, so
 * the app and the command say the same thing about the same file.
 */

/** i18next's t, as these functions use it (any namespace's t will do: they name theirs). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const inProblems = (t: Translate, key: string, values: Record<string, unknown> = {}) => t(key, { ...values, ns: 'problems' });

/** A number as the language writes it: 250 000, 250,000; 1,5 and 1.5. */
export function wordNumber(t: Translate, value: number): string {
  return new Intl.NumberFormat(inProblems(t, 'size.locale'), { maximumFractionDigits: 1 }).format(value);
}

/** A size as a reader says it: 300 МБ, 1,5 МБ, 640 KB, 12 bytes. */
export function wordBytes(t: Translate, bytes: number): string {
  const MB = 1024 * 1024;
  if (bytes >= MB) return inProblems(t, 'size.mb', { value: wordNumber(t, bytes >= 10 * MB ? Math.round(bytes / MB) : bytes / MB) });
  if (bytes >= 1024) return inProblems(t, 'size.kb', { value: wordNumber(t, Math.round(bytes / 1024)) });
  return inProblems(t, 'size.bytes', { value: wordNumber(t, bytes) });
}

/** What exactly is wrong in a damaged file, in one sentence of the interface language. */
export function damageText(t: Translate, damage: DocumentDamage): string {
  const key = `damage.${damage.kind}`;
  switch (damage.kind) {
    case 'json-syntax':
      return inProblems(t, key, { line: damage.line, column: damage.column });
    case 'unknown-version':
      return inProblems(t, key, { version: damage.version });
    case 'unknown-block-type':
      return inProblems(t, key, { block: damage.block, type: damage.blockType });
    case 'untyped-block':
    case 'unsafe-link':
      return inProblems(t, key, { block: damage.block });
    case 'block':
      return inProblems(t, key, { block: damage.block, name: t(`block.${damage.blockType}`, { ns: 'app', defaultValue: damage.blockType }) });
    case 'metadata-missing':
    case 'metadata-unexpected':
    case 'metadata-wrong':
      return inProblems(t, key, { field: inProblems(t, `field.${damage.field}`, { defaultValue: damage.field }) });
    case 'file-too-large':
    case 'text-too-long':
    case 'docx-too-large':
      return inProblems(t, key, { size: wordBytes(t, damage.bytes), limit: wordBytes(t, damage.limit) });
    case 'docx-part-too-large':
      return inProblems(t, key, { part: damage.part, size: wordBytes(t, damage.bytes), limit: wordBytes(t, damage.limit) });
    case 'docx-packed-too-tightly':
      return inProblems(t, key, { part: damage.part, ratio: wordNumber(t, damage.ratio), limit: wordNumber(t, damage.limit) });
    case 'docx-part-lies':
      return inProblems(t, key, { part: damage.part, size: wordBytes(t, damage.declared) });
    case 'line-too-long':
      return inProblems(t, key, { line: wordNumber(t, damage.line), chars: wordNumber(t, damage.chars), limit: wordNumber(t, damage.limit) });
    case 'nested-too-deeply':
      return inProblems(t, key, { line: wordNumber(t, damage.line) });
    case 'too-many-blocks':
      return inProblems(t, key, { blocks: wordNumber(t, damage.blocks), limit: wordNumber(t, damage.limit) });
    case 'out-of-memory':
      return inProblems(t, key, { limit: wordBytes(t, damage.limit) });
    case 'took-too-long':
      return inProblems(t, key, { seconds: wordNumber(t, damage.seconds) });
    default:
      return inProblems(t, key);
  }
}

/**
 * A file problem for a dialog: the title, the message (what happened and, for a damaged file, what exactly is
 * wrong) and the technical lines (the file, the system's error code). All in the interface language: the
 * parser's or the system's English (`problem.detail`) is never shown.
 */
export function describeFileProblem(t: Translate, problem: FileProblem): { title: string; body: string; lines: string[] } {
  const reason = `reason.${problem.reason}`;
  const body = inProblems(t, `${reason}.body`, { version: problem.version ?? '?' });
  const lines: string[] = [];
  if (problem.path) lines.push(inProblems(t, 'file', { path: problem.path }));
  if (problem.code) lines.push(inProblems(t, 'code', { code: problem.code }));
  return {
    title: inProblems(t, `${reason}.title`),
    body: problem.damage ? `${damageText(t, problem.damage)} ${body}` : body,
    lines,
  };
}

/** A file problem in a few words, for a line in a list (why a template cannot be used, what an import skipped). */
export function problemText(t: Translate, problem: FileProblem): string {
  return inProblems(t, `reason.${problem.reason}.short`, { version: problem.version ?? '' });
}

/**
 * A Translate over the catalogue itself, for a host without i18next (the `pressroom` command): `ns` picks the
 * area, dots walk the keys, `{{name}}` takes the option of that name, `defaultValue` stands in for a missing key.
 * The problem words use no plural forms, so none are resolved here.
 */
export function catalogueTranslate(language: InterfaceLanguage): Translate {
  return (key, options = {}) => {
    const area = (typeof options.ns === 'string' ? options.ns : 'app') as CatalogueArea;
    let value: unknown = CATALOGUE[area]?.[language];
    for (const part of key.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
    const text = typeof value === 'string' ? value : typeof options.defaultValue === 'string' ? options.defaultValue : key;
    return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (options[name] === undefined ? whole : String(options[name])));
  };
}
