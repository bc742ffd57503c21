import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The import walls of eslint.config.js, one by one: for each wall a crossing import that must give the walls'
 * error, and an allowed import that must lint clean, so the test fails if a wall falls and if it walls in too
 * much. Files are linted as if they lay at `file` (nothing is written).
 */
const root = join(import.meta.dirname, '../..');
let eslint: ESLint;

interface Case {
  file: string;
  code: string;
}
interface Crossing extends Case {
  /** The rule that must fire, and words its message must contain. */
  rule: 'walls/imports' | 'walls/raw-ipc';
  says: string;
}

/**
 * The snippets name Electron's module as ELECTRON, put back here: the only files that import Electron are in
 * electron/, and a search for such imports finds none in this test.
 */
const ELECTRON_MODULE = ['elec', 'tron'].join('');

async function wallErrors({ file, code }: Case): Promise<{ ruleId: string; message: string }[]> {
  const [result] = await eslint.lintText(code.replaceAll("'ELECTRON'", `'${ELECTRON_MODULE}'`), { filePath: join(root, file) });
  const messages = result?.messages ?? [];
  const fatal = messages.filter((message) => message.fatal || message.ruleId === null);
  expect(fatal, 'the snippet must parse').toEqual([]);
  return messages.filter((message) => message.ruleId?.startsWith('walls/')).map(({ ruleId, message }) => ({ ruleId: ruleId as string, message }));
}

const WALL_NAMES: string[] = [];
/** One wall, named after the row of the walls table it tests: the imports it must refuse and those it must let through. */
function wall(name: string, crossings: Crossing[], allowed: Case[]): void {
  WALL_NAMES.push(name);
  describe(name, () => {
    it.each(crossings)('refuses $file: $code', async (crossing) => {
      const errors = await wallErrors(crossing);
      expect(errors).toContainEqual({ ruleId: crossing.rule, message: expect.stringContaining(crossing.says) });
    });
    it.each(allowed)('allows $file: $code', async (allowedCase) => {
      expect(await wallErrors(allowedCase)).toEqual([]);
    });
  });
}

beforeAll(async () => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'eslint.config.js') });
});

// ---- core/ ----
wall(
  'core/ imports nothing outside core/, and no platform',
  [
    { file: 'core/model/x.ts', code: "import { App } from '../../renderer/app/app';\nexport { App };", rule: 'walls/imports', says: 'core/ may not import renderer/app/' },
    // the patterns of yesterday missed these forms:
    { file: 'core/model/x.ts', code: "import '../../renderer';", rule: 'walls/imports', says: 'core/ may not import renderer' },
    { file: 'core/x.ts', code: "export const load = () => import('../electron/services/host');", rule: 'walls/imports', says: 'core/ may not import electron/services/' },
    { file: 'core/x.ts', code: "export type Menu = typeof import('../electron/menu');", rule: 'walls/imports', says: 'core/ may not import electron/' },
    { file: 'core/x.ts', code: "export * from '../cli/pressroom';", rule: 'walls/imports', says: 'core/ may not import cli/' },
    { file: 'core/x.ts', code: "import { sampleText } from '../test/fixtures/sample';\nexport { sampleText };", rule: 'walls/imports', says: 'core/ may not import test/fixtures/sample' },
    { file: 'core/x.ts', code: "export const load = () => import('node:fs/promises');", rule: 'walls/imports', says: 'no Node APIs' },
    { file: 'core/x.ts', code: "import { EventEmitter } from 'events';\nexport { EventEmitter };", rule: 'walls/imports', says: 'no Node APIs' },
    { file: 'core/x.ts', code: "import { useState } from 'react';\nexport { useState };", rule: 'walls/imports', says: 'no Electron, React or DOM' },
  ],
  [
    { file: 'core/model/x.ts', code: "import { createEditor } from 'slate';\nimport { HOST_CALL_NAMES } from '../api';\nexport { createEditor, HOST_CALL_NAMES };" },
    { file: 'core/model/x.test.ts', code: "import { readFileSync } from 'node:fs';\nimport { sampleText } from '../../test/fixtures/sample';\nexport { readFileSync, sampleText };" },
  ],
);

