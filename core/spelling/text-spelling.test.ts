import { describe, expect, it } from 'vitest';
import { wordsToCheck } from './text-spelling';

const languages = (text: string, language: 'ru' | 'kk' | 'en') =>
  Object.fromEntries(wordsToCheck(text, language).map((entry) => [entry.word, entry.language]));

describe('the language each word is checked in', () => {
  it('checks a Kazakh title in a Russian release as Kazakh, all of it', () => {
    const found = languages('Победители конкурса «Әділет пен тұрақтылықтың тірегі» получили дипломы.', 'ru');
    expect(found).toMatchObject({ Победители: 'ru', конкурса: 'ru', Әділет: 'kk', пен: 'kk', тірегі: 'kk', получили: 'ru' });
  });

  it('checks Latin words in a Cyrillic release as English', () => {
    expect(languages('Форум Digital Almaty прошёл в городе.', 'ru')).toMatchObject({ Digital: 'en', Almaty: 'en', Форум: 'ru' });
  });

  it('checks Cyrillic words in an English release as Russian or Kazakh by their letters', () => {
    expect(languages('The motto was «Бірлік» and «Единство».', 'en')).toMatchObject({ motto: 'en', Бірлік: 'kk', Единство: 'ru' });
  });
});

describe('a Kazakh name in a Russian sentence', () => {
  it('leaves the sentence Russian and checks the name as Kazakh', () => {
    expect(languages('Участники посетили Жетісутехнопарк и музей.', 'ru')).toMatchObject({ Участники: 'ru', посетили: 'ru', Жетісутехнопарк: 'kk', музей: 'ru' });
  });
});
