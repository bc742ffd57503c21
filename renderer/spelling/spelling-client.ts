import type { ReleaseLanguage } from '../../core/model/types';
import type { SpellingReply, SpellingRequest } from './spelling-protocol';

type Verdict = boolean;
type Ask = SpellingRequest extends infer R ? (R extends SpellingRequest ? Omit<R, 'id'> : never) : never;

/** The worker's half of the conversation, so tests and the bench can stand in for it. */
export interface SpellingWorkerLike {
  postMessage(request: SpellingRequest): void;
  onmessage: ((event: MessageEvent<SpellingReply>) => void) | null;
  terminate(): void;
}

const key = (word: string, language: ReleaseLanguage) => `${language}\u0000${word}`;

/**
 * The page's side of spell-checking: remembers every verdict, asks the worker about new words in batches (after
 * the browser is idle, so typing never waits), and tells its listeners when words turned out wrong.
 */
export class SpellingClient {
  private readonly verdicts = new Map<string, Verdict>();
  private readonly queued = new Map<string, [string, ReleaseLanguage]>();
  private readonly pending = new Map<number, (reply: SpellingReply) => void>();
  private readonly listeners = new Set<(byUser: boolean) => void>();
  private nextId = 1;
  private flushScheduled = false;
  private failed = false;
  /**
   * While this says so, nothing is sent to the worker (set by the editor while a big release is being drawn: the
   * worker's first dictionary load would take a core from the drawing on a two-core machine).
   */
  waitWhile: () => boolean = () => false;

  constructor(
    private readonly worker: SpellingWorkerLike,
    private readonly schedule: (run: () => void) => void = (run) => setTimeout(run, 50),
  ) {
    worker.onmessage = (event) => {
      const resolve = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      resolve?.(event.data);
    };
  }

  /** true right, false wrong, undefined not known yet (then it is asked about soon). */
  verdict(word: string, language: ReleaseLanguage): Verdict | undefined {
    const known = this.verdicts.get(key(word, language));
    if (known === undefined && !this.failed) {
      this.queued.set(key(word, language), [word, language]);
      this.scheduleFlush();
    }
    return known;
  }

  /**
   * Called when the squiggles must be drawn again: some words turned out wrong (`byUser` false), or the user added
   * or ignored a word (`byUser` true: they wait for the squiggle to go).
   */
  subscribe(listener: (byUser: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async suggestions(word: string, language: ReleaseLanguage): Promise<string[]> {
    const reply = await this.ask({ kind: 'suggest', word, language });
    return reply.kind === 'suggestions' ? reply.suggestions : [];
  }

  /** A word from the user dictionary (at start, or just added): right in every language from now on. */
  async addWords(words: string[]): Promise<void> {
    if (words.length === 0) return;
    await this.ask({ kind: 'add-words', words });
    this.forget(words);
  }

  async ignore(word: string): Promise<void> {
    await this.ask({ kind: 'ignore', word });
    this.forget([word]);
  }

  /** The WebAssembly memory the worker's Hunspell holds, in bytes (the bench prints it). */
  async memory(): Promise<number | null> {
    const reply = await this.ask({ kind: 'memory' });
    return reply.kind === 'memory' ? reply.wasmBytes : null;
  }

  /** Every verdict known now (the bench and the e2e tests wait for the squiggles with it). */
  pendingCount(): number {
    return this.queued.size + this.pending.size;
  }

  dispose(): void {
    this.worker.terminate();
    this.listeners.clear();
  }

  private forget(words: string[]): void {
    const lower = new Set(words.map((word) => word.toLocaleLowerCase()));
    for (const [entry] of this.verdicts) {
      const word = entry.slice(entry.indexOf('\u0000') + 1);
      if (words.includes(word) || lower.has(word.toLocaleLowerCase())) this.verdicts.delete(entry);
    }
    this.notify(true);
  }

  private notify(byUser: boolean): void {
    for (const listener of this.listeners) listener(byUser);
  }

  private ask(request: Ask): Promise<SpellingReply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ ...request, id } as SpellingRequest);
    });
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    this.schedule(() => void this.flush());
  }

  private async flush(): Promise<void> {
    this.flushScheduled = false;
    if (this.waitWhile()) {
      this.scheduleFlush();
      return;
    }
    const words = [...this.queued.values()];
    this.queued.clear();
    if (words.length === 0) return;
    const reply = await this.ask({ kind: 'check', words });
    if (reply.kind === 'failed') {
      this.failed = true; // no dictionary: the page is left without squiggles rather than all red
      return;
    }
    if (reply.kind !== 'checked') return;
    const wrong = new Set(reply.wrong.map(([word, language]) => key(word, language)));
    for (const [word, language] of words) this.verdicts.set(key(word, language), !wrong.has(key(word, language)));
    if (wrong.size > 0) this.notify(false);
  }
}
