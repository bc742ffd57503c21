import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileProblem, OpenDocumentReply } from '../../core/api';
import { INPUT_LIMITS } from '../../core/formats/input-limits';
import { catalogueTranslate, describeFileProblem } from '../../core/i18n/file-problem-words';
import { runCli } from '../../cli/pressroom';
import {
  docxOf,
  invalidUtf8Release,
  manyBlocksReleaseBytes,
  oneLineMarkdown,
  repoRoot,
  sampleDocumentXml,
  sampleDocumentXmlSmall,
  zeros,
} from '../fixtures/hostile-files';
import type { Deflated } from '../fixtures/hostile-files';
import { buildReaderWorker } from '../fixtures/reader-worker';
import { createGuardedReader } from '../../electron/services/guarded-reader';
import type { GuardedReader } from '../../electron/services/guarded-reader';
import { createHostServices } from '../../electron/services/host';
import type { HostServices } from '../../electron/services/host';

/**
 * Issue 13's table, as tests: each hostile or huge input is opened in the app's way (the host services, as
 * Electron's main and the e2e host bind them, reading in the guarded reader's worker) and exported by the command's
 * way (runCli with the same guarded reader). Each is refused with its message — which part, how big, the limit —
 * in ru, kk and en, nothing is written, and this process goes on. The inputs are generated (no large file is
 * committed).
 *
 * Memory: every refusal is also made by a reader whose worker may hold only 128 MB of heap (REFUSAL_HEAP_MB): a
 * refusal that needed more would come back as out-of-memory instead. The built command's whole process (its own
 * thread and the worker) is measured once as a child, from /proc (peak resident set), against REFUSAL_RSS_MB.
 */
const MB = 1024 * 1024;
const REFUSAL_HEAP_MB = 128;
const REFUSAL_RSS_MB = 400;

let worker: { file: string; remove: () => void };
let folder: string;
let services: HostServices;
let lean: GuardedReader;
let documentXml300: Deflated;
const files: Record<string, string> = {};

beforeAll(async () => {
  worker = await buildReaderWorker();
  folder = await mkdtemp(join(tmpdir(), 'pressroom-hostile-size-'));
  await mkdir(join(folder, 'user-data'));
  const refuse = async (): Promise<never> => {
    throw new Error('opening a given file asks no question');
  };
  services = createHostServices(
    {
      userDataDir: join(folder, 'user-data'),
      documentsDir: folder,
      builtInTemplatesDir: join(repoRoot(), 'templates'),
      dialogs: { chooseFileToOpen: refuse, chooseFilesToOpen: refuse, chooseSavePath: refuse, chooseFolder: refuse },
      window: { setDocumentState: () => undefined, close: () => undefined },
      openExternal: async () => undefined,
      systemLanguage: () => 'ru',
    },
    { readerWorker: worker.file },
  );
  lean = createGuardedReader({ workerFile: worker.file, heapMb: REFUSAL_HEAP_MB });

  documentXml300 = await sampleDocumentXml(300 * MB);
  const inputs: Record<string, () => Promise<Uint8Array> | Uint8Array> = {
    'bomb-300mb.docx': () => docxOf(documentXml300),
    'bomb-1100mb.docx': async () => docxOf(await sampleDocumentXml(1100 * MB)),
    'liar-300mb.docx': () => docxOf(documentXml300, { declares: 1024 }),
    'picture-bomb.docx': async () => docxOf(sampleDocumentXmlSmall(), { picture: await zeros(300 * MB), pictureDeclares: 1024 }),
    'one-line-50mb.md': () => oneLineMarkdown(50 * MB - 1024),
    'blocks-200000.pressroom': () => manyBlocksReleaseBytes(200_000),
    'invalid-utf8.pressroom': () => invalidUtf8Release(),
  };
  for (const [name, make] of Object.entries(inputs)) {
    files[name] = join(folder, name);
    await writeFile(files[name], await make());
  }
}, 300_000);