// ---- electron/ (the shell), electron/ipc, electron/services ----
wall(
  'electron/ imports core/ and its own modules, never renderer/ or cli/',
  [
    { file: 'electron/x.ts', code: "import { App } from '../renderer/app/app';\nexport { App };", rule: 'walls/imports', says: 'electron/ may not import renderer/app/' },
    { file: 'electron/x.ts', code: "export const run = () => import('../cli/pressroom');", rule: 'walls/imports', says: 'electron/ may not import cli/' },
    { file: 'electron/x.ts', code: "import { TestHost } from '../e2e/host/test-host';\nexport { TestHost };", rule: 'walls/imports', says: 'electron/ may not import e2e/host/test-host' },
  ],
  [{ file: 'electron/x.ts', code: "import { app } from 'ELECTRON';\nimport { createHostServices } from './services/host';\nimport { handleHostCalls } from './ipc/handle';\nimport { HOST_CALL_NAMES } from '../core/api';\nexport { app, createHostServices, handleHostCalls, HOST_CALL_NAMES };" }],
);

wall(
  'electron/ipc/ is built from core/api.ts alone',
  [{ file: 'electron/ipc/x.ts', code: "import { buildMenuTemplate } from '../menu';\nexport { buildMenuTemplate };", rule: 'walls/imports', says: 'electron/ipc/ may not import electron/' }],
  [{ file: 'electron/ipc/x.ts', code: "import { isAppUrl } from '../app-origin';\nimport { channelOf } from '../../core/api';\nexport { isAppUrl, channelOf };" }],
);

wall(
  'electron/services/ import only core/ and each other (hole: ../menu and ../ipc passed)',
  [
    { file: 'electron/services/x.ts', code: "import { buildMenuTemplate } from '../menu';\nexport { buildMenuTemplate };", rule: 'walls/imports', says: 'electron/services/ may not import electron/' },
    { file: 'electron/services/x.ts', code: "import { handleHostCalls } from '../ipc/handle';\nexport { handleHostCalls };", rule: 'walls/imports', says: 'electron/services/ may not import electron/ipc/' },
    { file: 'electron/services/x.ts', code: "import { dialog } from 'ELECTRON';\nexport { dialog };", rule: 'walls/imports', says: 'no Electron import' },
    { file: 'electron/services/x.ts', code: "export const shell = () => import('ELECTRON');", rule: 'walls/imports', says: 'no Electron import' },
  ],
  [{ file: 'electron/services/x.ts', code: "import { readFile } from 'node:fs/promises';\nimport { createRecentFiles } from './recent';\nimport type { HostHandlers } from '../../core/api';\nexport type H = HostHandlers;\nexport { readFile, createRecentFiles };" }],
);

wall(
  'cli/ uses core/ and electron/services/ only (hole: the extensionless ../electron/menu passed)',
  [
    { file: 'cli/x.ts', code: "import { buildMenuTemplate } from '../electron/menu';\nexport { buildMenuTemplate };", rule: 'walls/imports', says: 'cli/ may not import electron/' },
    { file: 'cli/x.ts', code: "import type { MenuInputs } from '../electron/menu.ts';\nexport type M = MenuInputs;", rule: 'walls/imports', says: 'cli/ may not import electron/' },
    { file: 'cli/x.ts', code: "import { handleHostCalls } from '../electron/ipc/handle';\nexport { handleHostCalls };", rule: 'walls/imports', says: 'cli/ may not import electron/ipc/' },
    { file: 'cli/x.ts', code: "import { app } from 'ELECTRON';\nexport { app };", rule: 'walls/imports', says: 'runs without Electron' },
  ],
  [{ file: 'cli/x.ts', code: "import { createHostServices } from '../electron/services/host';\nimport { parseDocumentText } from '../core/model/document-file';\nimport { userDataDir } from './user-data-dir';\nexport { createHostServices, parseDocumentText, userDataDir };" }],
);

// ---- the renderer ----
wall(
  'the renderer has no Node and no Electron, in any import form',
  [
    { file: 'renderer/editor/x.ts', code: "import { readFile } from 'node:fs/promises';\nexport { readFile };", rule: 'walls/imports', says: 'It has no Node' },
    { file: 'renderer/app/x.ts', code: "export const load = () => import('ELECTRON');", rule: 'walls/imports', says: 'only through window.pressroom' },
    { file: 'renderer/app/x.ts', code: "export const load = () => import('../../electron/menu');", rule: 'walls/imports', says: 'renderer/app/ may not import electron/' },
  ],
  [{ file: 'renderer/app/x.ts', code: "import { createEditor } from 'slate';\nimport { useState } from 'react';\nexport { createEditor, useState };" }],
);

