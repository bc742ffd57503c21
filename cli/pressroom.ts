import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS } from '../core/api';
import type { ExportFormat, FileProblem, TemplateEntry } from '../core/api';
import { EXPORT_EXTENSIONS } from '../core/formats/extensions';
import { catalogueTranslate, describeFileProblem } from '../core/i18n/file-problem-words';
import type { InterfaceLanguage } from '../core/i18n/interface-languages';
import { isInterfaceLanguage } from '../core/i18n/interface-languages';
import { writeFileAtomic } from '../electron/services/atomic-write';
import type { GuardedReader } from '../electron/services/guarded-reader';
import type { HostEnvironment } from '../electron/services/host-environment';
import type { ConvertResult, ReaderJob } from '../electron/services/reader-jobs';
import type { ReadInputResult } from '../electron/services/read-input';
import type { PressroomDocument } from '../core/model/types';
import { createSettingsStore } from '../electron/services/settings';
import type { ReleaseLanguage } from '../core/model/types';
import { userDataDir } from './user-data-dir';

/*
 * Start-up: each command loads what it uses when it runs (dynamic imports below), so `pressroom export` starts
 * without the checklist, the templates, the speller or any formatter in its main thread; the reading and the
 * export run in the guarded reader's worker, which loads only the chosen format's formatter (reader-jobs.ts).
 */
const runReaderJob = async (job: ReaderJob) => (await import('../electron/services/reader-jobs')).runReaderJob(job);

/**
 * `pressroom`: the headless host of core + services. Exports a release (or a Markdown, DOCX, HTML or text file)
 * to Markdown, HTML, DOCX or PDF, lists the templates, and starts a release from one. Every failure is one line on
 * stderr and a non-zero exit, and nothing is written; output is written atomically.
 */

export class UsageError extends Error {}

/** The names `--to` takes for each export format (any case); the help and the errors show the first. */
const FORMAT_NAMES: Record<ExportFormat, readonly [string, ...string[]]> = { markdown: ['md', 'markdown'], html: ['html'], docx: ['docx'], pdf: ['pdf'] };
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
  check <file>                      The pre-publication checklist: one line per finding, exit 1 on an error
  spell <file>                      Check the spelling (ru, kk, en) offline; --add <word> to your dictionary

Options:
  -h, --help      Show help (also after a command: pressroom export --help)
  -v, --version   Show the version
`,
  export: `Usage: pressroom export <file> --to ${TO_CHOICES} [options]

Reads <file> (.pressroom, .md, .markdown, .docx, .html, .htm or .txt) and writes it as Markdown, HTML, Word or PDF.