afterAll(async () => {
  worker?.remove();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const listing = async () => (await readdir(folder)).sort();

/** Opens `name` as the app does; the reply must be a refusal, and nothing may appear in the folder. */
async function openInApp(name: string): Promise<FileProblem> {
  const before = await listing();
  const reply: OpenDocumentReply = await services.handlers.openDocument({ path: files[name] as string });
  expect(await listing(), 'nothing written beside it').toEqual(before);
  if (reply.status !== 'failed') throw new Error(`${name} was not refused: ${reply.status}`);
  return reply.problem;
}

/** Exports `name` as `pressroom export` does (the guarded reader): exit 1, one line, nothing written. */
async function exportInCli(name: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const before = await listing();
  const err: string[] = [];
  const code = await runCli(['export', files[name] as string, '--to', 'docx', '-o', join(folder, 'out.docx')], {
    stdout: () => undefined,
    stderr: (text) => err.push(text),
    writeStdoutBytes: () => undefined,
    env: { PRESSROOM_USER_DATA: join(folder, 'user-data'), ...env },
    cwd: folder,
    reader: createGuardedReader({ workerFile: worker.file }),
  });
  expect(code).toBe(1);
  expect(err).toHaveLength(1);
  expect(err[0]?.trimEnd().split('\n')).toHaveLength(1);
  expect(await listing(), 'nothing written').toEqual(before);
  return err[0] as string;
}

const words = (problem: FileProblem) => ({
  ru: describeFileProblem(catalogueTranslate('ru'), problem).body,
  kk: describeFileProblem(catalogueTranslate('kk'), problem).body,
  en: describeFileProblem(catalogueTranslate('en'), problem).body,
});

describe('a DOCX is sized from its zip directory before anything is unpacked', () => {
  it('document.xml inflating to 300 MB (a 2 MB zip bomb) is refused: which part, how big, the limit', async () => {
    const problem = await openInApp('bomb-300mb.docx');
    expect(problem).toMatchObject({ reason: 'too-large', damage: { kind: 'docx-part-too-large', part: 'word/document.xml', limit: INPUT_LIMITS.docx.textPartBytes } });
    expect(words(problem)).toEqual({
      ru: 'Часть документа «word/document.xml» распаковывается в 300 МБ, а Pressroom читает части до 8 МБ. Pressroom не открывает файлы такого размера.',
      kk: 'Құжаттың «word/document.xml» бөлігі 300 МБ көлемге ашылады, ал Pressroom оқитын бөліктің шегі – 8 МБ. Pressroom мұндай көлемдегі файлдарды ашпайды.',
      en: 'The document’s part “word/document.xml” unpacks to 300 MB; Pressroom reads parts of up to 8 MB. Pressroom does not open files this large.',
    });
    expect(await exportInCli('bomb-300mb.docx', { LANG: 'kk_KZ.UTF-8' })).toBe(
      `pressroom: ${files['bomb-300mb.docx']}: Файл тым үлкен. Құжаттың «word/document.xml» бөлігі 300 МБ көлемге ашылады, ал Pressroom оқитын бөліктің шегі – 8 МБ. Pressroom мұндай көлемдегі файлдарды ашпайды.\n`,
    );
    expect(await lean.read(files['bomb-300mb.docx'] as string)).toMatchObject({ status: 'failed', problem: { damage: { kind: 'docx-part-too-large' } } });
  });

  it('a DOCX inflating to 1.1 GB is refused the same way, within 128 MB of heap', async () => {
    const problem = await openInApp('bomb-1100mb.docx');
    expect(problem.damage).toMatchObject({ kind: 'docx-part-too-large', part: 'word/document.xml' });
    expect(words(problem).en).toContain('unpacks to 1,100 MB; Pressroom reads parts of up to 8 MB.');
    expect(await exportInCli('bomb-1100mb.docx')).toMatch(/The file is too large\. The document’s part “word\/document\.xml” unpacks to 1,100 MB/);
    expect(await lean.read(files['bomb-1100mb.docx'] as string)).toMatchObject({ status: 'failed', problem: { damage: { kind: 'docx-part-too-large' } } });
  });

  it('a zip directory that says 1 KB for 300 MB is caught while unpacking, at the declared size', async () => {
    const problem = await openInApp('liar-300mb.docx');
    expect(problem).toMatchObject({ reason: 'too-large', damage: { kind: 'docx-part-lies', part: 'word/document.xml', declared: 1024 } });
    expect(words(problem).ru).toBe(
      'Часть документа «word/document.xml» распаковывается в больший объём, чем указано в архиве (1 КБ): архив повреждён или подделан. Pressroom не открывает файлы такого размера.',
    );
    expect(await exportInCli('liar-300mb.docx')).toMatch(/unpacks to more than the archive says \(1 KB\)/);
    expect(await lean.read(files['liar-300mb.docx'] as string)).toMatchObject({ status: 'failed', problem: { damage: { kind: 'docx-part-lies' } } });
  });

  it('a text part packed more tightly than documents are (a 6 MB document.xml in 40 KB) is refused: the ratio and the limit', async () => {
    const path = join(folder, 'tight.docx');
    await writeFile(path, docxOf(await sampleDocumentXml(6 * MB)));
    const reply = await services.handlers.openDocument({ path });
    await rm(path);
    expect(reply).toMatchObject({ status: 'failed', problem: { reason: 'too-large', damage: { kind: 'docx-packed-too-tightly', part: 'word/document.xml', limit: INPUT_LIMITS.docx.ratio } } });
    if (reply.status === 'failed') expect(words(reply.problem).ru).toMatch(/^Часть документа «word\/document\.xml» сжата в соотношении \d+:1 – так сжимают только архивы-«бомбы», а не документы \(предел – 100:1\)\./);
  });

  it('pictures are never unpacked: a picture part that lies about 300 MB does not stop the release’s text from opening', async () => {
    const reply = await services.handlers.openDocument({ path: files['picture-bomb.docx'] as string });
    expect(reply.status).toBe('opened');
    if (reply.status !== 'opened') return;
    expect(JSON.stringify(reply.file.document.body)).toContain('Алматы');
    expect(reply.file.importedFrom).toBe('docx');
  });
});

describe('text formats are refused before their parser starts', () => {
  it('50 MB of Markdown on one line is refused: how much text, the format’s limit', async () => {
    const problem = await openInApp('one-line-50mb.md');
    expect(problem).toMatchObject({ reason: 'too-large', damage: { kind: 'text-too-long', limit: INPUT_LIMITS.text.markdown.bytes } });
    expect(words(problem).en).toMatch(/^The file holds 50 MB of text; Pressroom reads up to \d+ MB in this format\./);
    expect(await exportInCli('one-line-50mb.md', { LANG: 'ru_RU.UTF-8' })).toMatch(/Файл слишком большой\. В файле 50 МБ текста, а в этом формате Pressroom читает до \d+ МБ\./);
    expect(await lean.read(files['one-line-50mb.md'] as string)).toMatchObject({ status: 'failed', problem: { damage: { kind: 'text-too-long' } } });
  });

  it('one Markdown line longer than the parser is given is refused with its line number', async () => {
    const path = join(folder, 'long-line.md');
    await writeFile(path, Buffer.concat([Buffer.from('# Заголовок\n\n'), Buffer.from(oneLineMarkdown(INPUT_LIMITS.text.markdown.lineChars * 2 + 10))]).subarray(0, INPUT_LIMITS.text.markdown.bytes));
    const reply = await services.handlers.openDocument({ path });
    await rm(path);
    expect(reply).toMatchObject({ status: 'failed', problem: { reason: 'too-large', damage: { kind: 'line-too-long', line: 3, limit: INPUT_LIMITS.text.markdown.lineChars } } });
  });
});

describe('a .pressroom file', () => {
  it('of 200,000 blocks is refused with the block count and the limit, by the app and the command alike', async () => {
    const problem = await openInApp('blocks-200000.pressroom');
    expect(problem).toMatchObject({ reason: 'too-large', damage: { kind: 'too-many-blocks', blocks: 200_000, limit: INPUT_LIMITS.blocks } });
    expect(words(problem).en).toBe(`The release has 200,000 blocks; Pressroom opens releases of up to ${INPUT_LIMITS.blocks.toLocaleString('en')} blocks. Pressroom does not open files this large.`);
    expect(await exportInCli('blocks-200000.pressroom')).toContain('The release has 200,000 blocks;');
  });

  it('with bytes that are not UTF-8 is refused by the command exactly as by the app (it used to be exported)', async () => {
    const problem = await openInApp('invalid-utf8.pressroom');
    expect(problem).toMatchObject({ reason: 'not-json', damage: { kind: 'not-text' } });
    const title = describeFileProblem(catalogueTranslate('en'), problem);
    expect(await exportInCli('invalid-utf8.pressroom')).toBe(`pressroom: ${files['invalid-utf8.pressroom']}: ${title.title}. ${title.body}\n`);
  });
});

describe('the reader’s own limits', () => {
  it('a worker that runs out of its memory is an out-of-memory problem; this process and the next open go on', async () => {
    const tiny = createGuardedReader({ workerFile: worker.file, heapMb: 8 });
    const path = join(folder, 'release.md');
    await writeFile(path, oneLineMarkdown(INPUT_LIMITS.text.markdown.lineChars - 100));
    const reply = await tiny.read(path);
    expect(reply).toMatchObject({ status: 'failed', problem: { reason: 'too-large', damage: { kind: 'out-of-memory', limit: 8 * MB } } });
    if (reply.status === 'failed') expect(words(reply.problem).en).toBe('Reading the file needed more than the memory it is given (8 MB), so it was stopped. Pressroom does not open files this large.');
    const again = await services.handlers.openDocument({ path: join(repoRoot(), 'core/formats/fixtures/conference-almaty.ru.pressroom') });
    expect(again.status).toBe('opened');
    await rm(path);
  });

  it('a worker that takes longer than its time is stopped and says so', async () => {
    const hasty = createGuardedReader({ workerFile: worker.file, seconds: 0 });
    const reply = await hasty.read(join(repoRoot(), 'core/formats/fixtures/conference-almaty.ru.pressroom'));
    expect(reply).toMatchObject({ status: 'failed', problem: { reason: 'too-large', damage: { kind: 'took-too-long', seconds: 0 } } });
  });

  it('a reader whose worker is not built says the file could not be read, and throws nothing', async () => {
    const missing = createGuardedReader({ workerFile: join(folder, 'no-such-worker.js') });
    expect(await missing.read(files['invalid-utf8.pressroom'] as string)).toMatchObject({ status: 'failed', problem: { reason: 'unreadable-import', damage: { kind: 'reader-stopped' } } });
  });
});

/** Peak resident set of a child process (VmHWM), read from /proc while it runs. */
async function peakOfChild(args: string[]): Promise<{ code: number | null; stderr: string; peakMb: number }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
  let peakKb = 0;
  const poll = setInterval(() => {
    try {
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0));
    } catch {
      // it has ended
    }
  }, 20);
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  clearInterval(poll);
  return { code, stderr, peakMb: peakKb / 1024 };
}

const BUILT_CLI = join(repoRoot(), 'out/cli/pressroom.js');
describe.skipIf(!existsSync(BUILT_CLI) || !existsSync(join(repoRoot(), 'out/cli/input-worker.js')) || process.platform !== 'linux')('the built command (npm run build:cli)', () => {
  it.each(['bomb-300mb.docx', 'bomb-1100mb.docx', 'one-line-50mb.md'])(`refuses %s in one line, exit 1, its whole process under ${REFUSAL_RSS_MB} MB`, async (name) => {
    const run = await peakOfChild([BUILT_CLI, 'export', files[name] as string, '--to', 'docx', '-o', join(folder, 'out.docx')]);
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^pressroom: .*The file is too large\./);
    expect(run.peakMb).toBeGreaterThan(0);
    expect(run.peakMb).toBeLessThan(REFUSAL_RSS_MB);
    expect(existsSync(join(folder, 'out.docx'))).toBe(false);
  });
});
