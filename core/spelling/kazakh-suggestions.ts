/**
 * Suggestions for a misspelled Kazakh word, for the slips a press officer makes — tried in order of how likely they
 * are, each a candidate with a cost, checked by the speller (the dictionary and the suffix chains of
 * kazakh-suffixes.ts), and ranked by that cost:
 * - **the Russian layout** (0.4 a letter; 0.25 for each further one in a word typed wholly so): а for ә, о for ө, у for ұ or ү, к for қ, г for ғ, н for ң, и for і, х for
 *   һ — a Kazakh letter typed on a Russian keyboard, anywhere in the word, up to three in one word (Казакстан);
 * - **the ending's harmony and join** (0.5 a letter, after the stem's first three letters): а↔е, ы↔і, ұ↔ү, о↔ө in a
 *   suffix (-лар/-лер, -да/-де, -ны/-ні), its first consonant after the stem's last sound (ғ г қ к: -ға/-ге/-қа/-ке;
 *   д т л н: -дар/-тар/-лар, -ның/-дың/-тың; б п м: -бен/-пен/-мен), up to two in one word (мектепқа → мектепке);
 * - **a letter typed twice or thrice** (0.5): ннн, тт for т;
 * - **one slip of the finger** (a swapped pair 0.7, a consonant written once for twice 0.8, a letter dropped 0.9,
 *   a letter added or another letter typed 1).
 * The first three are cheap and tried in full; the single-slip search runs in full only when they found nothing.
 */

/** The Kazakh letters a Russian layout types as its own, and back (a Kazakh letter typed for a Russian one). */
const LAYOUT: Record<string, string> = { а: 'ә', о: 'ө', у: 'ұү', к: 'қ', г: 'ғ', н: 'ң', и: 'і', х: 'һ', ә: 'а', ө: 'о', ұ: 'уү', ү: 'уұ', қ: 'к', ғ: 'г', ң: 'н', і: 'и', һ: 'х' };
/** Letters an ending changes by harmony or by the sound before it. */
const HARMONY: Record<string, string> = {
  а: 'е',
  е: 'а',
  ы: 'і',
  і: 'ы',
  ұ: 'ү',
  ү: 'ұ',
  о: 'ө',
  ө: 'о',
  ғ: 'гқк',
  г: 'ғкқ',
  қ: 'кғг',
  к: 'қгғ',
  д: 'тлн',
  т: 'длн',
  л: 'дт',
  н: 'дт',
  б: 'пм',
  п: 'бм',
  м: 'бп',
};
const ALPHABET = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
const VOWELS = 'аәеёиоөуұүыіэюя';
const KAZAKH_LETTERS = /[әөұүқғңіһ]/u;
/** The stem's first letters are not an ending's: harmony repairs start after them. */
const STEM_LETTERS = 3;

/** What each slip costs. Named for what the press officer did: `dropped` a letter (the fix adds it back), `added` one. */
export const COST = { layout: 0.4, layoutAgain: 0.25, harmony: 0.5, repeated: 0.5, swapped: 0.7, doubled: 0.8, dropped: 0.9, added: 1, other: 1 } as const;
/** A word read as stem and endings rather than found in the dictionary; a word Hunspell also suggests. */
const DERIVED = 0.5;
const HUNSPELL_TOO = 0.2;

export interface Candidate {
  word: string;
  cost: number;
}

/** Every way to change up to `most` positions of `letters`, each by one of `choices(letter, index)`. */
function substitutions(
  letters: readonly string[],
  most: number,
  cost: number,
  choices: (letter: string, index: number) => string,
  found: Map<string, number>,
  base = 0,
  next = cost,
): void {
  const visit = (from: number, current: string[], spent: number, changes: number): void => {
    if (changes > 0) remember(found, current.join(''), spent);
    if (changes === most) return;
    for (let index = from; index < current.length; index += 1) {
      const original = current[index] as string;
      for (const replacement of choices(original, index)) {
        current[index] = replacement;
        visit(index + 1, current, spent + (changes === 0 ? cost : next), changes + 1);
      }
      current[index] = original;
    }
  };
  visit(0, [...letters], base, 0);
}

function remember(found: Map<string, number>, word: string, cost: number): void {
  const known = found.get(word);
  if (known === undefined || cost < known) found.set(word, cost);
}

