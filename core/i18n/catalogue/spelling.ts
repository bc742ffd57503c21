import { inEveryLanguage } from './words';

/**
 * Words of spell-checking (i18next namespace 'spelling'): the menu over a misspelled word, the View menu's switch.
 * Russian's shape is the type of Kazakh and English (words.ts).
 */
export const spelling = inEveryLanguage({
  ru: {
    menuLabel: 'Правописание: «{{word}}»',
    noSuggestions: 'Нет вариантов',
    looking: 'Ищем варианты…',
    addToDictionary: 'Добавить в словарь',
    ignore: 'Пропустить везде',
    addFailed: 'Не удалось добавить слово в словарь: {{detail}}',
    misspelled: 'Слово с ошибкой',
  },
  kk: {
    menuLabel: 'Емле: «{{word}}»',
    noSuggestions: 'Нұсқа жоқ',
    looking: 'Нұсқалар ізделуде…',
    addToDictionary: 'Сөздікке қосу',
    ignore: 'Барлық жерде өткізіп жіберу',
    addFailed: 'Сөзді сөздікке қосу мүмкін болмады: {{detail}}',
    misspelled: 'Қатесі бар сөз',
  },
  en: {
    menuLabel: 'Spelling: “{{word}}”',
    noSuggestions: 'No suggestions',
    looking: 'Looking for suggestions…',
    addToDictionary: 'Add to dictionary',
    ignore: 'Ignore all',
    addFailed: 'Could not add the word to the dictionary: {{detail}}',
    misspelled: 'Misspelled word',
  },
});

export type SpellingWords = (typeof spelling)['ru'];
