import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { keyPauses, summarise } from './stats';
import type { Summary } from './stats';

/**
 * Chromium side of the benchmark: serves the built pages at https://pressroom.test through page.route (as the
 * e2e host does: nothing listens on a port, nothing leaves the machine), types with CDP key events, and reads
 * the probe's figures (bench/pages/probe.js).
 */

export const ORIGIN = 'https://pressroom.test';

/** playwright.config.ts's flags. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Optional: frames follow the work at once instead of the compositor's clock. */
export const UNTHROTTLED_FRAME_ARGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

export function launch(unthrottledFrames: boolean): Promise<Browser> {
  return chromium.launch({
    headless: true,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...(unthrottledFrames ? UNTHROTTLED_FRAME_ARGS : [])],
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.pressroom': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface Site {
  /** out/renderer: the app's renderer, at / */
  rendererDir: string;
  /** The built peer pages, at /peers/ */
  peersDir: string;
  /** The document under test: the .pressroom text, and its body as JSON for the peers. */
  documentText: string;
}

async function serve(page: Page, site: Site): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
    const path = decodeURIComponent(url.pathname);
    if (path === '/bench/document.pressroom') return route.fulfill({ status: 200, contentType: TYPES['.pressroom'], body: site.documentText });
    if (path === '/bench/document.json') {
      const body = JSON.stringify((JSON.parse(site.documentText) as { body: unknown }).body);
      return route.fulfill({ status: 200, contentType: TYPES['.json'], body });
    }
    const [root, rest] = path.startsWith('/peers/') ? [site.peersDir, path.slice('/peers/'.length)] : [site.rendererDir, path.slice(1)];
    const file = normalize(join(root, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest));
    if (!file.startsWith(normalize(root))) return route.fulfill({ status: 403, body: 'outside the site' });
    try {
      const body = await readFile(file);
      return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body });
    } catch {
      return route.fulfill({ status: 404, body: `not found: ${path}` });
    }
  });
}

export interface OpenedPage {
  page: Page;
  errors: string[];
  /** Our editor only: from the open command to the end of the frame showing the release's first block. */
  openMs?: number;
  /** …to the end of the frame after which the whole page is drawn. */
  wholeMs?: number;
  /** Long tasks (≥ 50 ms) from the open command until the page is whole, and the longest. */
  openLongTasks?: number;
  openLongestTaskMs?: number | null;
}

const PROBE = join(process.cwd(), 'bench', 'pages', 'probe.js');
const HOST_STUB = join(process.cwd(), 'bench', 'pages', 'host-stub.js');

async function newPage(browser: Browser, site: Site): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await serve(page, site);
  await page.addInitScript({ path: PROBE });
  return { page, errors };
}

/** A peer page (bare-slate.html, plain-contenteditable.html), ready once its editor holds the document. */
export async function openPeer(browser: Browser, site: Site, file: string, expectedElements: number): Promise<OpenedPage> {
  const { page, errors } = await newPage(browser, site);
  await page.goto(`${ORIGIN}/peers/${file}`);
  await page.waitForFunction(
    `(() => {
      const root = document.querySelector('[contenteditable="true"]');
      return !!root && root.querySelectorAll('[data-slate-node="element"], p, div').length >= ${expectedElements};
    })()`,
    undefined,
    { timeout: 180_000, polling: 200 },
  );
  return { page, errors };
}

/**
 * Our editor: out/renderer with the benchmark host (host-stub.js), the document opened through the host
 * contract's `open-file` command. Timed from the command to the end of the frame showing the release's first
 * block (what the user sees first), and to the frame after which the whole page is drawn (no chunk left waiting,
 * every element in the DOM: a big release is drawn in slices, renderer/editor/page-reveal.ts); long tasks
 * (≥ 50 ms) are recorded from the command until the page is whole.
 */
export async function openApp(browser: Browser, site: Site, expectedElements: number, options: { initScript?: string } = {}): Promise<OpenedPage> {
  const { page, errors } = await newPage(browser, site);
  await page.addInitScript({ path: HOST_STUB });
  if (options.initScript) await page.addInitScript(options.initScript);
  await page.goto(`${ORIGIN}/`);
  // Generous: the machine this runs on is shared and at times at load 15 on 2 cores.
  await page.waitForFunction('window.__benchHost.listening() > 0 && !!window.__bench.editorRoot()', undefined, { timeout: 180_000 });
  type WithHost = { __benchHost: { preload(text: string): number } };
  await page.evaluate((text) => (globalThis as unknown as WithHost).__benchHost.preload(text), site.documentText);
  const firstText = firstBlockText(site.documentText).slice(0, 40);
  const opened = (await page.evaluate(`(async () => {
    const bench = window.__bench;
    bench.start();
    const started = performance.now();
    const firstShown = bench.timeUntil(() => (bench.editorRoot()?.querySelector('[data-slate-node="element"]')?.textContent ?? '').includes(${JSON.stringify(firstText)}));
    window.__benchHost.open();
    await firstShown;
    const firstMs = performance.now() - started;
    await bench.timeUntil(() => !document.querySelector('.editable__chunk--pending') && bench.countElements() >= ${expectedElements});
    const wholeMs = performance.now() - started;
    const { longTasks } = bench.stop();
    return { firstMs, wholeMs, longTasks };
  })()`)) as { firstMs: number; wholeMs: number; longTasks: { duration: number }[] };
  return {
    page,
    errors,
    openMs: opened.firstMs,
    wholeMs: opened.wholeMs,
    openLongTasks: opened.longTasks.length,
    openLongestTaskMs: opened.longTasks.length ? Math.max(...opened.longTasks.map((task) => task.duration)) : null,
  };
}