wall(
  'renderer/main.tsx composes',
  [{ file: 'renderer/main.tsx', code: "import { run } from '../cli/pressroom';\nexport { run };", rule: 'walls/imports', says: 'renderer/main.tsx may not import cli/' }],
  [{ file: 'renderer/main.tsx', code: "import './styles/app.css';\nimport { App } from './app/app';\nimport { interfaceLanguageOf } from './i18n';\nexport { App, interfaceLanguageOf };" }],
);

wall(
  'renderer/app/ composes the parts, and nothing imports main.tsx',
  [
    { file: 'renderer/app/x.tsx', code: "import '../main';", rule: 'walls/imports', says: 'renderer/app/ may not import renderer/main.tsx' },
    { file: 'renderer/app/x.tsx', code: "import { x } from '../../cli/main';\nexport { x };", rule: 'walls/imports', says: 'renderer/app/ may not import cli/' },
  ],
  [{ file: 'renderer/app/x.tsx', code: "import { Toolbar } from '../editor/toolbar';\nimport { TemplatePanels } from '../templates/template-panels';\nimport { openSession } from '../session/session';\nimport { COMMANDS } from '../commands/commands';\nexport const load = () => import('../publishing/export-release');\nexport { Toolbar, TemplatePanels, openSession, COMMANDS };" }],
);

wall(
  'renderer/session/ lies under app/',
  [{ file: 'renderer/session/x.ts', code: "import { App } from '../app/app';\nexport { App };", rule: 'walls/imports', says: 'renderer/session/ may not import renderer/app/' }],
  [{ file: 'renderer/session/x.ts', code: "import { createReactReleaseEditor } from '../editor/create-react-release-editor';\nimport type { HostApi } from '../../core/api';\nexport type H = HostApi;\nexport { createReactReleaseEditor };" }],
);

wall(
  'renderer/editor/ must not import app/ (beyond today’s three listed modules) nor the session',
  [
    { file: 'renderer/editor/x.tsx', code: "import { App } from '../app/app';\nexport { App };", rule: 'walls/imports', says: 'renderer/editor/ may not import renderer/app/' },
    { file: 'renderer/editor/elements/x.tsx', code: "import { MetadataPanel } from '../../app/metadata-panel';\nexport { MetadataPanel };", rule: 'walls/imports', says: 'renderer/editor/ may not import renderer/app/' },
    { file: 'renderer/editor/x.ts', code: "import { openSession } from '../session/session';\nexport { openSession };", rule: 'walls/imports', says: 'renderer/editor/ may not import renderer/session/' },
    { file: 'renderer/editor/x.ts', code: "import '../styles/editor.css';", rule: 'walls/imports', says: 'renderer/editor/ may not import renderer/styles/' },
  ],
  [
    { file: 'renderer/editor/x.tsx', code: "import { asReactEditor } from '../templates/react-editor';\nimport { releaseOutline } from '../../core/editing/release-outline';\nimport { COMMANDS } from '../commands/commands';\nexport { asReactEditor, releaseOutline, COMMANDS };" },
    { file: 'renderer/editor/elements/x.tsx', code: "import { host } from '../../host/host';\nimport { Dialog } from '../../dialogs/dialog';\nimport { matchShortcut } from '../../commands/shortcuts';\nexport { host, Dialog, matchShortcut };" },
  ],
);

wall(
  'renderer/templates/ must not import app/ nor the session',
  [
    { file: 'renderer/templates/x.tsx', code: "import { App } from '../app/app';\nexport { App };", rule: 'walls/imports', says: 'renderer/templates/ may not import renderer/app/' },
    { file: 'renderer/templates/x.tsx', code: "import { useSessionCommands } from '../app/use-session-commands';\nexport { useSessionCommands };", rule: 'walls/imports', says: 'renderer/templates/ may not import renderer/app/' },
    { file: 'renderer/templates/x.tsx', code: "import { openSession } from '../session/session';\nexport { openSession };", rule: 'walls/imports', says: 'renderer/templates/ may not import renderer/session/' },
  ],
  [{ file: 'renderer/templates/x.tsx', code: "import './templates.css';\nimport { useTemplateElementTranslation } from '../editor/element-translation';\nimport { instantiate } from '../../core/templates/instantiate';\nexport { useTemplateElementTranslation, instantiate };" }],
);

