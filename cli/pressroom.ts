import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS } from '../core/api';
import type { ExportFormat, TemplateEntry } from '../core/api';
import { exportRelease, EXPORT_EXTENSIONS } from '../core/formats/index';
import { readDocumentText, validateDocument, writeDocumentText } from '../core/model/document-file';
import type { PressroomDocument } from '../core/model/types';
import { instantiate } from '../core/templates/instantiate';
import { writeFileAtomic } from '../electron/services/atomic-write';
import { MAX_FILE_BYTES } from '../electron/services/file-problems';
import type { HostEnvironment } from '../electron/services/host-environment';
import { importBytes } from '../electron/services/import-file';
import { createSettingsStore } from '../electron/services/settings';
import { createTemplateLibrary } from '../electron/services/template-library';
import { userDataDir } from './user-data-dir';

/**
 * `pressroom`: the headless host of core + services. Exports a release (or a Markdown, DOCX, HTML or text file)
 * to Markdown, HTML or DOCX, lists the templates, and starts a release from one. Every failure is one line on
 * stderr and a non-zero exit, and nothing is written; output is written atomically.
 */

export class UsageError extends Error {}

/** The names `--to` takes for each export format (any case); the help and the errors show the first. */
const FORMAT_NAMES: Record<ExportFormat, readonly [string, ...string[]]> = { markdown: ['md', 'markdown'], html: ['html'], docx: ['docx'] };
const FORMATS: Record<string, ExportFormat> = Object.fromEntries(EXPORT_FORMATS.flatMap((format) => FORMAT_NAMES[format].map((name) => [name, format])));
const TO = EXPORT_FORMATS.map((format) => FORMAT_NAMES[format][0]);
/** "md|html|docx" and "md, html or docx". */
const TO_CHOICES = TO.join('|');
const TO_LIST = `${TO.slice(0, -1).join(', ')} or ${TO.at(-1)}`;

const HELP = {
  main: `Usage: pressroom <command> [options]

Commands:
  export <file> --to ${TO_CHOICES}   Export a release (.pressroom, .md, .docx, .html or .txt) to another format
  templates                         List the built-in templates and those in your template library
  new --template <id> -o <file>     Start a new .pressroom release from a template

Options:
  -h, --help      Show help (also after a command: pressroom export --help)
  -v, --version   Show the version
`,
  export: `Usage: pressroom export <file> --to ${TO_CHOICES} [options]

Reads <file> (.pressroom, .md, .markdown, .docx, .html, .htm or .txt) and writes it as Markdown, HTML or Word.

Options:
  -t, --to <format>      ${TO_LIST} (required)
  -o, --output <path>    Where to write (default: beside the input, with the new extension; "-" for stdout)
      --profile <name>   HTML only: standalone (default) or fragment (the article alone, for a CMS)
      --paper <size>     DOCX only: a4 (default) or letter
      --latin            Kazakh releases only: write the release in the 2021 Latin alphabet
      --force            Overwrite the output file if it exists
  -h, --help             Show this help
`,
  templates: `Usage: pressroom templates [options]

Lists the built-in templates and the templates in your library (id, language, kind, name).

Options:
      --json             Print the list as JSON
  -h, --help             Show this help
Environment: PRESSROOM_USER_DATA sets the app's user-data folder (default: where the desktop app keeps it).
`,
  new: `Usage: pressroom new --template <id> -o <file>

Writes a new release made from the template <id> (see pressroom templates) to <file>.

Options:
      --template <id>    The template's id, e.g. built-in:conference-write-up.ru.pressroom
  -o, --output <file>    The .pressroom file to write (required)
      --force            Overwrite <file> if it exists
  -h, --help             Show this help
`,
};

const INPUT_FORMATS: Record<string, 'pressroom' | 'markdown' | 'html' | 'docx' | 'text'> = {
  '.pressroom': 'pressroom',
  '.json': 'pressroom',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.txt': 'text',
};

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  writeStdoutBytes: (bytes: Uint8Array) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const PROBLEM_WORDS: Record<string, string> = {
  'not-json': 'is not a Pressroom file (not JSON)',
  'not-pressroom': 'is not a Pressroom file',
  'newer-version': 'was written by a newer version of Pressroom',
  invalid: 'is damaged (it does not match the Pressroom format)',
};

