/**
 * Hostile and huge inputs (issue 13): the peak memory and time of each, in a child process of its own, so one
 * input cannot skew another's figures and a crash is a figure too.
 *
 * - `table`: the issue's table, through `pressroom export` (the built CLI) and through the app's document service
 *   (openDocument, as Electron's main and the e2e host call it), each under /usr/bin/time -v with a 60 s limit.
 * - `curves`: parse time and peak memory against input size for Markdown, HTML, DOCX, .pressroom and text, each
 *   size parsed in a fresh child (the parser alone, in-process, no worker), so the limits can be read off them.
 *
 * Run through `npm run bench` (bench/run.js builds this file), or alone after a build:
 *   node out/bench/bounds/input-bounds.mjs [table|curves] [--cli=out/cli/pressroom.js] [--sizes=1,2,5]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createHostServices } from '../electron/services/host';
import type { HostEnvironment } from '../electron/services/host-environment';
import { docxBomb, invalidUtf8Release, manyBlocksReleaseBytes, manyLinesMarkdown, manyParagraphsHtml, oneLineMarkdown, sampleDocumentXml, zipArchive } from '../test/fixtures/hostile-files';

const here = fileURLToPath(import.meta.url);
const root = [resolve(here, '..', '..'), resolve(here, '..', '..', '..', '..')].find((candidate) => existsSync(join(candidate, 'core/formats/fixtures/conference-almaty.ru.pressroom'))) as string;
const MB = 1024 * 1024;
const argument = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);

interface Measured {
  exit: string;
  seconds: number;
  peakMb: number;
  line: string;
}

/**
 * Runs `args` as a child with a time limit: its peak resident set (VmHWM from /proc, read every 50 ms and at the
 * end, so a child killed by the limit or by V8 still has a figure), the wall time, its last line of output.
 */
async function measure(args: string[], timeoutSeconds = 60): Promise<Measured> {
  const started = performance.now();
  const child = spawn(args[0] as string, args.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
  child.stderr.on('data', (data: Buffer) => (stderr = (stderr + data.toString()).slice(-20_000)));
  let peakKb = 0;
  const sample = () => {
    try {
      const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
      if (kb > peakKb) peakKb = kb;
    } catch {
      // gone
    }
  };
  const poll = setInterval(sample, 50);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    sample();
    child.kill('SIGKILL');
  }, timeoutSeconds * 1000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('exit', (c, s) => done([c, s])));
  clearInterval(poll);
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  const own = stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('    at '));
  const line = (stdout.trim().split('\n').at(-1) ?? '') || (own.find((l) => /pressroom:|FATAL|heap|Error/i.test(l)) ?? own.at(-1) ?? '');
  return { exit: signal ? `${signal}${timedOut ? ` (${timeoutSeconds} s limit)` : ''}` : `exit ${code}`, seconds, peakMb: peakKb / 1024, line: line.slice(0, 150) };
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** The child's part of `table --app`: opens one file through the real services, prints the reply in one line. */
async function childOpen(path: string): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'pressroom-bounds-app-'));
  const refuse = async (): Promise<never> => {
    throw new Error('no dialogs here');
  };
  const env: HostEnvironment = {
    userDataDir: join(folder, 'user-data'),
    documentsDir: folder,
    builtInTemplatesDir: join(root, 'templates'),
    dialogs: { chooseFileToOpen: refuse, chooseFilesToOpen: refuse, chooseSavePath: refuse, chooseFolder: refuse },
    window: { setDocumentState: () => undefined, close: () => undefined },
    openExternal: async () => undefined,
    systemLanguage: () => 'en',
  };
  // As Electron's main does: files are read in the guarded reader's worker (built by electron-vite build).
  const worker = join(root, 'out/main/input-worker.js');
  const services = createHostServices(env, existsSync(worker) ? { readerWorker: worker } : {});
  const started = performance.now();
  const reply = await services.handlers.openDocument({ path });
  const ms = performance.now() - started;
  const what = reply.status === 'failed' ? `failed: ${reply.problem.reason}${reply.problem.damage ? ` ${JSON.stringify(reply.problem.damage)}` : ''}` : reply.status === 'opened' ? `opened ${reply.file.document.body.length} blocks` : reply.status;
  rmSync(folder, { recursive: true, force: true });
  process.stdout.write(`${what} (${ms.toFixed(0)} ms)\n`);
}