wall(
  'renderer/publishing/ uses core/ and words only',
  [
    { file: 'renderer/publishing/x.ts', code: "import { App } from '../app/app';\nexport { App };", rule: 'walls/imports', says: 'renderer/publishing/ may not import renderer/app/' },
    { file: 'renderer/publishing/x.ts', code: "import { Toolbar } from '../editor/toolbar';\nexport { Toolbar };", rule: 'walls/imports', says: 'renderer/publishing/ may not import renderer/editor/' },
  ],
  [{ file: 'renderer/publishing/x.ts', code: "import { formatRelease } from '../../core/formats/index';\nimport { i18n } from '../i18n';\nexport { formatRelease, i18n };" }],
);

wall(
  'renderer/checklist/ (the checklist panel) imports core/, words and the controls only',
  [
    { file: 'renderer/checklist/x.tsx', code: "import { App } from '../app/app';\nexport { App };", rule: 'walls/imports', says: 'renderer/checklist/ may not import renderer/app/' },
    { file: 'renderer/checklist/x.tsx', code: "import { Toolbar } from '../editor/toolbar';\nexport { Toolbar };", rule: 'walls/imports', says: 'renderer/checklist/ may not import renderer/editor/' },
    { file: 'renderer/checklist/x.tsx', code: "import { openSession } from '../session/session';\nexport { openSession };", rule: 'walls/imports', says: 'renderer/checklist/ may not import renderer/session/' },
  ],
  [{ file: 'renderer/checklist/x.tsx', code: "import { checkRelease } from '../../core/checklist/checklist';\nimport { i18next } from '../i18n';\nimport { Button } from '../controls/button';\nexport { checkRelease, i18next, Button };" }],
);

wall(
  'renderer/commands/ imports core/ and the host accessor only',
  [
    { file: 'renderer/commands/x.ts', code: "import { Toolbar } from '../editor/toolbar';\nexport { Toolbar };", rule: 'walls/imports', says: 'renderer/commands/ may not import renderer/editor/' },
    { file: 'renderer/commands/x.ts', code: "import { App } from '../app/app';\nexport { App };", rule: 'walls/imports', says: 'renderer/commands/ may not import renderer/app/' },
  ],
  [{ file: 'renderer/commands/x.ts', code: "import type { MenuAction } from '../../core/api';\nimport { host } from '../host/host';\nexport type A = MenuAction;\nexport { host };" }],
);

wall(
  'renderer/dialogs/ (the one dialog frame) imports core/ and words only',
  [
    { file: 'renderer/dialogs/x.tsx', code: "import { App } from '../app/app';\nexport { App };", rule: 'walls/imports', says: 'renderer/dialogs/ may not import renderer/app/' },
    { file: 'renderer/dialogs/x.tsx', code: "import { Toolbar } from '../editor/toolbar';\nexport { Toolbar };", rule: 'walls/imports', says: 'renderer/dialogs/ may not import renderer/editor/' },
  ],
  [{ file: 'renderer/dialogs/x.tsx', code: "import { DialogFrame } from './dialog-frame';\nimport { i18next } from '../i18n';\nexport { DialogFrame, i18next };" }],
);

wall(
  'renderer/controls/ (the one button and icon set) imports nothing of the renderer',
  [
    { file: 'renderer/controls/x.tsx', code: "import { DialogFrame } from '../dialogs/dialog-frame';\nexport { DialogFrame };", rule: 'walls/imports', says: 'renderer/controls/ may not import renderer/dialogs/' },
    { file: 'renderer/controls/x.tsx', code: "import { i18next } from '../i18n';\nexport { i18next };", rule: 'walls/imports', says: 'renderer/controls/ may not import renderer/i18n/' },
  ],
  [
    { file: 'renderer/controls/x.tsx', code: "import { Icon } from './icons';\nexport { Icon };" },
    { file: 'renderer/dialogs/x.tsx', code: "import { Button } from '../controls/button';\nexport { Button };" },
    { file: 'renderer/editor/x.tsx', code: "import { Icon } from '../controls/icons';\nexport { Icon };" },
  ],
);

wall(
  'renderer/host/ (the one host accessor) imports core/ only',
  [
    { file: 'renderer/host/x.ts', code: "import { commands } from '../commands';\nexport { commands };", rule: 'walls/imports', says: 'renderer/host/ may not import renderer/commands/' },
    { file: 'renderer/host/x.ts', code: "import { i18next } from '../i18n';\nexport { i18next };", rule: 'walls/imports', says: 'renderer/host/ may not import renderer/i18n/' },
  ],
  [{ file: 'renderer/host/x.ts', code: "import type { PressroomApi } from '../../core/api';\nexport type A = PressroomApi;" }],
);

