// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * House rules (../shared/ARCHITECTURE.md): imports point one way.
 *   renderer → core, electron → core, cli → core + electron/services; never back.
 * Only electron/ imports 'electron'; core imports no Node, DOM framework or Electron API;
 * raw ipcMain/ipcRenderer only inside electron/ipc/ wrappers.
 */
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'util'];
const restrict = (patterns, message) => ({ group: patterns, message });

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
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          restrict(nodeBuiltins, 'core/ is platform-free: no Node APIs.'),
          restrict(['electron', 'react', 'react-dom', 'slate-react', 'slate-dom'], 'core/ is platform-free: no Electron, React or DOM.'),
          restrict(['**/renderer/**', '**/electron/**', '**/cli/**', '**/e2e/**'], 'core/ imports nothing outside core/.'),
        ],
      }],
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
      'no-restricted-imports': ['error', {
        patterns: [
          restrict(nodeBuiltins, 'The renderer has no Node: talk to the host through window.pressroom.'),
          restrict(['electron'], 'The renderer reaches the host only through window.pressroom (core/api.ts).'),
          restrict(['**/electron/**', '**/cli/**', '**/e2e/**'], 'renderer/ imports only core/.'),
        ],
      }],
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
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [restrict(['**/renderer/**', '**/cli/**', '**/e2e/**'], 'electron/ imports only core/ and its own modules.')],
      }],
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.name=/^ipc(Main|Renderer)$/]",
        message: 'Raw IPC only in electron/ipc/: use handle() or the preload callers built from core/api.ts.',
      }],
    },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          restrict(['electron'], 'electron/services are plain Node modules: no Electron import.'),
          restrict(['**/renderer/**', '**/cli/**', '**/e2e/**'], 'services import only core/.'),
        ],
      }],
    },
  },
  {
    files: ['electron/ipc/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['cli/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', {
        // 'electron' as a path (not a pattern), so ../electron/services/* stays allowed.
        paths: [{ name: 'electron', message: 'cli/ uses core/ and electron/services only.' }],
        patterns: [restrict(['**/renderer/**', '**/e2e/**', '**/electron/*.ts', '**/electron/ipc/**'], 'cli/ uses core/ and electron/services only.')],
      }],
    },
  },
  {
    files: ['e2e/**/*.ts', 'bench/**/*.ts', 'bench/**/*.js', '*.config.ts', '*.config.js', 'test/**/*.ts', '.ci/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
