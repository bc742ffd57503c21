import type { ReleaseLanguage } from '../../core/model/types';

/** What the editor asks its spelling worker (spell-worker.ts), and what it answers. */
export type SpellingRequest =
  | { id: number; kind: 'check'; words: Array<[word: string, language: ReleaseLanguage]> }
  | { id: number; kind: 'suggest'; word: string; language: ReleaseLanguage }
  | { id: number; kind: 'add-words'; words: string[] }
  | { id: number; kind: 'ignore'; word: string }
  /** The WebAssembly memory Hunspell holds (the bench reads it). */
  | { id: number; kind: 'memory' };

export type SpellingReply =
  | { id: number; kind: 'checked'; wrong: Array<[word: string, language: ReleaseLanguage]> }
  | { id: number; kind: 'suggestions'; suggestions: string[] }
  | { id: number; kind: 'done' }
  | { id: number; kind: 'memory'; wasmBytes: number }
  | { id: number; kind: 'failed'; message: string };