async function table(): Promise<void> {
  const cli = resolve(argument('cli') ?? join(root, 'out/cli/pressroom.js'));
  const self = here;
  const folder = mkdtempSync(join(tmpdir(), 'pressroom-bounds-'));
  console.log(`input-bounds table: ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}; CLI ${cli}`);
  const inputs: { label: string; file: string; make: () => Promise<Uint8Array> | Uint8Array }[] = [
    { label: 'DOCX, document.xml inflating to 300 MB', file: 'bomb-300mb.docx', make: () => docxBomb({ inflatesTo: 300 * MB }) },
    { label: 'DOCX inflating to 1.1 GB', file: 'bomb-1100mb.docx', make: () => docxBomb({ inflatesTo: 1100 * MB }) },
    { label: 'DOCX declaring 1 KB, inflating to 300 MB (lying directory)', file: 'liar-300mb.docx', make: () => docxBomb({ inflatesTo: 300 * MB, declares: 1024 }) },
    { label: 'Markdown, 50 MB on one line', file: 'one-line-50mb.md', make: () => oneLineMarkdown(50 * MB - 1024) },
    { label: '.pressroom of 200,000 blocks → DOCX', file: 'blocks-200000.pressroom', make: () => manyBlocksReleaseBytes(200_000) },
    { label: '.pressroom with invalid UTF-8', file: 'invalid-utf8.pressroom', make: () => invalidUtf8Release() },
  ];
  const only = argument('only');
  console.log(row(['input', 'size', 'path', 'result', 's', 'peak MB', 'said']));
  console.log(row(['---', '---', '---', '---', '---', '---', '---']));
  for (const input of inputs) {
    if (only && !input.file.includes(only)) continue;
    const path = join(folder, input.file);
    const bytes = await input.make();
    writeFileSync(path, bytes);
    const size = `${(bytes.length / MB).toFixed(2)} MB`;
    const output = join(folder, 'out.docx');
    rmSync(output, { force: true });
    const viaCli = await measure([process.execPath, cli, 'export', path, '--to', 'docx', '-o', output, '--force']);
    const wrote = existsSync(output) ? `, wrote ${(readFileSync(output).length / MB).toFixed(1)} MB` : ', nothing written';
    console.log(row([input.label, size, 'CLI', viaCli.exit + wrote, viaCli.seconds.toFixed(1), viaCli.peakMb.toFixed(0), viaCli.line]));
    const viaApp = await measure([process.execPath, self, 'child-open', path]);
    console.log(row([input.label, size, 'app (openDocument)', viaApp.exit, viaApp.seconds.toFixed(1), viaApp.peakMb.toFixed(0), viaApp.line]));
    rmSync(path, { force: true });
  }
  rmSync(folder, { recursive: true, force: true });
}

/** The child's part of `curves`: parses one file in-process, prints ms. */
async function childParse(format: string, path: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(path));
  const started = performance.now();
  const { parseInput } = await loadParser();
  const outcome = await parseInput(format, path, bytes);
  process.stdout.write(`${outcome} in ${(performance.now() - started).toFixed(0)} ms\n`);
}

