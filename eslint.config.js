// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wallsPlugin } from './scripts/lint-walls.mjs';

const ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * The walls: who may import whom. Imports point one way — renderer → core, electron → core, cli → core +
 * electron/services; never back — and inside the renderer, from the composers (main.tsx, app/) down to core/.
 *
 * One row per folder (or file). `may` lists the folders it may import besides its own; `exceptions` single modules
 * beyond them, each with its reason; `forbid` packages. A file belongs to the row of its longest folder, so
 * electron/services/ has its own walls inside electron/. Every import form counts (import, import type,
 * export … from, import(), require()), resolved to the file it reaches: see scripts/lint-walls.mjs.
 * Tests (*.test.ts, and fixtures/ folders) keep their folder's walls and may also import test/ and Node. Folders without a row
 * (e2e/, bench/, test/, scripts/) import freely, and no row may import them.
 * Every wall has a crossing and an allowed import in test/lint/walls.test.ts: change both together.
 */
const NODE = { packages: ['node builtins'], why: 'It has no Node: only electron/ and cli/ reach the machine.' };
const NO_ELECTRON_RENDERER = { packages: ['electron'], why: 'The renderer reaches the host only through window.pressroom (core/api.ts).' };
const NO_ELECTRON_SERVICES = { packages: ['electron'], why: 'The services are plain Node modules, shared with the CLI and the e2e host: no Electron import.' };
const NO_ELECTRON_CLI = { packages: ['electron'], why: 'The command runs without Electron: core/ and electron/services only.' };

/** A renderer folder: no Node, no Electron, whatever else it may import. */
const renderer = (row) => ({ ...row, forbid: [NODE, NO_ELECTRON_RENDERER] });
/** Every folder of the renderer below the composers (main.tsx, app/). */
const RENDERER_PARTS = ['renderer/session', 'renderer/editor', 'renderer/templates', 'renderer/publishing', 'renderer/commands', 'renderer/dialogs', 'renderer/host', 'renderer/i18n', 'renderer/styles', 'renderer/controls', 'renderer/checklist', 'renderer/find', 'renderer/spelling', 'renderer/settings'];