/** The plain text of the release's first block (its headline), to know when the page shows it. */
function firstBlockText(documentText: string): string {
  const body = (JSON.parse(documentText) as { body: unknown[] }).body;
  const text = (node: unknown): string => {
    const n = node as { text?: unknown; children?: unknown[] };
    return typeof n.text === 'string' ? n.text : (n.children ?? []).map(text).join('');
  };
  return text(body[0]).trim();
}

/** ЙЦУКЕН: the physical key each Russian letter sits on, so keydown carries a real `code`. */
const RUSSIAN_KEYS: Record<string, string> = {
  й: 'KeyQ', ц: 'KeyW', у: 'KeyE', к: 'KeyR', е: 'KeyT', н: 'KeyY', г: 'KeyU', ш: 'KeyI', щ: 'KeyO', з: 'KeyP', х: 'BracketLeft', ъ: 'BracketRight',
  ф: 'KeyA', ы: 'KeyS', в: 'KeyD', а: 'KeyF', п: 'KeyG', р: 'KeyH', о: 'KeyJ', л: 'KeyK', д: 'KeyL', ж: 'Semicolon', э: 'Quote',
  я: 'KeyZ', ч: 'KeyX', с: 'KeyC', м: 'KeyV', и: 'KeyB', т: 'KeyN', ь: 'KeyM', б: 'Comma', ю: 'Period', ё: 'Backquote', ' ': 'Space',
};
const VIRTUAL_KEYS: Record<string, number> = { Space: 32, BracketLeft: 219, BracketRight: 221, Semicolon: 186, Quote: 222, Comma: 188, Period: 190, Backquote: 192 };
const virtualKeyOf = (code: string): number => VIRTUAL_KEYS[code] ?? code.charCodeAt(3);

export const TYPED_TEXT = ' участники конференции обсудили вопросы правовой культуры и укрепление диалога между государством и обществом';

