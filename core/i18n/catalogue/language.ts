import { inEveryLanguage } from './words';

/**
 * Words of the language area (i18next namespace 'language'): the dateline on the page, the details' date field,
 * the Typography command, the Kazakh Latin export option. Russian's shape is the type of Kazakh and English.
 */
export const language = inEveryLanguage({
  ru: {
    dateline: {
      empty: 'Город и дата появятся здесь из сведений о релизе',
      edit: 'Место и дата: {{dateline}}. Изменить в сведениях о релизе',
      editEmpty: 'Место и дата не заполнены. Заполнить в сведениях о релизе',
    },
    date: {
      placeholder: 'дд.мм.гггг',
      format: 'Дата в виде {{example}}',
      invalid: 'Не дата: введите день, месяц и год, например {{example}}',
      calendar: 'Выбрать дату в календаре',
    },
    time: {
      placeholder: 'чч:мм',
      format: 'Время в виде {{example}}',
      invalid: 'Не время: введите часы и минуты, например {{example}}',
    },
    typography: {
      command: 'Типографика',
      done: 'Типографика расставлена: изменено абзацев – {{count}}',
      none: 'Типографика уже в порядке',
    },
    span: {
      ru: 'Русский',
      kk: 'Қазақша',
      en: 'English',
      release: 'Язык релиза',
      checkAs: 'Проверять как: {{language}}',
      marked: 'Язык слов: {{language}}',
    },
    latin: {
      option: 'Латиница (казахский, алфавит 2021 года)',
      onlyKazakh: 'Латиница – только для релизов на казахском',
    },
  },
  kk: {
    dateline: {
      empty: 'Қала мен күн осында релиз мәліметтерінен шығады',
      edit: 'Орны мен күні: {{dateline}}. Релиз мәліметтерінде өзгерту',
      editEmpty: 'Орны мен күні толтырылмаған. Релиз мәліметтерінде толтыру',
    },
    date: {
      placeholder: 'кк.аа.жжжж',
      format: 'Күні {{example}} түрінде',
      invalid: 'Бұл күн емес: күнін, айын және жылын жазыңыз, мысалы {{example}}',
      calendar: 'Күнтізбеден таңдау',
    },
    time: {
      placeholder: 'сс:мм',
      format: 'Уақыты {{example}} түрінде',
      invalid: 'Бұл уақыт емес: сағат пен минутты жазыңыз, мысалы {{example}}',
    },
    typography: {
      command: 'Типографика',
      done: 'Типографика қойылды: өзгерген абзацтар – {{count}}',
      none: 'Типографика ретінде',
    },
    span: {
      ru: 'Русский',
      kk: 'Қазақша',
      en: 'English',
      release: 'Релиз тілі',
      checkAs: 'Тексеру тілі: {{language}}',
      marked: 'Сөздердің тілі: {{language}}',
    },
    latin: {
      option: 'Латын графикасы (қазақ тілі, 2021 жылғы әліпби)',
      onlyKazakh: 'Латын графикасы тек қазақ тіліндегі релиздерге арналған',
    },
  },
  en: {
    dateline: {
      empty: 'The city and date will appear here from the release details',
      edit: 'Dateline: {{dateline}}. Change it in the release details',
      editEmpty: 'No dateline yet. Fill it in the release details',
    },
    date: {
      placeholder: 'dd/mm/yyyy',
      format: 'Date as {{example}}',
      invalid: 'Not a date: type the day, month and year, e.g. {{example}}',
      calendar: 'Choose the date on a calendar',
    },
    time: {
      placeholder: 'hh:mm',
      format: 'Time as {{example}}',
      invalid: 'Not a time: type the hours and minutes, e.g. {{example}}',
    },
    typography: {
      command: 'Typography',
      done: 'Typography set: {{count}} paragraphs changed',
      none: 'Typography is already in order',
    },
    span: {
      ru: 'Русский',
      kk: 'Қазақша',
      en: 'English',
      release: 'The release’s language',
      checkAs: 'Check as {{language}}',
      marked: 'Language of these words: {{language}}',
    },
    latin: {
      option: 'Latin script (Kazakh, 2021 alphabet)',
      onlyKazakh: 'Latin script is for Kazakh releases only',
    },
  },
});

export type LanguageWords = (typeof language)['ru'];
