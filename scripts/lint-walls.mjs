// @ts-check
/**
 * The ESLint rules behind Pressroom's import walls (eslint.config.js holds the table of layers they read).
 *
 *   walls/imports   every import form — `import`, `import type`, `export … from`, `import()`, `require()`,
 *                   `import x = require()`, `typeof import()` — is resolved to the folder it reaches, and must
 *                   reach a folder its layer may import (or a package its layer does not forbid).
 *   walls/raw-ipc   ipcMain / ipcRenderer are imported, destructured or member-accessed only inside
 *                   electron/ipc/; the entry files allowed to import them (main, preload) may only hand them on
 *                   to the wrappers as a call argument.
 *
 * Paths are compared after resolving, so `../electron/menu`, `../electron/menu.ts` and `../../electron/menu`
 * are the same target; no glob over the raw text decides.
 */
import { builtinModules } from 'node:module';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

const NODE_BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith('_')));
const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/** 'a\\b' → 'a/b' */
const posix = (path) => path.split(sep).join('/');
/** 'renderer/app/host.ts' and 'renderer/app/host' name the same module. */
const withoutExtension = (path) => path.replace(SOURCE_EXTENSIONS, '');
/** How a row is named in messages: 'renderer/app/', or 'renderer/main.tsx' for a file's row. */
const labelOf = (folder) => (SOURCE_EXTENSIONS.test(folder) ? folder : `${folder}/`);

/**
 * The row of `layers` a repository path belongs to: the longest `folder` that is the path, the path without its
 * extension, or one of its parent folders.
 * @param {{ folder: string }[]} layers
 * @param {string} path
 */
export function layerOf(layers, path) {
  let best = null;
  for (const layer of layers) {
    const folder = layer.folder;
    const matches = path === folder || withoutExtension(path) === withoutExtension(folder) || path.startsWith(`${folder}/`);
    if (matches && (best === null || folder.length > best.folder.length)) best = layer;
  }
  return best;
}

/** 'node:fs' → 'node:', 'fs/promises' → 'fs', '@scope/pkg/x' → '@scope/pkg', 'react-dom/client' → 'react-dom'. */
export function packageOf(specifier) {
  if (specifier.startsWith('node:')) return 'node:';
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Tests and their fixtures run under Vitest on Node, beside the code they test. */
const isTestFile = (path) => /\.test\.(ts|tsx|js|mjs)$/.test(path) || path.split('/').includes('fixtures');

/** The literal text of an import source, or null when it is computed. */
function literalSource(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports point one way: each folder imports only the folders its layer lists.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: { type: 'array' },
          testsMay: { type: 'object' },
        },
        required: ['root', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      crossing: "{{from}} may not import {{to}} ('{{specifier}}'). {{from}} may import: {{may}}. {{why}}",
      package: "{{from}} may not import '{{specifier}}'. {{why}}",
      outside: "'{{specifier}}' points outside the repository: the repository stands alone.",
      computed: 'An import path the walls cannot read: write it as a string literal.',
      unlisted: '{{folder}} has no row in the walls table (eslint.config.js): say which folders it may import.',
    },
  },
  create(context) {
    const { root, layers, testsMay = {} } = context.options[0];
    const filename = context.filename;
    if (!isAbsolute(filename)) return {};
    const file = posix(relative(root, filename));
    if (file.startsWith('../')) return {};
    const layer = layerOf(layers, file);
    const isTest = isTestFile(file);

    function check(node, specifier) {
      if (specifier === null) {
        if (layer) context.report({ node, messageId: 'computed' });
        return;
      }
      const relativeImport = specifier.startsWith('.') || specifier.startsWith('/');
      if (relativeImport) {
        const target = posix(relative(root, resolve(dirname(filename), specifier)));
        if (target === '..' || target.startsWith('../')) {
          context.report({ node, messageId: 'outside', data: { specifier } });
          return;
        }
        if (!layer) return;
        const targetLayer = layerOf(layers, target);
        const targetFolder = targetLayer ? targetLayer.folder : null;
        if (targetFolder === layer.folder) return;
        if (targetFolder !== null && layer.may.includes(targetFolder)) return;
        if (isTest && (testsMay.folders ?? []).some((folder) => target === folder || target.startsWith(`${folder}/`))) return;
        const exception = (layer.exceptions ?? []).find((entry) => withoutExtension(entry.module) === withoutExtension(target));
        if (exception) return;
        const to = targetLayer && !targetLayer.unlisted ? labelOf(targetLayer.folder) : target;
        const may = [layer.folder, ...layer.may].map(labelOf).join(', ');
        context.report({ node, messageId: 'crossing', data: { from: labelOf(layer.folder), to, specifier, may, why: layer.why ?? '' } });
        return;
      }
      if (!layer) return;
      const name = packageOf(specifier);
      const forbidden = layer.forbid ?? [];
      const builtin = name === 'node:' || NODE_BUILTINS.has(name);
      if (isTest && builtin && testsMay.nodeBuiltins) return;
      const rule = forbidden.find((entry) => entry.packages.includes(name) || (builtin && entry.packages.includes('node builtins')));
      if (rule) context.report({ node, messageId: 'package', data: { from: labelOf(layer.folder), specifier, why: rule.why } });
    }

    const fromSource = (node) => check(node.source, literalSource(node.source));
    return {
      Program(node) {
        if (layer && layer.unlisted && file !== layer.folder) {
          const folder = `${layer.folder}/${file.slice(layer.folder.length + 1).split('/')[0]}`;
          context.report({ node, messageId: 'unlisted', data: { folder } });
        }
      },
      ImportDeclaration: fromSource,
      ExportNamedDeclaration(node) {
        if (node.source) fromSource(node);
      },
      ExportAllDeclaration: fromSource,
      ImportExpression(node) {
        check(node.source, literalSource(node.source));
      },
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length > 0) {
          check(node.arguments[0], literalSource(node.arguments[0]));
        }
      },
      TSImportEqualsDeclaration(node) {
        if (node.moduleReference.type === 'TSExternalModuleReference') check(node.moduleReference.expression, literalSource(node.moduleReference.expression));
      },
      TSImportType(node) {
        // `typeof import('x')`: the argument is a literal type (typescript-eslint 8: node.argument).
        const argument = node.argument?.type === 'TSLiteralType' ? node.argument.literal : (node.source ?? node.argument);
        check(argument, literalSource(argument));
      },
    };
  },
};

