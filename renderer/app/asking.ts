import type { AnswerTo, Ask, CompareAnswer, Comparison, Question } from '../session/ports';

export interface OpenQuestion {
  question: Question;
  answer: (value: string) => void;
}
export interface OpenComparison {
  comparison: Comparison;
  answer: (value: CompareAnswer) => void;
}
export interface AskingState {
  question: OpenQuestion | null;
  comparison: OpenComparison | null;
}

export interface Asking {
  /** The session's `ask` port: shows the question, resolves with the button the user chose. */
  ask: Ask;
  /** The session's `compare` port. */
  compare: (comparison: Comparison) => Promise<CompareAnswer>;
  /** True while a question or a comparison is on screen (file shortcuts wait then). */
  isOpen(): boolean;
  getSnapshot(): AskingState;
  subscribe(listener: () => void): () => void;
}

/**
 * The question and the comparison on screen, as a small store the dialogs host reads with
 * useSyncExternalStore. One of each at a time, as before: a new question replaces the one shown.
 */
export function createAsking(): Asking {
  let state: AskingState = { question: null, comparison: null };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<AskingState>) => {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  };
  return {
    ask: <Q extends Question>(question: Q) =>
      new Promise<AnswerTo<Q>>((resolve) =>
        set({
          question: {
            question,
            answer: (value) => {
              set({ question: null });
              resolve(value as AnswerTo<Q>);
            },
          },
        }),
      ),
    compare: (comparison) =>
      new Promise<CompareAnswer>((resolve) =>
        set({
          comparison: {
            comparison,
            answer: (value) => {
              set({ comparison: null });
              resolve(value);
            },
          },
        }),
      ),
    isOpen: () => state.question !== null || state.comparison !== null,
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