wall(
  'renderer/i18n/ imports nothing of the renderer',
  [
    { file: 'renderer/i18n/x.ts', code: "import { App } from '../app/app';\nexport { App };", rule: 'walls/imports', says: 'renderer/i18n/ may not import renderer/app/' },
    { file: 'renderer/i18n/x.ts', code: "import { Toolbar } from '../editor/toolbar';\nexport { Toolbar };", rule: 'walls/imports', says: 'renderer/i18n/ may not import renderer/editor/' },
  ],
  // ./app is i18n's own catalogue (renderer/i18n/app.ts), not renderer/app/: the walls resolve paths.
  [{ file: 'renderer/i18n/x.ts', code: "import { appResources } from './app';\nimport type { ReleaseLanguage } from '../../core/model/types';\nexport type L = ReleaseLanguage;\nexport { appResources };" }],
);

wall(
  'renderer/spelling/ (spell-check) imports core/, the host and words only',
  [
    { file: 'renderer/spelling/x.ts', code: "import { Toolbar } from '../editor/toolbar';\nexport { Toolbar };", rule: 'walls/imports', says: 'renderer/spelling/ may not import renderer/editor/' },
    { file: 'renderer/spelling/x.ts', code: "import { App } from '../app/app';\nexport { App };", rule: 'walls/imports', says: 'renderer/spelling/ may not import renderer/app/' },
  ],
  [{ file: 'renderer/spelling/x.ts', code: "import { host } from '../host/host';\nimport { i18next } from '../i18n';\nimport { wordsOf } from '../../core/spelling/words';\nexport { host, i18next, wordsOf };" }],
);

wall(
  'renderer/styles/ is imported by the composers only',
  [{ file: 'renderer/templates/x.tsx', code: "import '../styles/app.css';", rule: 'walls/imports', says: 'renderer/templates/ may not import renderer/styles/' }],
  [{ file: 'renderer/app/x.tsx', code: "import '../styles/editor.css';" }],
);

wall(
  'renderer/find/ (the find bar) imports core/, the commands, the host accessor and words only',
  [
    { file: 'renderer/find/x.tsx', code: "import { App } from '../app/app';\nexport { App };", rule: 'walls/imports', says: 'renderer/find/ may not import renderer/app/' },
    { file: 'renderer/find/x.tsx', code: "import { ReleaseEditable } from '../editor/release-editable';\nexport { ReleaseEditable };", rule: 'walls/imports', says: 'renderer/find/ may not import renderer/editor/' },
    { file: 'renderer/find/x.tsx', code: "import { openSession } from '../session/session';\nexport { openSession };", rule: 'walls/imports', says: 'renderer/find/ may not import renderer/session/' },
  ],
  [
    {
      file: 'renderer/find/x.tsx',
      code: "import './find.css';\nimport { findInRelease } from '../../core/editing/find-in-release';\nimport { useCommandHandlers } from '../commands';\nimport { host } from '../host/host';\nimport { i18next } from '../i18n';\nexport { findInRelease, useCommandHandlers, host, i18next };",
    },
    { file: 'renderer/app/x.tsx', code: "import { FindBar } from '../find/find-bar';\nexport { FindBar };" },
  ],
);

wall(
  'a folder of renderer/ without a row in the walls table is named, and walled off',
  [
    { file: 'renderer/widgets/x.ts', code: "import { createEditor } from 'slate';\nexport { createEditor };", rule: 'walls/imports', says: 'renderer/widgets has no row in the walls table' },
    { file: 'renderer/app/x.ts', code: "import { Widget } from '../widgets/widget';\nexport { Widget };", rule: 'walls/imports', says: 'renderer/app/ may not import renderer/widgets/widget' },
  ],
  [{ file: 'renderer/app/x.ts', code: "import { Dialog } from './dialog';\nexport { Dialog };" }],
);

