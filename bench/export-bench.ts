/**
 * Export speed (issue 4, item 6): a 40-block release and a 2,000-block document in each format, warm, with pandoc
 * converting the same Markdown to DOCX in the same run as the peer. Prints medians, p95 and ratios.
 *
 * Run through `npm run bench` (bench/run.js builds this file for Node), or alone after a build:
 *   node out/bench/export/export-bench.mjs [--runs=50]
 * Goals: all three formats of the release ≤ 25 ms together, warm; 2,000 blocks ≤ 200 ms per format.
 * PDF (pdfSection): the release's PDF ≤ 500 ms from the command line, pandoc as the peer in the same run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { exportRelease } from '../core/formats/index';
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
async function time(document: PressroomDocument, format: ExportFormat, runs: number): Promise<{ median: number; p95: number; cpu: number; bytes: number }> {
  let bytes = 0;
  for (let warm = 0; warm < 5; warm += 1) bytes = (await exportRelease(document, format)).byteLength;
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    await exportRelease(document, format);
    samples.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuStart);
    cpuSamples.push((cpu.user + cpu.system) / 1000);
  }
  return { median: median(samples), p95: p95(samples), cpu: median(cpuSamples), bytes };
}

function pandocDocx(markdownPath: string, out: string, runs: number): { median: number; p95: number } | null {
  if (spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status !== 0) return null;
  const samples: number[] = [];
  for (let run = 0; run < runs + 1; run += 1) {
    const started = performance.now();
    const result = spawnSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', out, markdownPath], { stdio: 'ignore' });
    if (result.status !== 0) return null;
    if (run > 0) samples.push(performance.now() - started);
  }
  return { median: median(samples), p95: p95(samples) };
}

const ms = (value: number): string => value.toFixed(value < 10 ? 2 : 1).padStart(8);

/**
 * Wall times of a command run `runs` times (after one run to warm the disk cache), and its CPU time (user + system,
 * through /usr/bin/time where there is one), or null when it fails.
 */
