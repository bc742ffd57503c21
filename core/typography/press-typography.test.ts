import { describe, expect, it } from 'vitest';
import type { ReleaseLanguage } from '../model/types';
import { typesetText } from './press-typography';

/** `~` in an expected text stands for a non-breaking space. */
const n = (text: string) => text.replace(/~/g, '\u00a0');

type Row = [description: string, typed: string, set: string];

const RUSSIAN: Row[] = [
  ['quotes, nested quotes and a dash', 'Конференция "Конституция - основа государства" прошла в Алматы.', 'Конференция «Конституция~– основа государства» прошла в~Алматы.'],
  ['«» with „“ inside', 'Закон "О языках в "Республике Казахстан"" принят.', 'Закон «О~языках в~„Республике Казахстан“» принят.'],
  ['dash-led direct speech', '- Мы продолжим работу, - заявил Азамат Калдыбеков.', '–~Мы~продолжим работу,~– заявил Азамат Калдыбеков.'],
  ['a single initial before a surname', 'Выступил М. Отыншиев.', 'Выступил~М.~Отыншиев.'],
  ['a Kazakh initial', 'Слово взял Ә. Қасымов.', 'Слово взял Ә.~Қасымов.'],
  ['two initials, joined', 'Доклад сделал А.Б. Иванов.', 'Доклад сделал А.~Б.~Иванов.'],
  ['after №', 'Приказ № 463 подписан.', 'Приказ №~463 подписан.'],
  ['a number and its unit', 'Построено 12 км дорог на 500 млн тенге.', 'Построено 12~км дорог на~500~млн тенге.'],
  ['thousands groups', 'Бюджет составил 1500000 тенге.', 'Бюджет составил 1~500~000~тенге.'],
  ['thousands groups after a short word', 'Форум собрал более 25000 человек для 12000 встреч.', 'Форум собрал более 25~000~человек для~12~000 встреч.'],
  ['a year stays whole', 'В 2025 году прошло 30 встреч.', 'В~2025~году прошло 30 встреч.'],
  ['a phone number is not touched', 'Телефон: +7 (727) 123-45-67.', 'Телефон: +7 (727) 123-45-67.'],
  ['a mobile number is not touched', 'Звоните 8 701 123 4567 - круглосуточно.', 'Звоните 8 701 123 4567~– круглосуточно.'],
  ['an ISO date is not rewritten', 'Дата: 2025-08-29.', 'Дата: 2025-08-29.'],
  ['a URL and an e-mail are not touched', 'Сайт https://almaty.gov.kz/ru/news--2025 и press@almaty.gov.kz.', 'Сайт https://almaty.gov.kz/ru/news--2025 и~press@almaty.gov.kz.'],
  ['an IIN is not grouped', 'ИИН 950101300123 указан.', 'ИИН 950101300123 указан.'],
  ['a range of days', 'Форум пройдёт 1-2 сентября.', 'Форум пройдёт 1–2~сентября.'],
];

const KAZAKH: Row[] = [
  ['«» and a dash', 'Конференция "Ата Заң - әділет пен тұрақтылықтың тірегі" өтті.', 'Конференция «Ата Заң~– әділет пен тұрақтылықтың тірегі» өтті.'],
  ['«…», – деді', '"Біз жұмысты жалғастырамыз", - деді Азамат Қалдыбеков.', '«Біз жұмысты жалғастырамыз»,~– деді Азамат Қалдыбеков.'],
  ['nested quotes', '"Заң "Тіл туралы" қабылданды" деп хабарлады.', '«Заң „Тіл туралы“ қабылданды» деп хабарлады.'],
  ['dash-led direct speech', '- Біз жалғастырамыз, - деді ол.', '–~Біз жалғастырамыз,~– деді ол.'],
  ['a single Kazakh initial', 'Сөз Ә. Қасымовқа берілді.', 'Сөз Ә.~Қасымовқа берілді.'],
  ['initials after a surname', 'Қасымов Ә.Б., Отыншиев М.', 'Қасымов~Ә.~Б., Отыншиев~М.'],
  ['a number and its unit', 'Жобаға 500 млн теңге бөлінді, 12 км жол салынды.', 'Жобаға 500~млн теңге бөлінді, 12~км жол салынды.'],
  ['a year and жыл', '2025 жылы 30 жыл толды.', '2025~жылы 30~жыл толды.'],
  ['thousands groups', '1500000 теңге', '1~500~000~теңге'],
  ['thousands groups after a word', 'Жиынға 25000 адам және 12000 тұрғын қатысты.', 'Жиынға 25~000~адам және 12~000 тұрғын қатысты.'],
  ['after №', '№ 4 мектеп', '№~4 мектеп'],
  ['a phone number is not touched', 'Байланыс: +7 (727) 123-45-67, 8 701 123 4567.', 'Байланыс: +7 (727) 123-45-67, 8 701 123 4567.'],
  ['a URL is not touched', 'Толығырақ: https://kaz.inform.kz/news/a-b--c', 'Толығырақ: https://kaz.inform.kz/news/a-b--c'],
  ['an ellipsis', 'Және т.б...', 'Және т.б…'],
  // what a Kazakh editor sets that typograf has no Kazakh rules for
  ['a range of years: an en dash, no spaces', 'Бағдарлама 2020-2025 жылдары іске асырылды.', 'Бағдарлама 2020–2025~жылдары іске асырылды.'],
  ['a range typed with spaces', 'Жиынға 10 - 15 адам қатысады.', 'Жиынға 10–15~адам қатысады.'],
  ['a range typed with an em dash', 'Көрме 1—3 қазанда өтеді.', 'Көрме 1–3~қазанда өтеді.'],
  ['мың with its ending', 'Іс-шараға 5 мыңнан астам тұрғын келді.', 'Іс-шараға 5~мыңнан астам тұрғын келді.'],
  ['млн теңге', 'Жобаға 10 млн теңге бөлінді.', 'Жобаға 10~млн теңге бөлінді.'],
  ['ж. and a day with its month', '2025 ж. 29 тамызда өтті.', '2025~ж. 29~тамызда өтті.'],
  ['a percentage in words', 'Көрсеткіш 15 пайызға өсті.', 'Көрсеткіш 15~пайызға өсті.'],
  ['a number of people with an ending', '300 адамға сыйлық берілді.', '300~адамға сыйлық берілді.'],
  ['an initial written against the surname', 'Жиынды Қ.Тоқаев ашты.', 'Жиынды Қ.~Тоқаев ашты.'],
  ['a double initial', 'Қ.-Ж. Тоқаев сөз сөйледі.', 'Қ.-Ж.~Тоқаев сөз сөйледі.'],
  ['after §', '§ 3 бойынша шешім қабылданды.', '§~3 бойынша шешім қабылданды.'],
  ['a decree’s number is not a range', 'Әкімнің № 12-34 қаулысы.', 'Әкімнің №~12-34 қаулысы.'],
  ['dates in figures are not ranges', 'Мерзімі: 2025-08-29 немесе 29.08.2025.', 'Мерзімі: 2025-08-29 немесе 29.08.2025.'],
  ['an Astana phone number is not touched', 'Анықтама: +7 (7172) 74-10-10.', 'Анықтама: +7 (7172) 74-10-10.'],
  ['a URL with a range in it is not touched', 'Бағдарлама: https://astana.gov.kz/kk/plan/2020-2025', 'Бағдарлама: https://astana.gov.kz/kk/plan/2020-2025'],
  ['an e-mail is not touched, the dash after it is', 'Хат: press-2025@akorda.kz - жауап береміз.', 'Хат: press-2025@akorda.kz~– жауап береміз.'],
  ['direct speech with a dash inside', '- Жастар - еліміздің болашағы, - деді әкім.', '–~Жастар~– еліміздің болашағы,~– деді әкім.'],
  ['a mid-sentence dash keeps to the word before it', 'Ата Заң - еліміздің негізгі құжаты.', 'Ата Заң~– еліміздің негізгі құжаты.'],
];

