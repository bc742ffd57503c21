import { isoDate, parseWrittenDate } from '../typography/dateline';
import { CURRENT_VERSION } from './types';

/**
 * Steps that bring an older `.pressroom` file up to the current version, one version at a time.
 * Each step takes the parsed JSON of version N and returns the JSON of version N + 1; the result is then
 * validated by the schema like any other file.
 */
type MigrationStep = (document: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Record<number, MigrationStep> = {
  /**
   * Version 1 kept the language as `metadata.lang` and had no document variables.
   * Version 2 names it `metadata.language` and adds `metadata.variables`.
   */
  1: (document) => {
    const metadata = { ...((document.metadata ?? {}) as Record<string, unknown>) };
    if ('lang' in metadata) {
      metadata.language = metadata.lang;
      delete metadata.lang;
    }
    metadata.variables ??= [];
    return { ...document, version: 2, metadata };
  },
  /**
   * Version 2's dateline held city and date fields of its own, printed instead of the details' city and date
   * when filled: two sources that could disagree (the page showing one, the export another). Version 3's
   * dateline holds no words: the page and the exports write it from metadata.city and metadata.date. The fields'
   * words (a variable chip counts as its value) move into the details, winning over them as they did in exports;
   * a date that cannot be read as a date («29–30 августа») stays in the text, as a paragraph after the dateline.
   * Version 3 also adds the embargo (`metadata.publication`) and the status (`metadata.status`), both optional: a
   * version 2 release has no embargo and is a draft.
   */
  2: (document) => {
    const metadata = { ...((document.metadata ?? {}) as Record<string, unknown>) };
    const variables = Array.isArray(metadata.variables) ? (metadata.variables as { name?: unknown; value?: unknown }[]) : [];
    const valueOf = (name: unknown): string => {
      const value = variables.find((variable) => variable?.name === name)?.value;
      return typeof value === 'string' ? value : '';
    };
    const wordsOf = (node: unknown): string => {
      if (typeof node !== 'object' || node === null) return '';
      const { text, type, name, children } = node as { text?: unknown; type?: unknown; name?: unknown; children?: unknown };
      if (typeof text === 'string') return text;
      if (type === 'variable') return valueOf(name);
      if (type === 'placeholder') return '';
      return Array.isArray(children) ? children.map(wordsOf).join('') : '';
    };
    const fieldWords = (block: { children?: unknown }, fieldName: string): string => {
      const fields = Array.isArray(block.children) ? (block.children as { type?: unknown; name?: unknown }[]) : [];
      return wordsOf(fields.find((child) => child?.type === 'field' && child.name === fieldName)).trim();
    };
    if (!Array.isArray(document.body)) return { ...document, version: 3 };
    const body: unknown[] = [];
    for (const block of document.body as unknown[]) {
      if (typeof block !== 'object' || block === null || (block as { type?: unknown }).type !== 'dateline') {
        body.push(block);
        continue;
      }
      const city = fieldWords(block as { children?: unknown }, 'city');
      const dateText = fieldWords(block as { children?: unknown }, 'date');
      if (city) metadata.city = city;
      const date = parseWrittenDate(dateText);
      if (date) metadata.date = isoDate(date);
      body.push({ type: 'dateline', children: [{ text: '' }] });
      if (dateText && !date) body.push({ type: 'paragraph', children: [{ text: dateText }] });
    }
    return { ...document, version: 3, metadata, body };
  },
  /**
   * Version 4 lets a run of text carry `lang` (words in another language than the release's). Nothing of
   * version 3 changes; the step exists so that an older Pressroom, whose schema refuses the property, says
   * "made by a newer version" instead of calling the file damaged.
   */
  3: (document) => ({ ...document, version: 4 }),
};

export type MigrationOutcome =
  | { ok: true; document: Record<string, unknown>; migratedFrom?: number }
  | { ok: false; reason: 'newer-version'; version: number }
  | { ok: false; reason: 'unknown-version'; version: unknown };

/** Runs every step from the file's version up to CURRENT_VERSION. */
export function migrateToCurrent(document: Record<string, unknown>): MigrationOutcome {
  const version = document.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'unknown-version', version };
  }
  if (version > CURRENT_VERSION) return { ok: false, reason: 'newer-version', version };
  let current = document;
  for (let step = version; step < CURRENT_VERSION; step++) {
    const migrate = MIGRATIONS[step];
    if (!migrate) return { ok: false, reason: 'unknown-version', version };
    current = migrate(current);
  }
  return version === CURRENT_VERSION ? { ok: true, document: current } : { ok: true, document: current, migratedFrom: version };
}