/** The parsers alone, with no limit in front of them (the raw cost the limits are chosen from). */
async function loadParser(): Promise<{ parseInput: (format: string, path: string, bytes: Uint8Array) => Promise<string> }> {
  const { readDocumentText } = await import('../core/model/document-file');
  const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return {
    parseInput: async (format, _path, bytes) => {
      try {
        if (format === 'pressroom' || format === 'pressroom-docx') {
          const read = readDocumentText(text(bytes));
          if (!read.ok) return `refused: ${read.problem.reason}`;
          if (format === 'pressroom') return `${read.document.body.length} blocks`;
          const { exportRelease } = await import('../core/formats/index');
          const docx = await exportRelease(read.document, 'docx');
          return `${read.document.body.length} blocks → ${(docx.length / MB).toFixed(1)} MB DOCX`;
        }
        if (format === 'markdown') {
          const { markdownToDocument } = await import('../core/formats/markdown-import');
          return `${markdownToDocument(text(bytes)).body.length} blocks`;
        }
        if (format === 'text') {
          const { plainTextToDocument } = await import('../core/formats/text-import');
          return `${plainTextToDocument(text(bytes)).body.length} blocks`;
        }
        const { htmlToBlocks } = await import('../core/formats/html-import');
        if (format === 'html') return `${htmlToBlocks(text(bytes)).length} blocks`;
        const { default: mammoth } = await import('mammoth');
        const { DOCX_STYLE_MAP } = await import('../core/formats/docx-style-map');
        const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: [...DOCX_STYLE_MAP] })).value;
        return `${htmlToBlocks(html).length} blocks`;
      } catch (error) {
        return `failed: ${String(error).slice(0, 80)}`;
      }
    },
  };
}

async function curves(): Promise<void> {
  const sizes = (argument('sizes') ?? '0.1,0.5,1,2,5,10,20').split(',').map(Number);
  const folder = mkdtempSync(join(tmpdir(), 'pressroom-curves-'));
  console.log(`input-bounds curves: ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}; a fresh child per size, parser in-process`);
  const makers: Record<string, (size: number) => Promise<Uint8Array> | Uint8Array> = {
    'markdown (lines)': (size) => manyLinesMarkdown(size),
    'markdown (one line)': (size) => oneLineMarkdown(size),
    html: (size) => manyParagraphsHtml(size),
    'docx (document.xml size)': async (size) => {
      const document = await sampleDocumentXml(size);
      return zipArchive([
        { name: '[Content_Types].xml', data: new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>') },
        { name: 'word/document.xml', deflated: document },
      ]);
    },
    pressroom: (size) => manyBlocksReleaseBytes(Math.max(2, Math.round(size / 235))),
    'pressroom-docx': (size) => manyBlocksReleaseBytes(Math.max(2, Math.round(size / 235))),
  };
  const extension: Record<string, string> = { 'markdown (lines)': '.md', 'markdown (one line)': '.md', html: '.html', 'docx (document.xml size)': '.docx', pressroom: '.pressroom', 'pressroom-docx': '.pressroom' };
  const formatOf = (name: string, path: string): string => (name === 'pressroom-docx' ? name : ({ '.md': 'markdown', '.html': 'html', '.docx': 'docx', '.pressroom': 'pressroom' } as Record<string, string>)[extname(path)] as string);
  const only = argument('only');
  console.log(row(['format', 'MB', 'file MB', 'result', 's', 'peak MB']));
  console.log(row(['---', '---', '---', '---', '---', '---']));
  for (const [name, make] of Object.entries(makers)) {
    if (only && !name.startsWith(only)) continue;
    for (const size of sizes) {
      const path = join(folder, `input${extension[name]}`);
      const bytes = await make(size * MB);
      writeFileSync(path, bytes);
      const result = await measure([process.execPath, here, 'child-parse', formatOf(name, path), path], 60);
      console.log(row([name, size, (bytes.length / MB).toFixed(2), `${result.exit}: ${result.line}`, result.seconds.toFixed(2), result.peakMb.toFixed(0)]));
      if (result.exit !== 'exit 0') break;
    }
  }
  rmSync(folder, { recursive: true, force: true });
}

const [mode = 'table', ...rest] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (mode === 'child-open') await childOpen(rest[0] as string);
else if (mode === 'child-parse') await childParse(rest[0] as string, rest[1] as string);
else if (mode === 'curves') await curves();
else if (mode === 'table') await table();
else if (mode === 'all') {
  await table();
  await curves();
}