export const LAYERS = [
  {
    folder: 'core',
    may: [],
    forbid: [
      { packages: ['node builtins'], why: 'core/ is platform-free: no Node APIs.' },
      { packages: ['electron', 'react', 'react-dom', 'slate-react', 'slate-dom'], why: 'core/ is platform-free: no Electron, React or DOM.' },
    ],
    why: 'core/ imports nothing outside core/.',
  },
  // electron/: the shell (main, preload, menu …) over its IPC wrappers and its services.
  { folder: 'electron', may: ['core', 'electron/ipc', 'electron/services'], why: 'The shell imports core/ and its own modules, never renderer/ or cli/.' },
  {
    folder: 'electron/ipc',
    may: ['core'],
    exceptions: [{ module: 'electron/app-origin', why: 'the trusted-sender check needs the app origin' }],
    why: 'The IPC wrappers are built from core/api.ts alone.',
  },
  { folder: 'electron/services', may: ['core'], forbid: [NO_ELECTRON_SERVICES], why: 'The services import only core/ and each other (never the menu, the IPC or the shell).' },
  { folder: 'cli', may: ['core', 'electron/services'], forbid: [NO_ELECTRON_CLI], why: 'cli/ uses core/ and electron/services only.' },

  // renderer/: main.tsx and app/ compose; below them the parts, each importing only what lies under it.
  { folder: 'renderer', unlisted: true, may: [] },
  renderer({ folder: 'renderer/main.tsx', may: ['core', 'renderer/app', ...RENDERER_PARTS], why: '' }),
  renderer({ folder: 'renderer/app', may: ['core', ...RENDERER_PARTS], why: 'app/ composes the window.' }),
  renderer({
    folder: 'renderer/session',
    may: ['core', 'renderer/editor', 'renderer/templates', 'renderer/publishing', 'renderer/commands', 'renderer/i18n'],
    why: 'The document session lies under app/: React reads it, it never reads React’s app.',
  }),
  renderer({
    folder: 'renderer/editor',
    may: ['core', 'renderer/templates', 'renderer/commands', 'renderer/dialogs', 'renderer/host', 'renderer/i18n', 'renderer/controls', 'renderer/spelling'],
    why: 'editor/ is drawn inside app/ and must not reach up into it.',
  }),
  // templates/ and editor/ import each other today: the template elements are drawn in the editor.
  renderer({ folder: 'renderer/templates', may: ['core', 'renderer/editor', 'renderer/commands', 'renderer/dialogs', 'renderer/host', 'renderer/i18n', 'renderer/controls'], why: 'templates/ is drawn inside app/ and must not reach up into it.' }),
  renderer({ folder: 'renderer/publishing', may: ['core', 'renderer/i18n'], why: 'publishing/ turns a release into files: core/ and words only.' }),
  renderer({
    folder: 'renderer/commands',
    may: ['core', 'renderer/host'],
    why: 'The command dispatcher and keyboard matcher are built over the table in core/ and the host’s commands.',
  }),
  renderer({ folder: 'renderer/dialogs', may: ['core', 'renderer/i18n', 'renderer/controls'], why: 'The one dialog frame (focus trap, focus return) and the question dialog: every part draws its dialogs in it.' }),
  renderer({ folder: 'renderer/host', may: ['core'], why: 'The one host accessor (window.pressroom, core/api.ts): the renderer’s only way out.' }),
  renderer({ folder: 'renderer/i18n', may: ['core'], why: 'i18n/ imports nothing of the renderer: every part may use it.' }),
  renderer({ folder: 'renderer/controls', may: [], why: 'The one set of controls (the button, the icon set): every part draws with them; they import nothing of the renderer.' }),
  renderer({ folder: 'renderer/spelling', may: ['core', 'renderer/host', 'renderer/i18n'], why: 'spelling/ (the worker, its client, the squiggles and their menu) is drawn inside the editor and never reaches into it.' }),
  renderer({ folder: 'renderer/styles', may: [], why: 'Style sheets are imported by the composers.' }),
  renderer({ folder: 'renderer/checklist', may: ['core', 'renderer/i18n', 'renderer/controls'], why: 'The checklist panel shows core/checklist’s findings in words, with the one set of controls: core/, words and controls only; app/ draws it.' }),
  renderer({
    folder: 'renderer/find',
    may: ['core', 'renderer/commands', 'renderer/host', 'renderer/i18n'],
    why: 'The find bar lies under app/: it searches the release through core/ and answers its commands; the page gets its highlights from app/, so it never reaches into editor/ or the session.',
  }),
  renderer({
    folder: 'renderer/settings',
    may: ['core', 'renderer/commands', 'renderer/dialogs', 'renderer/controls', 'renderer/i18n'],
    why: 'The Settings dialog lies under app/: it answers its command and hands the settings to app/, which stores them through the session.',
  }),
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The walls, for every file: rows decide who is walled in; nothing imports from outside the repository.
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { walls: wallsPlugin },
    rules: {
      'walls/imports': ['error', { root: ROOT, layers: LAYERS, testsMay: { folders: ['test'], nodeBuiltins: true } }],
    },
  },
  {
    files: ['core/**/*.{ts,tsx}', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'cli/**/*.ts'],
    ignores: ['electron/ipc/**'],
    plugins: { walls: wallsPlugin },
    rules: {
      // Raw ipcMain/ipcRenderer only inside electron/ipc/; main and preload only hand them to its wrappers.
      'walls/raw-ipc': ['error', { root: ROOT, handOnly: ['electron/main.ts', 'electron/preload.ts'] }],
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'require'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Commands go through the command dispatcher (renderer/commands), not a window event bus.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='CustomEvent']", message: 'No window event bus: register a command handler (renderer/commands, useCommandHandlers) instead.' },
        { selector: "CallExpression[callee.property.name='dispatchEvent']", message: 'No window event bus: run a command through renderer/commands (runCommand) instead.' },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'cli/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // Plain browser scripts the e2e host adds to the page (no modules there).
    files: ['e2e/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
  {
    files: ['e2e/**/*.ts', 'bench/**/*.ts', 'bench/**/*.js', '*.config.ts', '*.config.js', 'test/**/*.ts', '.ci/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
