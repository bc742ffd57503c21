import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { InterfaceLanguageSetting, Settings } from '../../core/api';
import { interfaceLanguageOf, isInterfaceLanguage } from '../../core/i18n/interface-languages';
import type { InterfaceLanguage } from '../../core/i18n/interface-languages';
import { organisationSettingsOf } from '../../core/checklist/organisation';
import type { OrganisationSettings } from '../../core/checklist/organisation';
import { writeFileAtomic } from './atomic-write';

/**
 * userData/settings.json. Every known key is checked on read (a bad value falls back to its default);
 * unknown keys are kept, so the shell can store its own entries (e.g. `window`) through `update`.
 */
export interface StoredSettings {
  interfaceLanguage: InterfaceLanguageSetting;
  teamTemplateFolder: string | null;
  /** The folder the last export went to; export dialogs open there. */
  lastExportFolder: string | null;
  /**
   * The organisation's checklist limits and Word house style, e.g.
   * `{ "checklist": { "totalWords": 400 }, "houseStyle": { "paragraphs": "first-line-indent" } }`; each value
   * missing or bad is its default (core/checklist/organisation.ts).
   */
  organisation: OrganisationSettings;
  /** Anything else (window bounds…), kept as it is. */
  [key: string]: unknown;
}

export const DEFAULT_SETTINGS: StoredSettings = { interfaceLanguage: 'system', teamTemplateFolder: null, lastExportFolder: null, organisation: organisationSettingsOf(undefined) };

const isInterfaceLanguageSetting = (value: unknown): value is InterfaceLanguageSetting => value === 'system' || isInterfaceLanguage(value);

function sanitise(raw: unknown): StoredSettings {
  const settings: StoredSettings = { ...DEFAULT_SETTINGS };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return settings;
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'interfaceLanguage') {
      if (isInterfaceLanguageSetting(value)) settings.interfaceLanguage = value;
    } else if (key === 'teamTemplateFolder' || key === 'lastExportFolder') {
      if (typeof value === 'string' && value.length > 0) settings[key] = value;
    } else if (key === 'organisation') {
      settings.organisation = organisationSettingsOf(value);
    } else if (key !== '__proto__') {
      settings[key] = value;
    }
  }
  return settings;
}

export interface SettingsStore {
  readonly path: string;
  read(): Promise<StoredSettings>;
  /** Merges `patch` into the stored settings and writes them atomically; returns the new settings. */
  update(patch: Partial<StoredSettings>): Promise<StoredSettings>;
  /** The reply of getSettings/updateSettings: the stored choice plus the OS language. */
  toReply(settings: StoredSettings): Settings;
  /** The language the interface speaks now: the user's choice, or the OS's (native dialogs and the menu use it). */
  interfaceLanguage(): Promise<InterfaceLanguage>;
}

export function createSettingsStore(userDataDir: string, systemLanguage: () => InterfaceLanguage): SettingsStore {
  const path = join(userDataDir, 'settings.json');
  // Writes are queued so two quick updates never lose one another.
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<StoredSettings> {
    try {
      return sanitise(JSON.parse(await readFile(path, 'utf8')));
    } catch {
      // Missing or unreadable: defaults. The next update writes a good file.
      return { ...DEFAULT_SETTINGS };
    }
  }

  function update(patch: Partial<StoredSettings>): Promise<StoredSettings> {
    const next = queue.then(async () => {
      const current = await read();
      const merged = sanitise({ ...current, ...patch });
      await writeFileAtomic(path, `${JSON.stringify(merged, null, 2)}\n`);
      return merged;
    });
    queue = next.catch(() => undefined);
    return next;
  }

  return {
    path,
    read,
    update,
    toReply: (settings) => ({
      interfaceLanguage: settings.interfaceLanguage,
      systemLanguage: systemLanguage(),
      teamTemplateFolder: settings.teamTemplateFolder,
      organisation: settings.organisation,
    }),
    interfaceLanguage: async () => interfaceLanguageOf((await read()).interfaceLanguage, systemLanguage()),
  };
}
