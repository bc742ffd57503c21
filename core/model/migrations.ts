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
   * Version 3 adds the embargo (`metadata.publication`) and the status (`metadata.status`), both optional: a
   * version 2 release has no embargo and is a draft. The version changes so that an older Pressroom says the
   * file was written by a newer version instead of calling it damaged.
   */
  2: (document) => ({ ...document, version: 3 }),
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