/** Reads any supported input as a release; UsageError with a one-line reason otherwise. */
export async function readRelease(path: string): Promise<PressroomDocument> {
  const kind = INPUT_FORMATS[extname(path).toLowerCase()];
  if (!kind) throw new UsageError(`cannot read ${basename(path)}: use a .pressroom, .md, .docx, .html or .txt file`);
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError(`${path}: no such file`);
  }
  if (!info.isFile()) throw new UsageError(`${path}: not a file`);
  if (info.size > MAX_FILE_BYTES) throw new UsageError(`${path}: too large (over ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
  const bytes = new Uint8Array(await readFile(path));
  if (kind === 'pressroom') {
    const read = readDocumentText(new TextDecoder().decode(bytes));
    if (!read.ok) throw new UsageError(`${path} ${PROBLEM_WORDS[read.problem.reason] ?? 'cannot be read'}: ${read.problem.detail}`);
    return read.document;
  }
  let document: PressroomDocument;
  try {
    document = await importBytes(kind, bytes);
  } catch (error) {
    throw new UsageError(`cannot import ${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const checked = validateDocument(document);
  if (!checked.ok) throw new UsageError(`cannot import ${path}: ${checked.problem.detail}`);
  return checked.document;
}

async function writeOutput(path: string, data: string | Uint8Array, force: boolean): Promise<void> {
  if (!force && existsSync(path)) throw new UsageError(`${path} already exists (use --force to overwrite)`);
  if (!existsSync(dirname(path))) throw new UsageError(`${dirname(path)}: no such folder`);
  try {
    await writeFileAtomic(path, data);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      to: { type: 'string', short: 't' },
      output: { type: 'string', short: 'o' },
      profile: { type: 'string' },
      paper: { type: 'string' },
      latin: { type: 'boolean' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(HELP.export);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? `export needs a file (pressroom export <file> --to ${TO_CHOICES})` : 'export takes one file');
  if (!values.to) throw new UsageError(`export needs --to ${TO_LIST}`);
  const format = FORMATS[values.to.toLowerCase()];
  if (!format) throw new UsageError(`unknown format "${values.to}": use ${TO_LIST}`);
  if (values.profile !== undefined && !['standalone', 'fragment'].includes(values.profile)) throw new UsageError(`unknown profile "${values.profile}": use standalone or fragment`);
  if (values.profile !== undefined && format !== 'html') throw new UsageError('--profile applies to --to html only');
  if (values.paper !== undefined && !['a4', 'letter'].includes(values.paper.toLowerCase())) throw new UsageError(`unknown paper "${values.paper}": use a4 or letter`);
  if (values.paper !== undefined && format !== 'docx') throw new UsageError('--paper applies to --to docx only');

  const input = resolve(io.cwd, positionals[0] as string);
  const document = await readRelease(input);
  if (values.latin && document.metadata.language !== 'kk') throw new UsageError(`--latin is for Kazakh releases only; ${input} is in ${document.metadata.language}`);
  const bytes = await exportRelease(document, format, {
    ...(values.latin ? { script: 'latin' as const } : {}),
    ...(values.profile ? { profile: values.profile as 'standalone' | 'fragment' } : {}),
    ...(values.paper ? { paper: values.paper.toLowerCase() as 'a4' | 'letter' } : {}),
  });
  if (values.output === '-') {
    io.writeStdoutBytes(bytes);
    return 0;
  }
  const output = values.output
    ? resolve(io.cwd, values.output)
    : join(dirname(input), `${basename(input, extname(input))}${EXPORT_EXTENSIONS[format]}`);
  if (output === input) throw new UsageError(`the output would overwrite the input ${input}; choose another with -o`);
  await writeOutput(output, bytes, values.force === true);
  io.stdout(`${output}\n`);
  return 0;
}

/** The built-in templates folder: templates/ at the package root, from the source or the built out/cli. */
export function builtInTemplatesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', 'templates'), join(here, '..', '..', 'templates'), join(here, '..', '..', '..', 'templates')];
  return candidates.find((candidate) => existsSync(candidate)) ?? (candidates[0] as string);
}

function templateLibrary(io: CliIo) {
  const dataDir = userDataDir(io.env);
  const refuse = (): never => {
    throw new UsageError('this command cannot ask questions');
  };
  const env: HostEnvironment = {
    userDataDir: dataDir,
    builtInTemplatesDir: builtInTemplatesDir(),
    dialogs: { chooseFileToOpen: refuse, chooseFilesToOpen: refuse, chooseSavePath: refuse, chooseFolder: refuse },
    window: { setDocumentState: () => undefined, close: () => undefined },
    openExternal: async () => undefined,
    systemLanguage: () => 'en',
  };
  return createTemplateLibrary(env, createSettingsStore(dataDir, () => 'en'));
}

async function listTemplates(io: CliIo): Promise<TemplateEntry[]> {
  return templateLibrary(io).listTemplates({});
}

async function templatesCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.stdout(HELP.templates);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`templates takes no arguments (got "${positionals[0]}")`);
  const entries = await listTemplates(io);
  if (values.json) {
    io.stdout(`${JSON.stringify(entries.map(({ id, source, name, description, language, usable, ...rest }) => ({ id, source, name, description, language, usable, kind: (rest as { kind?: string }).kind })), null, 2)}\n`);
    return 0;
  }
  const width = Math.max(2, ...entries.map((entry) => entry.id.length));
  io.stdout(`${'ID'.padEnd(width)}  LANG  KIND     NAME\n`);
  for (const entry of entries) {
    const kind = (entry as { kind?: string }).kind ?? 'release';
    io.stdout(`${entry.id.padEnd(width)}  ${entry.language.padEnd(4)}  ${kind.padEnd(7)}  ${entry.name}${entry.usable ? '' : `  (unusable: ${entry.problem.reason})`}\n`);
  }
  return 0;
}