const RAW_IPC = /^ipc(Main|Renderer)$/;
const RAW_IPC_MESSAGE = 'Raw IPC only in electron/ipc/: use handle() or the preload callers built from core/api.ts.';

/** @type {import('eslint').Rule.RuleModule} */
const rawIpcRule = {
  meta: {
    type: 'problem',
    docs: { description: 'ipcMain / ipcRenderer only inside electron/ipc/ (entry files may only pass them on).' },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' }, handOnly: { type: 'array', items: { type: 'string' } } },
        required: ['root'],
        additionalProperties: false,
      },
    ],
    messages: {
      raw: `{{name}}: ${RAW_IPC_MESSAGE}`,
      handOn: '{{name}} may only be handed to the electron/ipc/ wrapper here (as a call argument), not used directly.',
    },
  },
  create(context) {
    const { root, handOnly = [] } = context.options[0];
    const file = isAbsolute(context.filename) ? posix(relative(root, context.filename)) : context.filename;
    const mayHandOn = handOnly.includes(file);
    const sourceCode = context.sourceCode;

    const nameOf = (node) => (node.type === 'Identifier' ? node.name : node.type === 'Literal' ? String(node.value) : null);

    return {
      ImportSpecifier(node) {
        const imported = nameOf(node.imported);
        if (imported === null || !RAW_IPC.test(imported)) return;
        if (!mayHandOn) {
          context.report({ node, messageId: 'raw', data: { name: imported } });
          return;
        }
        for (const variable of sourceCode.getDeclaredVariables(node)) {
          for (const reference of variable.references) {
            const parent = reference.identifier.parent;
            const handedOn = parent.type === 'CallExpression' && parent.arguments.includes(reference.identifier);
            if (!handedOn) context.report({ node: reference.identifier, messageId: 'handOn', data: { name: imported } });
          }
        }
      },
      ExportSpecifier(node) {
        const local = nameOf(node.local);
        if (local !== null && RAW_IPC.test(local) && node.parent.source) context.report({ node, messageId: 'raw', data: { name: local } });
      },
      MemberExpression(node) {
        const property = node.computed ? (node.property.type === 'Literal' ? nameOf(node.property) : null) : nameOf(node.property);
        const object = node.object.type === 'Identifier' ? node.object.name : null;
        const name = [property, object].find((candidate) => candidate !== null && RAW_IPC.test(candidate));
        if (name) context.report({ node, messageId: 'raw', data: { name } });
      },
      'ObjectPattern > Property'(node) {
        const key = node.computed ? null : nameOf(node.key);
        if (key !== null && RAW_IPC.test(key)) context.report({ node, messageId: 'raw', data: { name: key } });
      },
    };
  },
};

export const wallsPlugin = {
  meta: { name: 'pressroom-walls' },
  rules: { imports: importsRule, 'raw-ipc': rawIpcRule },
};