// ---- raw IPC ----
wall(
  'raw ipcMain / ipcRenderer only inside electron/ipc/ (hole: an aliased import escaped)',
  [
    { file: 'electron/x.ts', code: "import { ipcMain as bus } from 'ELECTRON';\nbus.handle('pressroom:x', () => 1);", rule: 'walls/raw-ipc', says: 'ipcMain: Raw IPC only in electron/ipc/' },
    { file: 'electron/x.ts', code: "import * as electron from 'ELECTRON';\nelectron.ipcMain.on('x', () => undefined);", rule: 'walls/raw-ipc', says: 'ipcMain: Raw IPC only in electron/ipc/' },
    { file: 'electron/x.ts', code: "export const start = async () => {\n  const { ipcRenderer: bus } = await import('ELECTRON');\n  return bus;\n};", rule: 'walls/raw-ipc', says: 'ipcRenderer: Raw IPC only in electron/ipc/' },
    { file: 'electron/x.ts', code: "export { ipcMain } from 'ELECTRON';", rule: 'walls/raw-ipc', says: 'ipcMain: Raw IPC only in electron/ipc/' },
    { file: 'electron/main.ts', code: "import { ipcMain } from 'ELECTRON';\nipcMain.handle('pressroom:x', () => 1);", rule: 'walls/raw-ipc', says: 'may only be handed to the electron/ipc/ wrapper' },
  ],
  [
    { file: 'electron/main.ts', code: "import { ipcMain } from 'ELECTRON';\nimport { handleHostCalls } from './ipc/handle';\nhandleHostCalls(ipcMain, {} as never, { isTrusted: () => true, log: () => undefined });" },
    { file: 'electron/preload.ts', code: "import { contextBridge, ipcRenderer } from 'ELECTRON';\nimport { createPressroomApi } from './ipc/renderer-callers';\ncontextBridge.exposeInMainWorld('pressroom', createPressroomApi(ipcRenderer, process.platform));" },
    { file: 'electron/ipc/x.ts', code: "import type { IpcMain } from 'ELECTRON';\nexport const listen = (ipcMain: IpcMain) => ipcMain.handle('pressroom:x', () => 1);" },
  ],
);

// ---- anywhere ----
wall(
  'nothing imports from outside the repository',
  [{ file: 'e2e/x.spec.ts', code: "import { sample } from '../../outside-the-repository/samples/almaty';\nexport { sample };", rule: 'walls/imports', says: 'points outside the repository' }],
  [{ file: 'e2e/x.spec.ts', code: "import { sampleText } from '../test/fixtures/sample';\nimport { TestHost } from './host/test-host';\nexport { sampleText, TestHost };" }],
);

wall(
  'a walled file writes its import paths as literals, so the walls can read them',
  [{ file: 'core/x.ts', code: "export const load = (name: string) => import(`./formats/${name}`);", rule: 'walls/imports', says: 'walls cannot read' }],
  [{ file: 'core/x.ts', code: "export const load = () => import(`./formats/index`);" }],
);

wall(
  'renderer/settings/ (the Settings dialog) imports core/, the commands, the dialog frame, the controls and words only',
  [
    { file: 'renderer/settings/x.tsx', code: "import { App } from '../app/app';\nexport { App };", rule: 'walls/imports', says: 'renderer/settings/ may not import renderer/app/' },
    { file: 'renderer/settings/x.tsx', code: "import { createDocumentSession } from '../session/document-session';\nexport { createDocumentSession };", rule: 'walls/imports', says: 'renderer/settings/ may not import renderer/session/' },
    { file: 'renderer/settings/x.tsx', code: "import { host } from '../host/host';\nexport { host };", rule: 'walls/imports', says: 'renderer/settings/ may not import renderer/host/' },
  ],
  [
    {
      file: 'renderer/settings/x.tsx',
      code: "import './settings.css';\nimport { formatDateline } from '../../core/typography/dateline';\nimport { useCommandHandlers } from '../commands';\nimport { DialogFrame } from '../dialogs/dialog-frame';\nimport { Button } from '../controls/button';\nimport { i18next } from '../i18n';\nexport { formatDateline, useCommandHandlers, DialogFrame, Button, i18next };",
    },
    { file: 'renderer/app/x.tsx', code: "import { SettingsFeature } from '../settings/settings-feature';\nexport { SettingsFeature };" },
  ],
);

describe('the walls table', () => {
  it('has a wall case above for every row (a new row needs its crossing and allowed import here)', async () => {
    const config = (await import(pathToFileURL(join(root, 'eslint.config.js')).href)) as { LAYERS: { folder: string; unlisted?: boolean }[] };
    const rows = config.LAYERS.filter((row) => !row.unlisted);
    for (const row of rows) {
      const label = /\.tsx?$/.test(row.folder) ? `${row.folder} ` : `${row.folder}/ `;
      expect(WALL_NAMES.filter((name) => name.startsWith(label)), `a wall for ${row.folder}`).toHaveLength(1);
    }
    expect(rows.map((row) => row.folder)).toEqual(expect.arrayContaining(['core', 'electron/services', 'cli', 'renderer/editor', 'renderer/session', 'renderer/commands']));
  });
});
