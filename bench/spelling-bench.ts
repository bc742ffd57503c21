import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { writeDocumentText } from '../core/model/document-file';
import type { PressroomDocument, ReleaseLanguage } from '../core/model/types';
import { wordsToCheck } from '../core/spelling/text-spelling';
import { loadSpeller } from '../electron/services/spelling';
import { readTypos, suggestionFigures } from '../test/fixtures/spelling-typos';
import { launch, openApp, openPeer, Typist } from './harness/browser';
import type { OpenedPage, Site } from './harness/browser';
import { readSample, releaseOfBlocks } from './harness/fixtures';
import { ms, ratio, table } from './harness/stats';

/**
 * `npm run bench:spelling`: what spell-checking costs.
 * - Node (the `pressroom` command): loading each dictionary, words checked per second, memory.
 * - Chromium (the editor): from opening the 40-block release with three typos to the first squiggle and to all
 *   three (a fresh worker: the dictionaries load first), the worker's memory (JS heap and the WebAssembly
 *   memory, from the worker's own V8 through the DevTools protocol), and keystroke latency with spell-check on and
 *   off (the same editor without a Worker), beside a bare Slate editor, typed in alternating rounds.
 * - Suggestions (Node): for the typo fixtures (test/fixtures/spelling/typos.txt, typos.kk.txt), how often the word
 *   meant is the first suggestion (hit@1) and among the first five (hit@5), and the time a word's suggestions take.
 * `--node-only` leaves out Chromium. Prints figures; asserts nothing.
 */

const argument = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const KEYS = Number(argument('keys') ?? 200);
const ROUNDS = 4;
const TYPOS = ['конферениция', 'учасники', 'праздравил'];
/** From the working directory (the repository): the built bench does not sit beside the source. */
const SAMPLE = join(process.cwd(), 'test', 'fixtures', 'conference-almaty-constitution.ru.txt');

async function nodeFigures(): Promise<string[][]> {
  const rows: string[][] = [];
  const sample = readSample(SAMPLE);
  for (const language of ['ru', 'kk', 'en'] as const) {
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const speller = await loadSpeller({ languages: language === 'kk' ? ['kk', 'ru'] : [language] });
    const loadMs = performance.now() - started;
    const text = language === 'en' ? 'The deputy mayor of the city opened the conference and congratulated the participants on the anniversary. ' : sample.paragraphs.join(' ');
    const words = wordsToCheck(text.repeat(language === 'en' ? 200 : 20), language as ReleaseLanguage).map((entry) => entry.word);
    const fresh = await loadSpeller({ languages: language === 'kk' ? ['kk', 'ru'] : [language] });
    const checkStarted = performance.now();
    for (const word of words) fresh.isCorrect(word, language);
    const perSecond = words.length / ((performance.now() - checkStarted) / 1000);
    void speller;
    rows.push([language === 'kk' ? 'kk (+ru for loans)' : language, ms(loadMs), `${Math.round(perSecond).toLocaleString('en')}`, `${Math.round((process.memoryUsage().rss - before) / 1e6)} MB`]);
  }
  return rows;
}

function releaseWithTypos(): PressroomDocument {
  const document = releaseOfBlocks(40, readSample(SAMPLE));
  let placed = 0;
  for (const block of document.body) {
    if (placed >= TYPOS.length) break;
    if (block.type === 'paragraph' && block.children.length === 1 && 'text' in block.children[0]!) {
      const leaf = block.children[0] as { text: string };
      leaf.text = `${leaf.text} ${TYPOS[placed]}`;
      placed += 1;
    }
  }
  return document;
}

/** The worker's JavaScript heap, from its own V8 (its WebAssembly memory is asked of the worker itself). */
async function workerMemory(browser: Browser, page: Page): Promise<{ jsMb: number } | null> {
  void page;
  const session: CDPSession = await browser.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const target = targetInfos.find((info) => info.type === 'worker' && /spell-worker/.test(info.url));
  if (!target) return null;
  const { sessionId } = (await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  const reply = new Promise<{ usedSize: number; backingStorageSize?: number }>((resolve) => {
    session.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
      const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number; backingStorageSize?: number } };
      if (message.id === 1 && message.result) resolve(message.result);
    });
  });
  await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }) });
  const usage = await Promise.race([reply, new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000))]);
  await session.detach().catch(() => undefined);
  return usage ? { jsMb: usage.usedSize / 1e6 } : null;
}

async function suggestionRows(): Promise<string[][]> {
  const speller = await loadSpeller();
  const typos = readTypos();
  const sets: Array<[string, typeof typos]> = [
    ['ru (typos.txt)', typos.filter((typo) => typo.language === 'ru')],
    ['en (typos.txt)', typos.filter((typo) => typo.language === 'en')],
    ['kk (typos.txt)', typos.filter((typo) => typo.language === 'kk' && typo.kind === 'mixed')],
    ['kk (typos.kk.txt)', typos.filter((typo) => typo.language === 'kk' && typo.kind !== 'mixed')],
  ];
  return sets.map(([name, rows]) => {
    const figures = suggestionFigures(speller, rows);
    return [name, String(figures.typos), String(figures.caught), `${figures.hitAt1}`, `${figures.hitAt5}`, ms(figures.msPerWord)];
  });
}

