import { describe, expect, it } from 'vitest';
import { likelyCandidates, rankKazakhSuggestions, slipCandidates } from './kazakh-suggestions';

describe('Kazakh suggestion candidates', () => {
  it.each([
    ['қазақстан', 'казакстан'], // к for қ twice: a word typed on the Russian layout
    ['әкімдігі', 'акімдігі'],
    ['үшін', 'ушін'],
    ['өңірдің', 'онірдің'],
    ['мектепке', 'мектепқа'], // -қа for -ке: the consonant and the vowel of the ending
    ['студенттерге', 'студенттерға'],
    ['өкілдері', 'өкілдары'],
    ['қаланың', 'қаланнның'], // a letter typed three times
  ])('%s is a likely fix of %s', (right, typo) => {
    expect(likelyCandidates(typo).has(right)).toBe(true);
  });

  it('does not change the stem by harmony: only its first three letters are safe', () => {
    expect(likelyCandidates('кітаптер').has('кітаптар')).toBe(true);
    expect(likelyCandidates('кітаптер').has('кетаптер')).toBe(false);
  });

  it.each([
    ['марапатталды', 'марапаттадлы'], // a swapped pair
    ['азаматтардың', 'азаматардың'], // a consonant written once
    ['жылдығы', 'жылддығы'], // a letter typed twice
  ])('%s is one slip from %s', (right, typo) => {
    expect(slipCandidates(typo, false).has(right)).toBe(true);
  });

  it('searches every letter only when asked (the cheap candidates found nothing)', () => {
    expect(slipCandidates('конференцяға', false).has('конференцияға')).toBe(false);
    expect(slipCandidates('конференцяға', true).has('конференцияға')).toBe(true);
  });
});

describe('ranking Kazakh suggestions', () => {
  const words = new Set(['қазақстан', 'казактан', 'білім', 'билім', 'мектепке', 'мектеп']);
  const rank = (typo: string, hunspell: string[] = [], derived: string[] = []) =>
    rankKazakhSuggestions(typo, {
      isWord: (candidate) => words.has(candidate.toLocaleLowerCase()),
      direct: (candidate) => !derived.includes(candidate.toLocaleLowerCase()),
      hunspell,
      max: 6,
    });

  it('puts the cheapest slip first, ahead of what Hunspell suggests', () => {
    expect(rank('Казакстан', ['Казактан'])[0]).toBe('Қазақстан');
    expect(rank('мектепқа', ['мектеп'])).toEqual(['мектепке', 'мектеп']);
  });

  it('a dictionary word comes before one only read as stem and endings', () => {
    expect(rank('билим', [], ['билім'])[0]).toBe('білім');
  });

  it('keeps the word’s capital', () => {
    expect(rank('Мектепқа')[0]).toBe('Мектепке');
  });
});