const ENGLISH: Row[] = [
  ['quotes and an em dash', 'The conference "Constitution - the basis of the state" opened.', 'The~conference “Constitution~— the~basis of~the~state” opened.'],
  ['an apostrophe and nested quotes', 'He said: "It\'s the \'Law on Languages\' that matters."', 'He~said: “It’s the~‘Law on~Languages’ that matters.”'],
  ['a single initial', 'Speaking was M. Otynshiyev.', 'Speaking was~M.~Otynshiyev.'],
  ['a number and its unit', 'A 12 km road for 500 million tenge.', 'A~12~km~road for~500~million tenge.'],
  ['a phone number is not touched', 'Call +7 (727) 123-45-67.', 'Call +7 (727) 123-45-67.'],
];

describe.each([
  ['ru', RUSSIAN],
  ['kk', KAZAKH],
  ['en', ENGLISH],
] as [ReleaseLanguage, Row[]][])('%s press typography', (language, rows) => {
  it.each(rows)('%s', (_, typed, set) => {
    expect(typesetText(typed, language)).toBe(n(set));
  });

  it.each(rows)('is idempotent: %s', (_, typed) => {
    const once = typesetText(typed, language);
    expect(typesetText(once, language)).toBe(once);
  });
});

describe('the house dash', () => {
  it('an organisation that sets em dashes gets them in Russian and Kazakh too', () => {
    expect(typesetText('Конституция - основа', 'ru', { dash: 'em' })).toBe(n('Конституция~— основа'));
    expect(typesetText('- Біз жалғастырамыз, - деді ол.', 'kk', { dash: 'em' })).toBe(n('—~Біз жалғастырамыз,~— деді ол.'));
    expect(typesetText('Constitution - the basis', 'en', { dash: 'en' })).toBe(n('Constitution~– the~basis'));
  });

  it('a Kazakh range takes an en dash whatever the house dash; typed text keeps it too', () => {
    expect(typesetText('2020-2025 жылдары', 'kk', { dash: 'em' })).toBe(n('2020–2025~жылдары'));
    expect(typesetText('10 – 15 адам ', 'kk', { mode: 'typing' })).toBe(n('10–15~адам '));
  });

  it('a Russian range typed with spaces closes up with an en dash, whatever the house dash; times, phones and numbers with hyphens stay', () => {
    expect(typesetText('Придут 10 - 15 человек.', 'ru', { dash: 'em' })).toContain('10–15');
    expect(typesetText('Форум пройдёт 29 – 30 августа.', 'ru')).toContain('29–30');
    expect(typesetText('в 1990 — 2025 годах', 'ru')).toContain('1990–2025');
    expect(typesetText('Придут 10 - 15 ', 'ru', { mode: 'typing' })).toBe('Придут 10–15 ');
    for (const kept of ['тел. 271-66-00', 'ГОСТ 7.0.97-2016', 'Приказ № 12-34']) expect(typesetText(kept, 'ru')).toBe(n(kept.replace('№ ', '№~')));
  });

  it('while typing, the spaces at the edges of the text are the press officer’s', () => {
    expect(typesetText(' Конференция прошла ', 'ru', { mode: 'typing' })).toBe(' Конференция прошла ');
    expect(typesetText('Біз жалғастырамыз ', 'kk', { mode: 'typing' })).toBe('Біз жалғастырамыз ');
  });
});