Options:
  -t, --to <format>      ${TO_LIST} (required)
  -o, --output <path>    Where to write (default: beside the input, with the new extension; "-" for stdout)
      --profile <name>   HTML only: standalone (default) or fragment (the article alone, for a CMS)
      --paper <size>     DOCX and PDF: a4 or letter (default: the organisation's, else a4)
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
  check: `Usage: pressroom check <file> [options]

Runs the pre-publication checklist on <file> (.pressroom, .md, .docx, .html or .txt): unfilled blanks, quotes
without words or speaker, the dateline, the media contact's phone and e-mail, headline, lead and release length
against your organisation's limits (settings.json "organisation"), empty award tables, links, typography.
Prints one line per finding (severity, block number, rule, words); exits 1 when an error remains, else 0.

Options:
      --json             Print the findings as JSON
      --lang <code>      Words in ru, kk or en (default: your locale's, from LC_ALL or LANG; else en)
      --words <n>        The release's word limit for this run (e.g. 400 or 800)
      --for-export       Check as for publication (a draft release is then a warning)
      --no-spelling      Leave out misspelled words (checked offline in ru, kk and en, with your dictionary)
  -h, --help             Show this help
Environment: PRESSROOM_USER_DATA sets the app's user-data folder, whose settings hold the limits.
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
/** `pressroom help <command>`: spell's help lives with its command (cli/spell-command.ts), loaded when asked for. */
const helpOf = async (command: string): Promise<string | undefined> =>
  command === 'spell' ? (await import('./spell-command')).SPELL_HELP : Object.hasOwn(HELP, command) ? HELP[command as keyof typeof HELP] : undefined;

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
  /**
   * Reads and exports the input off the command's own thread, within the reader's memory and time limits
   * (electron/services/guarded-reader.ts; cli/main.ts gives it). Without it (tests calling runCli), in-process.
   */
  reader?: GuardedReader;
}

/** The command's language: LC_ALL, LC_MESSAGES or LANG when they name ru or kk, else English. */
export function cliLanguage(env: NodeJS.ProcessEnv): InterfaceLanguage {
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  return locale.startsWith('ru') ? 'ru' : locale.startsWith('kk') ? 'kk' : 'en';
}

/** A file problem as the command's one line: the file, then the same title and message the app's dialog shows. */
export function problemLine(problem: FileProblem, language: InterfaceLanguage): string {
  const words = describeFileProblem(catalogueTranslate(language), problem);
  return `${problem.path ? `${problem.path}: ` : ''}${words.title}. ${words.body}${problem.code ? ` (${problem.code})` : ''}`.replace(/\s+/g, ' ');
}

/**
 * Reads any supported input and exports it, through the one reader of the app (electron/services/read-input.ts)
 * and off the command's thread when `io.reader` is given; UsageError with one line otherwise.
 */
async function convert(job: Extract<ReaderJob, { job: 'convert' }>, io: CliIo): Promise<Uint8Array> {
  const kind = INPUT_FORMATS[extname(job.path).toLowerCase()];
  if (!kind) throw new UsageError(`cannot read ${basename(job.path)}: use a .pressroom, .md, .docx, .html or .txt file`);
  const result = io.reader ? await io.reader.convert(job) : ((await runReaderJob(job)) as ConvertResult);
  if (result.status === 'failed') throw new UsageError(problemLine(result.problem, cliLanguage(io.env)));
  return result.bytes;
}

/** Reads any supported input as a release, through the same guarded reader (for check, which exports nothing). */
export async function readRelease(path: string, io: CliIo): Promise<PressroomDocument> {
  const kind = INPUT_FORMATS[extname(path).toLowerCase()];
  if (!kind) throw new UsageError(`cannot read ${basename(path)}: use a .pressroom, .md, .docx, .html or .txt file`);
  const result = io.reader ? await io.reader.read(path) : ((await runReaderJob({ job: 'read', path })) as ReadInputResult);
  if (result.status === 'failed') throw new UsageError(problemLine(result.problem, cliLanguage(io.env)));
  return result.document;
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
  if (values.paper !== undefined && format !== 'docx' && format !== 'pdf') throw new UsageError('--paper applies to --to docx and --to pdf only');

  const input = resolve(io.cwd, positionals[0] as string);
  if (values.latin) {
    const release = await readRelease(input, io);
    if (release.metadata.language !== 'kk') throw new UsageError(`--latin is for Kazakh releases only; ${input} is in ${release.metadata.language}`);
  }
  // Every format follows the organisation's settings (settings.json "organisation"): the Word file's house style,
  // the dateline of each language, the paper of Word and PDF unless --paper says otherwise.
  const { organisation } = await createSettingsStore(userDataDir(io.env), () => 'en').read();
  const options = {
    houseStyle: organisation.houseStyle,
    datelines: organisation.datelines,
    ...(format === 'docx' || format === 'pdf' ? { paper: organisation.paper } : {}),
    ...(values.latin ? { script: 'latin' as const } : {}),
    ...(values.profile ? { profile: values.profile as 'standalone' | 'fragment' } : {}),
    ...(values.paper ? { paper: values.paper.toLowerCase() as 'a4' | 'letter' } : {}),
  };
  const bytes = await convert({ job: 'convert', path: input, format, options }, io);
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

async function templateLibrary(io: CliIo) {
  const { createTemplateLibrary } = await import('../electron/services/template-library');
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
  return (await templateLibrary(io)).listTemplates({});
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
  const [{ instantiate }, { validateDocument, writeDocumentText }] = await Promise.all([import('../core/templates/instantiate'), import('../core/model/document-file')]);
  const document = instantiate(entry.document);
  const checked = validateDocument(document);
  if (!checked.ok) throw new UsageError(`template ${entry.id} makes an invalid release: ${checked.problem.detail}`);
  await writeOutput(output, writeDocumentText(checked.document), values.force === true);
  io.stdout(`${output}\n`);
  return 0;
}

async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, lang: { type: 'string' }, words: { type: 'string' }, 'for-export': { type: 'boolean' }, 'no-spelling': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(HELP.check);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'check needs a file (pressroom check <file>)' : 'check takes one file');
  const language = values.lang ?? cliLanguage(io.env);
  if (!isInterfaceLanguage(language)) throw new UsageError(`unknown language "${language}": use ru, kk or en`);
  const words = values.words === undefined ? undefined : Number(values.words);
  if (words !== undefined && !(Number.isInteger(words) && words > 0)) throw new UsageError(`--words takes a whole number of words (got "${values.words}")`);
  const [{ checkRelease, hasErrors }, { findingText }, { loadSpeller }] = await Promise.all([
    import('../core/checklist/checklist'),
    import('../core/checklist/finding-words'),
    import('../electron/services/spelling'),
  ]);
  const document = await readRelease(resolve(io.cwd, positionals[0] as string), io);
  const { organisation } = await createSettingsStore(userDataDir(io.env), () => 'en').read();
  const limits = { ...organisation.checklist, ...(words ? { totalWords: words } : {}) };
  // Misspelled words too (warnings), with the user's dictionary, as the app's squiggles: `--no-spelling` skips them.
  const speller = values['no-spelling'] ? null : await loadSpeller({ userDataDir: userDataDir(io.env) });
  const findings = checkRelease(document, {
    limits,
    purpose: values['for-export'] ? 'export' : 'review',
    ...(speller ? { spelling: (word: string, language: ReleaseLanguage) => speller.isCorrect(word, language) } : {}),
  });
  if (values.json) {
    io.stdout(`${JSON.stringify({ errors: findings.filter((finding) => finding.severity === 'error').length, findings: findings.map((finding) => ({ ...finding, block: (finding.path[0] ?? 0) + 1, text: findingText(finding, language) })) }, null, 2)}\n`);
  } else {
    for (const finding of findings) io.stdout(`${finding.severity.padEnd(7)} block ${String((finding.path[0] ?? 0) + 1).padStart(3)}  ${finding.rule}: ${findingText(finding, language)}\n`);
  }
  return hasErrors(findings) ? 1 : 0;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout((command === 'help' && rest[0] ? await helpOf(rest[0]) : undefined) ?? HELP.main);
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
      case 'check':
        return await checkCommand(rest, io);
      case 'spell':
        return await (await import('./spell-command')).spellCommand(rest, io, {
          userDataDir: userDataDir(io.env),
          readRelease: (path) => readRelease(path, io),
          resolvePath: (path) => resolve(io.cwd, path),
          usage: (message) => new UsageError(message),
        });
      default:
        throw new UsageError(`unknown command "${command}" (commands: export, templates, new, check, spell; see pressroom --help)`);
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