async function newCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { template: { type: 'string' }, output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(HELP.new);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`new takes no file argument (got "${positionals[0]}"); use -o <file>`);
  if (!values.template) throw new UsageError('new needs --template <id> (see pressroom templates)');
  if (!values.output) throw new UsageError('new needs -o <file>');
  const output = resolve(io.cwd, values.output);
  if (extname(output).toLowerCase() !== '.pressroom') throw new UsageError('the new release must be a .pressroom file');
  const entries = await listTemplates(io);
  const entry = entries.find((candidate) => candidate.id === values.template) ?? entries.filter((candidate) => candidate.id.endsWith(`:${values.template}`) || candidate.id.endsWith(`:${values.template}.pressroom`))[0];
  if (!entry) throw new UsageError(`no template "${values.template}" (see pressroom templates)`);
  if (!entry.usable) throw new UsageError(`template ${entry.id} cannot be used: ${entry.problem.reason}`);
  const document = instantiate(entry.document);
  const checked = validateDocument(document);
  if (!checked.ok) throw new UsageError(`template ${entry.id} makes an invalid release: ${checked.problem.detail}`);
  await writeOutput(output, writeDocumentText(checked.document), values.force === true);
  io.stdout(`${output}\n`);
  return 0;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      if (command === 'help' && rest[0] && rest[0] in HELP) io.stdout(HELP[rest[0] as keyof typeof HELP]);
      else io.stdout(HELP.main);
      return command === undefined ? 1 : 0;
    }
    if (command === '-v' || command === '--version') {
      io.stdout(`${typeof __PRESSROOM_VERSION__ === 'string' ? __PRESSROOM_VERSION__ : 'development'}\n`);
      return 0;
    }
    switch (command) {
      case 'export':
        return await exportCommand(rest, io);
      case 'templates':
        return await templatesCommand(rest, io);
      case 'new':
        return await newCommand(rest, io);
      default:
        throw new UsageError(`unknown command "${command}" (commands: export, templates, new; see pressroom --help)`);
    }
  } catch (error) {
    const message = error instanceof UsageError || (error instanceof Error && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      ? error.message
      : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
    io.stderr(`pressroom: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

declare const __PRESSROOM_VERSION__: string | undefined;