async function pressKey(session: CDPSession, character: string): Promise<void> {
  const code = RUSSIAN_KEYS[character] ?? 'KeyA';
  const common = { key: character, code, windowsVirtualKeyCode: virtualKeyOf(code), nativeVirtualKeyCode: virtualKeyOf(code) };
  await session.send('Input.dispatchKeyEvent', { type: 'keyDown', ...common, text: character, unmodifiedText: character });
  await session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface TypingResult {
  /** Key press → end of the next frame after the editor's DOM changed. */
  toFrame: Summary;
  /** Key press → the rAF callback of that frame (DOM updated, before style/layout/paint). */
  toRaf: Summary;
  /** The same, letters and spaces apart (a space is where as-you-type typography runs). */
  byKey: { letters: Summary; spaces: Summary } | null;
  keys: number;
  /** Keys after which the editor's DOM never changed (should be 0). */
  unmatched: number;
  longestTaskMs: number | null;
  longTasks: number;
  longestFrameMs: number | null;
  longFrames: number;
  /** Did the typed text reach the block holding the caret? */
  textArrived: boolean;
}

interface RawRun {
  keys: { toFrame: number | null; toRaf: number | null }[];
  longTasks: { duration: number }[];
  longFrames: { duration: number }[];
  unmatched: number;
}

/**
 * Typing into one page, in rounds: the harness alternates rounds between editors, so a busy machine slows
 * every editor alike instead of whichever ran during the busy minute. The caret is put once, at the end of a
 * paragraph in the middle of the document; keys are Russian letters and spaces, one every 50–60 ms.
 */
export class Typist {
  private readonly raw: RawRun[] = [];
  /** The characters of each round's measured keys, in the order pressed. */
  private readonly pressed: string[][] = [];
  private typed = '';
  private index = 0;
  private session: CDPSession | undefined;
  private readonly text: string;
  private readonly pauses: number[];

  constructor(
    readonly page: Page,
    private readonly target: { prefix: string; occurrence: number },
    totalKeys: number,
    private readonly warmUp = 20,
  ) {
    this.text = TYPED_TEXT.repeat(Math.ceil((totalKeys + warmUp) / TYPED_TEXT.length) + 1);
    this.pauses = keyPauses(this.text.length, 50, 60);
  }

  private async press(): Promise<number> {
    const character = this.text[this.index % this.text.length] as string;
    const pause = this.pauses[this.index % this.pauses.length] as number;
    this.index += 1;
    this.typed += character;
    await pressKey(this.session as CDPSession, character);
    return pause;
  }

  /** Puts the caret and types the warm-up keys (JIT, first renders of the block), which are not counted. */
  async prepare(): Promise<void> {
    await this.page.evaluate(`window.__bench.placeCaret(${JSON.stringify(this.target.prefix)}, ${this.target.occurrence})`);
    await sleep(300);
    this.session = await this.page.context().newCDPSession(this.page);
    for (let i = 0; i < this.warmUp; i += 1) await sleep(await this.press());
    await sleep(200);
  }

  /** Types `keys` measured keys. */
  async round(keys: number): Promise<void> {
    await this.page.evaluate('window.__bench.start()');
    const characters: string[] = [];
    let due = performance.now();
    for (let i = 0; i < keys; i += 1) {
      characters.push(this.text[this.index % this.text.length] as string);
      due += await this.press();
      await sleep(Math.max(0, due - performance.now()));
    }
    await sleep(300);
    this.raw.push((await this.page.evaluate('window.__bench.stop()')) as RawRun);
    this.pressed.push(characters);
  }

  async result(): Promise<TypingResult> {
    const blockText = (await this.page.evaluate('window.__bench.caretBlockText()')) as string;
    const keys = this.raw.flatMap((run) => run.keys);
    const longTasks = this.raw.flatMap((run) => run.longTasks);
    const longFrames = this.raw.flatMap((run) => run.longFrames);
    const frames = keys.map((k) => k.toFrame).filter((v): v is number => v !== null);
    const rafs = keys.map((k) => k.toRaf).filter((v): v is number => v !== null);
    // Keys matched to their characters only where every key of a round was recorded.
    const kinds = this.raw.every((run, i) => run.keys.length === this.pressed[i]?.length)
      ? this.raw.flatMap((run, i) => run.keys.map((key, k) => ({ space: this.pressed[i]?.[k] === ' ', toFrame: key.toFrame })))
      : null;
    const framesOf = (space: boolean): number[] => (kinds ?? []).filter((k) => k.space === space && k.toFrame !== null).map((k) => k.toFrame as number);
    const longest = (entries: { duration: number }[]): number | null => (entries.length ? Math.max(...entries.map((e) => e.duration)) : null);
    const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();
    return {
      toFrame: summarise(frames),
      toRaf: summarise(rafs),
      byKey: kinds ? { letters: summarise(framesOf(false)), spaces: summarise(framesOf(true)) } : null,
      keys: keys.length,
      unmatched: this.raw.reduce((sum, run) => sum + run.unmatched, 0) + keys.filter((k) => k.toFrame === null).length,
      longestTaskMs: longest(longTasks),
      longTasks: longTasks.length,
      longestFrameMs: longest(longFrames),
      longFrames: longFrames.length,
      textArrived: flat(blockText).includes(flat(this.typed.slice(-40))),
    };
  }

  async close(): Promise<void> {
    await this.session?.detach().catch(() => undefined);
    this.session = undefined;
  }

  /** Types a few more keys (the autosave watch starts typing, then lets it stop). */
  async typeKeys(count: number): Promise<void> {
    for (let i = 0; i < count; i += 1) await sleep(await this.press());
  }
}

export interface HostCallWork {
  /** Did the app make the call within the time allowed? */
  called: boolean;
  /** The benchmark host's own time for the call (the structured clone an Electron IPC costs the renderer). */
  callMs: number | null;
  longTasks: number;
  longestTaskMs: number | null;
}

/**
 * Watches the renderer's main thread while the app makes a host call (an autosave after typing stops, a save
 * asked for by the menu): long tasks from `trigger` until the call, plus half a second.
 */
export async function watchHostCall(page: Page, call: 'saveDraft' | 'saveDocument', trigger: () => Promise<unknown>, timeoutMs: number): Promise<HostCallWork> {
  const before = ((await page.evaluate('window.__benchHost.calls()')) as { name: string }[]).length;
  await page.evaluate('window.__bench.start()');
  await trigger();
  let made: { name: string; ms: number } | undefined;
  const deadline = Date.now() + timeoutMs;
  while (!made && Date.now() < deadline) {
    await sleep(100);
    const calls = (await page.evaluate('window.__benchHost.calls()')) as { name: string; ms: number }[];
    made = calls.slice(before).find((c) => c.name === call);
  }
  await sleep(500);
  const raw = (await page.evaluate('window.__bench.stop()')) as { longTasks: { duration: number }[] };
  return {
    called: made !== undefined,
    callMs: made?.ms ?? null,
    longTasks: raw.longTasks.length,
    longestTaskMs: raw.longTasks.length ? Math.max(...raw.longTasks.map((t) => t.duration)) : null,
  };
}