/** The cheap candidates: layout letters, harmony and join repairs of the ending, letters typed more than once. */
export function likelyCandidates(word: string): Map<string, number> {
  const found = new Map<string, number>();
  const letters = [...word];
  // A word typed wholly on the Russian layout has every Kazakh letter wrong alike (Казакстан): after the first,
  // each further layout letter costs less.
  const wholly = !KAZAKH_LETTERS.test(word);
  substitutions(letters, 3, COST.layout, (letter) => LAYOUT[letter] ?? '', found, 0, wholly ? COST.layoutAgain : COST.layout);
  const layouts = [...found].filter(([, cost]) => cost <= 2 * COST.layout);
  const ending = (letter: string, index: number): string => (index >= STEM_LETTERS ? (HARMONY[letter] ?? '') : '');
  substitutions(letters, 2, COST.harmony, ending, found);
  // a layout letter in the stem and a harmony repair in the ending (Казакстанга → Қазақстанға)
  for (const [layout, cost] of layouts) substitutions([...layout], 1, COST.harmony, ending, found, cost);
  // a run of three or more of one letter: two, or one (қаланнның → қаланың, студентттер → студенттер)
  word.replace(/(\p{L})\1{2,}/gu, (run: string, letter: string, at: number) => {
    for (const kept of [letter, letter + letter]) remember(found, word.slice(0, at) + kept + word.slice(at + run.length), COST.repeated);
    return run;
  });
  found.delete(word);
  return found;
}

/** Single slips of the finger. `full`: insertions and substitutions of every letter too (many candidates). */
export function slipCandidates(word: string, full: boolean): Map<string, number> {
  const found = new Map<string, number>();
  const letters = [...word];
  for (let index = 0; index < letters.length; index += 1) {
    const before = letters.slice(0, index).join('');
    const after = letters.slice(index + 1).join('');
    const letter = letters[index] as string;
    remember(found, before + after, letters[index - 1] === letter ? COST.repeated : COST.added);
    if (index + 1 < letters.length && letters[index + 1] !== letter) {
      remember(found, before + letters[index + 1] + letter + letters.slice(index + 2).join(''), COST.swapped);
    }
    // a consonant written once where it is doubled (азаматардың → азаматтардың, мемлекетік → мемлекеттік)
    if (!VOWELS.includes(letter)) remember(found, before + letter + letter + after, COST.doubled);
    if (!full) continue;
    for (const other of ALPHABET) {
      if (other !== letter) remember(found, before + other + after, COST.other);
      remember(found, before + other + letter + after, COST.dropped);
    }
  }
  if (full) for (const other of ALPHABET) remember(found, word + other, COST.dropped);
  found.delete(word);
  return found;
}

/**
 * Ranks the candidates `isWord` accepts: by cost, then a dictionary word before one read as stem and endings (`direct`),
 * then Hunspell's own order (`hunspell`, its suggestions for the word); Hunspell's other suggestions follow.
 */
export function rankKazakhSuggestions(
  word: string,
  options: { isWord: (candidate: string) => boolean; direct: (candidate: string) => boolean; hunspell: readonly string[]; max: number },
): string[] {
  const capital = word[0] !== word[0]?.toLocaleLowerCase() && word.slice(1) === word.slice(1).toLocaleLowerCase();
  const lower = capital ? word.toLocaleLowerCase() : word;
  const asWritten = (candidate: string): string => (capital ? (candidate[0]?.toLocaleUpperCase() ?? '') + candidate.slice(1) : candidate);
  const accepted = new Map<string, number>();
  const rejected = new Set<string>();
  const consider = (candidates: Map<string, number>): void => {
    for (const [candidate, cost] of candidates) {
      const written = asWritten(candidate);
      const known = accepted.get(written);
      if (known !== undefined) accepted.set(written, Math.min(known, cost));
      else if (rejected.has(written)) continue;
      else if (options.isWord(written)) accepted.set(written, cost);
      else rejected.add(written);
    }
  };
  consider(likelyCandidates(lower));
  consider(slipCandidates(lower, accepted.size === 0));
  const hunspellRank = (candidate: string): number => {
    const at = options.hunspell.indexOf(candidate);
    return at < 0 ? options.hunspell.length : at;
  };
  const score = (candidate: Candidate): number =>
    candidate.cost + (options.direct(candidate.word) ? 0 : DERIVED) - (hunspellRank(candidate.word) < options.hunspell.length ? HUNSPELL_TOO : 0);
  const ranked = [...accepted]
    .map(([word, cost]): Candidate => ({ word, cost }))
    .sort((a, b) => score(a) - score(b) || hunspellRank(a.word) - hunspellRank(b.word))
    .map((candidate) => candidate.word);
  for (const suggestion of options.hunspell) if (!ranked.includes(suggestion)) ranked.push(suggestion);
  return ranked.slice(0, options.max);
}