async function main(): Promise<void> {
  console.log(`spelling bench: ${cpus().length} cores, load ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
  console.log('\nNode (the pressroom command): loading a dictionary, checking words');
  console.log(table(['dictionary', 'load', 'words/s (cold cache)', 'RSS added'], await nodeFigures()));
  console.log('\nNode: suggestions for real typos (the word meant first / among the first five)');
  console.log(table(['typos', 'count', 'caught', 'hit@1', 'hit@5', 'per word'], await suggestionRows()));
  if (process.argv.includes('--node-only')) return;

  const document = releaseWithTypos();
  const site: Site = { rendererDir: join(process.cwd(), 'out', 'renderer'), peersDir: join(process.cwd(), 'out', 'bench', 'pages'), documentText: writeDocumentText(document) };
  const elements = 40;
  const browser = await launch(false);
  try {
    const openRows: string[][] = [];
    for (let run = 0; run < 3; run += 1) {
      const opened = await openApp(browser, site, elements);
      const squiggles = (await opened.page.evaluate(`(async () => {
        const started = performance.now();
        const first = await window.__bench.timeUntil(() => document.querySelectorAll('.misspelled').length >= 1);
        const firstMs = performance.now() - started;
        await window.__bench.timeUntil(() => document.querySelectorAll('.misspelled').length >= ${TYPOS.length});
        return { firstMs, allMs: performance.now() - started, marked: [...document.querySelectorAll('.misspelled')].map((n) => n.textContent) };
      })()`)) as { firstMs: number; allMs: number; marked: string[] };
      const memory = await workerMemory(browser, opened.page);
      const wasmBytes = (await opened.page.evaluate('window.__pressroomSpelling?.memory() ?? null')) as number | null;
      openRows.push([
        String(run + 1),
        ms(opened.wholeMs),
        ms((opened.wholeMs ?? 0) + squiggles.firstMs),
        ms((opened.wholeMs ?? 0) + squiggles.allMs),
        squiggles.marked.join(', '),
        memory ? `${memory.jsMb.toFixed(1)} MB` : 'n/a',
        wasmBytes === null ? 'n/a' : `${(wasmBytes / 1e6).toFixed(1)} MB`,
      ]);
      await opened.page.context().close();
    }
    console.log('\nChromium: opening the 40-block release with 3 typos (a fresh worker each time)');
    console.log(table(['run', 'page whole', 'first squiggle', 'all squiggles', 'marked', 'worker JS heap', 'worker WebAssembly memory'], openRows));

    const target = (() => {
      const block = document.body.find((b, i) => i > 15 && b.type === 'paragraph');
      const text = block && 'text' in block.children[0]! ? (block.children[0] as { text: string }).text : '';
      return { prefix: text.slice(0, 30), occurrence: 0 };
    })();
    const editors: Array<{ name: string; open: () => Promise<OpenedPage> }> = [
      { name: 'bare Slate', open: () => openPeer(browser, site, 'bare-slate.html', elements) },
      { name: 'Pressroom, spell-check off', open: () => openApp(browser, site, elements, { initScript: 'delete globalThis.Worker;' }) },
      { name: 'Pressroom, spell-check on', open: () => openApp(browser, site, elements) },
    ];
    const typists: Array<{ name: string; typist: Typist }> = [];
    for (const editor of editors) {
      const opened = await editor.open();
      const typist = new Typist(opened.page, target, KEYS);
      await typist.prepare();
      typists.push({ name: editor.name, typist });
    }
    for (let round = 0; round < ROUNDS; round += 1) for (const { typist } of typists) await typist.round(Math.ceil(KEYS / ROUNDS));
    const results = await Promise.all(typists.map(async ({ name, typist }) => ({ name, result: await typist.result() })));
    const bare = results[0]?.result.toFrame;
    const off = results[1]?.result.toFrame;
    console.log(`\nChromium: keystroke latency on the 40-block release, ${KEYS} keys each, ${ROUNDS} alternating rounds (key → end of next frame)`);
    console.log(
      table(
        ['editor', 'p50', 'p95', 'max', '× bare Slate p95', '× spell-check off p95', 'text arrived'],
        results.map(({ name, result }) => [name, ms(result.toFrame.p50), ms(result.toFrame.p95), ms(result.toFrame.max), ratio(result.toFrame.p95, bare?.p95), ratio(result.toFrame.p95, off?.p95), String(result.textArrived)]),
      ),
    );
    for (const { typist } of typists) await typist.close();
  } finally {
    await browser.close();
  }
}

await main();
