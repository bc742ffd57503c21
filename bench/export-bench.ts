/**
 * Export speed (issue 4, item 6): a 40-block release and a 2,000-block document in each format, warm, with pandoc
 * converting the same Markdown to DOCX in the same run as the peer. Prints medians, p95 and ratios.
 *
 * Run through `npm run bench` (bench/run.js builds this file for Node), or alone after a build:
 *   node out/bench/export/export-bench.mjs [--runs=50]
 * Goals: all three formats of the release ≤ 25 ms together, warm; 2,000 blocks ≤ 200 ms per format.
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
  console.log(`\n${goals.join('\n')}`);
  console.log('pandoc runs as a process per conversion (its start-up is included); ours is a warm call in this process.');
  console.log(`load average at the end: ${loadavg()[0]?.toFixed(1)} (figures taken on a busy machine are inflated accordingly)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
