import { describe, expect, it } from 'vitest';
import { wordsOf } from './words';

const words = (text: string) => wordsOf(text).map((entry) => entry.word);

describe('the words spell-checking looks at', () => {
  it.each([
    ['Конференцию открыл М. Отыншиев.', ['Конференцию', 'открыл', 'Отыншиев']],
    ['Пишите на press@almaty.gov.kz или на сайт https://almaty.gov.kz/ru/news.', ['Пишите', 'на', 'или', 'на', 'сайт']],
    ['Подробнее на www.akorda.kz и almaty.gov.kz.', ['Подробнее', 'на', 'и']],
    ['к 30-летию Конституции, 2025-жылы, 1-ші орын', ['к', 'Конституции', 'орын']],
    ['Члены РОО и ЕАЭС, UNESCO', ['Члены', 'и']],
    ['Іс-шараға қатысты', ['Іс-шараға', 'қатысты']],
    ["O'Brien's report", ["O'Brien's", 'report']],
  ])('%s', (text, expected) => {
    expect(words(text).filter((word) => word.length > 1)).toEqual(expected.filter((word) => word.length > 1));
  });

  it('gives each word its offset in the text', () => {
    const text = '«Әділет пен тұрақтылықтың тірегі»';
    for (const { word, offset } of wordsOf(text)) expect(text.slice(offset, offset + word.length)).toBe(word);
  });
});
