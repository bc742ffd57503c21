/**
 * Export speed (issue 4 item 6, issue 11 item 7): a 40-block release and a 2,000-block document in every format,
 * warm in this process and as a cold `pressroom export` process, with pandoc converting the same Markdown in the
 * same run as the peer. Prints one table: wall medians and p95, CPU medians, sizes, ratios to pandoc.
 *
 * Run through `npm run bench` (bench/run.js builds this file for Node), or alone after a build (and `npm run
 * build:cli` for the process rows): node out/bench/export/export-bench.mjs [--runs=50]
 * Goals: each format of the release ≤ 25 ms warm; 2,000 blocks ≤ 200 ms per format; the release's PDF ≤ 500 ms
 * as a cold `pressroom export --to pdf` process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { EXPORT_EXTENSIONS as EXTENSIONS, exportRelease } from '../core/formats/index';
import type { ExportFormat } from '../core/api';
import { readDocumentText } from '../core/model/document-file';
import type { PressroomDocument, ReleaseBlock } from '../core/model/types';

const root = [resolve(fileURLToPath(new URL('.', import.meta.url)), '..'), resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..')].find((candidate) => {
  try {
    readFileSync(join(candidate, 'core/formats/fixtures/conference-almaty.ru.pressroom'));
    return true;
  } catch {
    return false;
  }
}) as string;

const runsArgument = process.argv.find((arg) => arg.startsWith('--runs='));
const RUNS = runsArgument ? Math.max(3, Number(runsArgument.slice(7))) : 40;

function load(name: string): PressroomDocument {
  const read = readDocumentText(readFileSync(join(root, 'core/formats/fixtures', `${name}.pressroom`), 'utf8'));
  if (!read.ok) throw new Error(`${name}: ${read.problem.detail}`);
  return read.document;
}

/** The sample release's body blocks, repeated after its opening until the body has `count` blocks. */
function releaseOf(count: number): PressroomDocument {
  const sample = load('conference-almaty.ru');
  const extra = load('every-block.en').body.filter((block) => !['headline', 'subheadline', 'dateline', 'lead', 'end-mark'].includes(block.type));
  const opening = sample.body.slice(0, 3);
  const middle = [...sample.body.slice(3, -1), ...extra];
  const body: ReleaseBlock[] = [...opening];
  for (let index = 0; body.length < count - 1; index += 1) body.push(structuredClone(middle[index % middle.length] as ReleaseBlock));
  body.push({ type: 'end-mark', children: [{ text: '' }] });
  return { ...sample, body };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
const p95 = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] as number;
};

/** Wall time, and this process's CPU time (user + system), which a busy machine inflates much less. */
async function time(document: PressroomDocument, format: ExportFormat, runs: number, warmRuns = 5): Promise<Times & { bytes: number }> {
  let bytes = 0;
  for (let warm = 0; warm < warmRuns; warm += 1) bytes = (await exportRelease(document, format, { renderPdf })).byteLength;
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    await exportRelease(document, format, { renderPdf });
    samples.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuStart);
    cpuSamples.push((cpu.user + cpu.system) / 1000);
  }
  return { median: median(samples), p95: p95(samples), cpu: median(cpuSamples), bytes };
}

interface Times {
  median: number;
  p95: number;
  cpu: number | null;
}

const ms = (value: number): string => value.toFixed(value < 10 ? 2 : 1).padStart(8);

/**
 * Wall times of a command run `runs` times (after one run to warm the disk cache), and its CPU time (user + system
 * of the process and its threads, through /usr/bin/time where there is one), or null when it fails.
 */
function processTimes(command: string, args: string[], runs: number): Times | null {
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const timed = spawnSync('/usr/bin/time', ['-f', '%U %S', 'true'], { stdio: 'ignore' }).status === 0;
  for (let run = 0; run < runs + 1; run += 1) {
    const started = performance.now();
    const result = timed ? spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', command, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] }) : spawnSync(command, args, { stdio: 'ignore' });
    if (result.status !== 0) return null;
    if (run === 0) continue;
    samples.push(performance.now() - started);
    const cpu = timed ? /cpu ([\d.]+) ([\d.]+)/.exec(String(result.stderr)) : null;
    if (cpu) cpuSamples.push((Number(cpu[1]) + Number(cpu[2])) * 1000);
  }
  return { median: median(samples), p95: p95(samples), cpu: cpuSamples.length > 0 ? median(cpuSamples) : null };
}

// The command line's PDF (electron/services/pdf-export.ts, pdfkit): the PDF rows of the warm table use it.
const { releaseToPdf } = await import('../electron/services/pdf-export');
const renderPdf = (document: PressroomDocument) => releaseToPdf(document);

const CLI_NAMES: Record<ExportFormat, string> = { markdown: 'md', html: 'html', docx: 'docx', pdf: 'pdf' };
const FORMATS = ['markdown', 'html', 'docx', 'pdf'] as const;

/**
 * One table: each document in each format, warm in this process (the app's and the command's export call) and as
 * a cold `pressroom export` process (Node's start, the worker, reading the file and the fonts included; when out/cli
 * is built), with pandoc as a process in the same run as the peer: md→docx and md→html (pandoc has no PDF engine
 * on this machine: no LaTeX, no wkhtmltopdf).
 */