function processTimes(command: string, args: string[], runs: number): { median: number; p95: number; cpu: number | null } | null {
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

/**
 * PDF (issue 11, item 7: the release's PDF ≤ 500 ms in the CLI). The command line's PDF is pdfkit's
 * (electron/services/pdf-export.ts), timed warm in this process, and as the real `pressroom export --to pdf`
 * process (Node's start, reading and parsing the fonts included) when out/cli is built. The peer, in the same run:
 * pandoc as a process, md→docx and md→html (pandoc has no PDF engine on this machine: no LaTeX, no wkhtmltopdf).
 */
async function pdfSection(work: string): Promise<string[]> {
  const { releaseToPdf } = await import('../electron/services/pdf-export');
  const renderPdf = (document: PressroomDocument) => releaseToPdf(document);
  const release = releaseOf(40);
  const releasePath = join(work, 'release.pressroom');
  writeFileSync(releasePath, JSON.stringify(release));
  const markdownPath = join(work, 'release-pdf.md');
  writeFileSync(markdownPath, await exportRelease(release, 'markdown'));
  const lines: string[] = [];
  console.log('\nPDF                 how                          median      p95  cpu med     size');
  const rows: [string, PressroomDocument, number][] = [['release, 40 blocks', release, Math.max(5, Math.ceil(RUNS / 4))], ['2,000 blocks', releaseOf(2000), 3]];
  let releaseMedian = 0;
  let releaseCpu = 0;
  for (const [label, document, runs] of rows) {
    let bytes = 0;
    for (let warm = 0; warm < 2; warm += 1) bytes = (await exportRelease(document, 'pdf', { renderPdf })).byteLength;
    const samples: number[] = [];
    const cpuSamples: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const cpuStart = process.cpuUsage();
      const started = performance.now();
      await exportRelease(document, 'pdf', { renderPdf });
      samples.push(performance.now() - started);
      const cpu = process.cpuUsage(cpuStart);
      cpuSamples.push((cpu.user + cpu.system) / 1000);
    }
    if (label.startsWith('release')) {
      releaseMedian = median(samples);
      releaseCpu = median(cpuSamples);
    }
    console.log(`${label.padEnd(20)}${'pdfkit, warm in this process'.padEnd(29)}${ms(median(samples))} ${ms(p95(samples))} ${ms(median(cpuSamples))} ${`${(bytes / 1024).toFixed(0)} KB`.padStart(8)}`);
  }
  const cli = join(root, 'out', 'cli', 'pressroom.js');
  let cliLine = 'release PDF as a `pressroom export --to pdf` process: out/cli not built (npm run build:cli)';
  try {
    readFileSync(cli);
    const output = join(work, 'release.pdf');
    const cliTimes = processTimes(process.execPath, [cli, 'export', releasePath, '--to', 'pdf', '-o', output, '--force'], 5);
    if (cliTimes) {
      const mdTimes = processTimes(process.execPath, [cli, 'export', releasePath, '--to', 'md', '-o', join(work, 'release-cli.md'), '--force'], 5);
      for (const [how, times] of [['pressroom export --to pdf', cliTimes], ['pressroom export --to md', mdTimes]] as const) {
        if (times) console.log(`${'release, 40 blocks'.padEnd(20)}${how.padEnd(29)}${ms(times.median)} ${ms(times.p95)} ${times.cpu === null ? '' : ms(times.cpu)}`);
      }
      const cpu = (times: typeof cliTimes) => (times?.cpu == null ? '' : `, ${times.cpu.toFixed(0)} ms CPU`);
      cliLine = `release PDF as a \`pressroom export --to pdf\` process: ${cliTimes.median.toFixed(0)} ms wall${cpu(cliTimes)} (Node's start included; the same command to Markdown: ${mdTimes ? `${mdTimes.median.toFixed(0)} ms wall${cpu(mdTimes)}` : 'failed'})`;
    }
  } catch {
    // not built: said in the summary line
  }
  const pandocDocxTimes = processTimes('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(work, 'peer.docx'), markdownPath], 5);
  const pandocHtmlTimes = processTimes('pandoc', ['-f', 'markdown', '-t', 'html5', '-s', '--metadata', 'title=release', '-o', join(work, 'peer.html'), markdownPath], 5);
  for (const [how, times] of [['pandoc md→docx (process)', pandocDocxTimes], ['pandoc md→html -s (process)', pandocHtmlTimes]] as const) {
    console.log(`${'release, 40 blocks'.padEnd(20)}${how.padEnd(29)}${times ? `${ms(times.median)} ${ms(times.p95)} ${times.cpu === null ? '' : ms(times.cpu)}` : '  pandoc not installed'}`);
  }
  const verdict = releaseMedian <= 500 ? 'met' : releaseCpu <= 500 ? 'met in CPU time only' : 'NOT met';
  lines.push(`release PDF (pdfkit, warm): ${releaseMedian.toFixed(1)} ms wall, ${releaseCpu.toFixed(1)} ms CPU (goal ≤ 500 ms): ${verdict}`);
  lines.push(cliLine);
  if (pandocDocxTimes) lines.push(`pdfkit's warm release PDF ÷ pandoc md→docx process: ${(releaseMedian / pandocDocxTimes.median).toFixed(2)}×`);
  return lines;
}

const work = mkdtempSync(join(tmpdir(), 'pressroom-export-bench-'));
try {
  console.log(`Export benchmark — Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)} at start; ${RUNS} warm runs per cell (2,000 blocks: ${Math.ceil(RUNS / 4)}), median / p95 in ms\n`);
  console.log('document            format     median      p95  cpu med     size   pandoc md→docx (median)   ours ÷ pandoc');
  const goals: string[] = [];
  for (const [label, count, runs] of [['release, 40 blocks', 40, RUNS], ['2,000 blocks', 2000, Math.ceil(RUNS / 4)]] as const) {
    const document = releaseOf(count);
    const markdown = await exportRelease(document, 'markdown');
    const markdownPath = join(work, `${count}.md`);
    writeFileSync(markdownPath, markdown);
    const peer = pandocDocx(markdownPath, join(work, `${count}.docx`), count === 40 ? 10 : 5);
    let total = 0;
    let totalCpu = 0;
    for (const format of ['markdown', 'html', 'docx'] as const) {
      const result = await time(document, format, runs);
      total += result.median;
      totalCpu += result.cpu;
      const ratio = format === 'docx' && peer ? `${(result.median / peer.median).toFixed(3)}×` : '';
      const peerCell = format === 'docx' ? (peer ? `${ms(peer.median)} (p95 ${peer.p95.toFixed(1)})` : '  pandoc not installed') : '';
      console.log(`${label.padEnd(20)}${format.padEnd(9)}${ms(result.median)} ${ms(result.p95)} ${ms(result.cpu)} ${`${(result.bytes / 1024).toFixed(0)} KB`.padStart(8)}   ${peerCell.padEnd(24)}${ratio.padStart(14)}`);
      if (count === 2000) goals.push(`2,000 blocks ${format}: ${result.median.toFixed(1)} ms wall, ${result.cpu.toFixed(1)} ms CPU (goal ≤ 200 ms): ${result.median <= 200 ? 'met' : result.cpu <= 200 ? 'met in CPU time only' : 'NOT met'}`);
    }
    if (count === 40) goals.push(`release, all three formats: ${total.toFixed(1)} ms wall, ${totalCpu.toFixed(1)} ms CPU (goal ≤ 25 ms): ${total <= 25 ? 'met' : totalCpu <= 25 ? 'met in CPU time only' : 'NOT met'}`);
  }
  goals.push(...(await pdfSection(work)));
  console.log(`\n${goals.join('\n')}`);
  console.log('pandoc runs as a process per conversion (its start-up is included); ours is a warm call in this process.');
  console.log(`load average at the end: ${loadavg()[0]?.toFixed(1)} (figures taken on a busy machine are inflated accordingly)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