const work = mkdtempSync(join(tmpdir(), 'pressroom-export-bench-'));
try {
  console.log(`Export benchmark — Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)} at start; ${RUNS} warm runs per cell (2,000 blocks: ${Math.ceil(RUNS / 4)}; PDF: a quarter of those), processes 5 runs after one uncounted; wall median / p95, CPU median, in ms\n`);
  console.log(`${'document'.padEnd(20)}${'format'.padEnd(10)}${'how'.padEnd(36)}  median      p95  cpu med     size   ÷ pandoc`);
  const goals: string[] = [];
  const cli = join(root, 'out', 'cli', 'pressroom.js');
  const hasCli = (() => {
    try {
      readFileSync(cli);
      return true;
    } catch {
      return false;
    }
  })();
  for (const [label, count, runs] of [['release, 40 blocks', 40, RUNS], ['2,000 blocks', 2000, Math.ceil(RUNS / 4)]] as const) {
    const document = releaseOf(count);
    const markdownPath = join(work, `${count}.md`);
    writeFileSync(markdownPath, await exportRelease(document, 'markdown'));
    const releasePath = join(work, `${count}.pressroom`);
    writeFileSync(releasePath, JSON.stringify(document));
    const pandoc = spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
    const peers = {
      docx: pandoc ? processTimes('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(work, `${count}-peer.docx`), markdownPath], 5) : null,
      html: pandoc ? processTimes('pandoc', ['-f', 'markdown', '-t', 'html5', '-s', '--metadata', 'title=release', '-o', join(work, `${count}-peer.html`), markdownPath], 5) : null,
    };
    const row = (format: string, how: string, times: Times | null, bytes?: number, peer?: Times | null): void => {
      const cells = times ? `${ms(times.median)} ${ms(times.p95)} ${times.cpu === null ? '        ' : ms(times.cpu)}` : '  failed'.padEnd(26);
      const size = bytes === undefined ? '' : `${(bytes / 1024).toFixed(0)} KB`;
      const ratio = times && peer ? `${(times.median / peer.median).toFixed(2)}×` : '';
      console.log(`${label.padEnd(20)}${format.padEnd(10)}${how.padEnd(36)}${cells} ${size.padStart(8)} ${ratio.padStart(10)}`);
    };
    let total = 0;
    let totalCpu = 0;
    for (const format of FORMATS) {
      const pdf = format === 'pdf';
      const result = await time(document, format, pdf ? Math.max(3, Math.ceil(runs / 4)) : runs, pdf ? 2 : 5);
      row(format, pdf ? 'pdfkit, warm in this process' : 'warm, in this process', result, result.bytes, format === 'docx' ? peers.docx : null);
      if (!pdf) {
        total += result.median;
        totalCpu += result.cpu ?? 0;
      }
      const verdict = (goal: number, times: Times) => (times.median <= goal ? 'met' : (times.cpu ?? Infinity) <= goal ? 'met in CPU time only' : 'NOT met');
      if (count === 2000 && !pdf) goals.push(`2,000 blocks ${format}: ${result.median.toFixed(1)} ms wall, ${result.cpu?.toFixed(1)} ms CPU (goal ≤ 200 ms): ${verdict(200, result)}`);
      if (count === 40 && !pdf) goals.push(`release ${format}: ${result.median.toFixed(1)} ms wall, ${result.cpu?.toFixed(1)} ms CPU (goal ≤ 25 ms): ${verdict(25, result)}`);
    }
    if (count === 40) goals.push(`release, Markdown + HTML + DOCX together: ${total.toFixed(1)} ms wall, ${totalCpu.toFixed(1)} ms CPU`);
    for (const format of FORMATS) {
      if (!hasCli) continue;
      const output = join(work, `${count}-cli${EXTENSIONS[format]}`);
      const times = processTimes(process.execPath, [cli, 'export', releasePath, '--to', CLI_NAMES[format], '-o', output, '--force'], 5);
      const peer = format === 'docx' || format === 'pdf' ? peers.docx : format === 'html' ? peers.html : null;
      row(format, `pressroom export --to ${CLI_NAMES[format]} (process)`, times, undefined, peer);
      if (format === 'pdf' && count === 40 && times) {
        const verdict = times.median <= 500 ? 'met' : (times.cpu ?? Infinity) <= 500 ? 'met in CPU time only' : 'NOT met';
        goals.push(`release PDF as a cold \`pressroom export --to pdf\` process: ${times.median.toFixed(0)} ms wall, ${times.cpu?.toFixed(0)} ms CPU (goal ≤ 500 ms): ${verdict}`);
      }
    }
    if (!hasCli) console.log(`${label.padEnd(20)}(pressroom export as a process: out/cli not built — npm run build:cli)`);
    row('docx', 'pandoc md→docx (process, the peer)', peers.docx);
    row('html', 'pandoc md→html -s (process, the peer)', peers.html);
  }
  console.log(`\n${goals.join('\n')}`);
  console.log('pandoc runs as a process per conversion (its start-up is included); "÷ pandoc" compares medians of wall time: a warm call against pandoc md→docx, a process against the pandoc process of that format (PDF against md→docx).');
  console.log(`load average at the end: ${loadavg()[0]?.toFixed(1)} (figures taken on a busy machine are inflated accordingly)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
