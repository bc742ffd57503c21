import type { ReleaseLanguage } from '../model/types';

/**
 * The words of Kazakhstan's public life that the ru, kk and en dictionaries do not know: offices (аким, маслихат),
 * cities and regions, and common Kazakh given names. Shipped with the app, checked in every language.
 *
 * `like` names a word the Russian dictionary declines the same way, so маслихат brings маслихата, маслихатов…;
 * without it a word is taken as it is (Алматы, Атырау, тенге do not decline in Russian). In Kazakh text the
 * endings come from the suffix chains (kazakh-suffixes.ts), so the plain word is enough.
 */
export interface KazakhstanWord {
  word: string;
  like?: string;
  /** Only in these languages (a Kazakh spelling such as Қарағанды is not Russian); all when absent. */
  only?: readonly ReleaseLanguage[];
}

const declined = (like: string, ...words: string[]): KazakhstanWord[] => words.map((word) => ({ word, like }));
const plain = (...words: string[]): KazakhstanWord[] => words.map((word) => ({ word }));
const kazakh = (...words: string[]): KazakhstanWord[] => words.map((word) => ({ word, only: ['kk'] as const }));
const english = (...words: string[]): KazakhstanWord[] => words.map((word) => ({ word, only: ['en'] as const }));

export const KAZAKHSTAN_WORDS: readonly KazakhstanWord[] = [
  // offices and institutions
  ...declined('министр', 'аким', 'Аким', 'аким-глава'),
  ...declined('кабинет', 'акимат', 'Акимат', 'маслихат', 'Маслихат', 'Мажилис', 'мажилис', 'ЦОН'),
  ...declined('депутат', 'мажилисмен'),
  ...plain('Елбасы', 'тенге', 'Акорда', 'Ақорда', 'Атамекен', 'Нур', 'Отан', 'Аманат', 'Казинформ', 'ҚазАқпарат', 'Казахстанская'),
  ...declined('Китай', 'курултай', 'Курултай'),
  ...declined('кишлак', 'аул'),
  // cities and regions (Russian spelling)
  ...plain('Алматы', 'Атырау', 'Актобе', 'Актау', 'Кокшетау', 'Темиртау', 'Жанаозен', 'Конаев', 'Туркестана'),
  ...declined('Ташкент', 'Шымкент', 'Туркестан', 'Жезказган', 'Талдыкорган', 'Экибастуз', 'Тараз', 'Павлодар', 'Байконур', 'Сатпаев'),
  ...declined('Москва', 'Астана', 'Караганда', 'Кызылорда'),
  ...declined('Смоленск', 'Уральск', 'Петропавловск', 'Усть-Каменогорск', 'Рудный', 'Аркалык'),
  ...declined('Китай', 'Костанай'),
  // the regions and districts as adjectives, in every gender and case (Акмолинской, Абайскую): declined like
  // «московский» (a capitalised model word brings no endings from dictionary-ru)
  ...declined(
    'московский',
    'Алматинский', 'Акмолинский', 'Актюбинский', 'Атырауский', 'Жамбылский', 'Карагандинский', 'Костанайский',
    'Кызылординский', 'Мангистауский', 'Павлодарский', 'Туркестанский', 'Абайский', 'Жетысуский', 'Улытауский',
    'Западно-Казахстанский', 'Восточно-Казахстанский', 'Северо-Казахстанский', 'Алатауский', 'Медеуский',
    'Бостандыкский', 'Ауэзовский', 'Наурызбайский', 'Турксибский',
  ),
  ...declined('музей', 'Семей', 'Абай'),
  // cities and regions (Kazakh spelling)
  ...kazakh('Қарағанды', 'Қызылорда', 'Ақтөбе', 'Ақтау', 'Көкшетау', 'Өскемен', 'Орал', 'Петропавл', 'Қостанай', 'Түркістан',
    'Жезқазған', 'Талдықорған', 'Екібастұз', 'Қонаев', 'Жаңаөзен', 'Маңғыстау', 'Жетісу', 'Ұлытау', 'Абай', 'Алатау',
    'Медеу', 'Бостандық', 'Әуезов', 'Түрксіб', 'Наурызбай'),
  // common Kazakh given names (Russian and Kazakh spellings)
  ...declined('Руслан', 'Нурлан', 'Ерлан', 'Арман', 'Ержан', 'Бауыржан', 'Бауржан', 'Данияр', 'Азамат', 'Асхат', 'Серик', 'Берик',
    'Марат', 'Канат', 'Болат', 'Нурсултан', 'Бексултан', 'Айбек', 'Даурен', 'Ерболат', 'Жандос', 'Талгат', 'Мейржан', 'Меиржан',
    'Кайрат', 'Ермек', 'Дархан', 'Нуржан', 'Аскар', 'Алихан', 'Сабыр', 'Габит', 'Мухтар'),
  ...declined('Динара', 'Айгуль', 'Айгерим', 'Асель', 'Жанар', 'Гульнара', 'Сауле', 'Алия', 'Мадина', 'Камила', 'Жулдыз', 'Аружан',
    'Акмарал', 'Гаухар', 'Динара', 'Назерке', 'Толганай'),
  ...kazakh('Нұрлан', 'Ерлан', 'Бауыржан', 'Серік', 'Берік', 'Қанат', 'Болат', 'Қайрат', 'Нұрсұлтан', 'Бексұлтан', 'Асқар',
    'Айгүл', 'Әсел', 'Гүлнара', 'Сәуле', 'Жұлдыз', 'Ақмарал', 'Гауһар', 'Мейіржан', 'Ғабит', 'Мұхтар', 'Әлихан', 'Дәурен'),
  // Kazakh words the 2009 dictionary lacks
  ...kazakh('заңгер', 'мерейтой', 'әкімдік', 'мәслихат', 'онлайн', 'цифрландыру', 'брифинг', 'еріктілер', 'волонтер', 'стартап'),
  // the region (өңір) and words with һ, which the 2009 dictionary writes with х (шахар) or not at all
  ...kazakh('өңір', 'шаһар', 'қаһарман', 'жиһаз'),
  // Жетісу ends in су (water): its endings are back-vowel ones whatever the і before (Жетісуда, Жетісуға)
  ...kazakh('Жетісуда', 'Жетісуға', 'Жетісудың', 'Жетісудағы', 'Жетісуды', 'Жетісудан', 'Жетісумен'),
  // Kazakh given names in their Kazakh spelling
  ...kazakh('Айгерім', 'Әйгерім', 'Назерке', 'Ақбота', 'Әлия', 'Нұржан', 'Ерболат', 'Талғат', 'Ғалым', 'Мейрамбек', 'Жанар', 'Ержан',
    'Дархан', 'Данияр', 'Аружан', 'Мадина', 'Динара', 'Гүлназ', 'Салтанат', 'Ақерке'),
  // the same words as English-language papers in Kazakhstan spell them
  ...english('akim', 'akims', 'akimat', 'akimats', 'maslikhat', 'maslikhats', 'Mazhilis', 'tenge', 'Almaty', 'Astana', 'Shymkent',
    'Karaganda', 'Aktobe', 'Atyrau', 'Aktau', 'Kyzylorda', 'Pavlodar', 'Kostanay', 'Semey', 'Taraz', 'Turkistan', 'Oskemen',
    'Petropavl', 'Kokshetau', 'Taldykorgan', 'Zhezkazgan', 'Ekibastuz', 'Konayev', 'Baikonur', 'Mangystau', 'Zhetysu', 'Ulytau',
    'Akmola', 'Zhambyl', 'Abai', 'Kazinform', 'Akorda', 'Elbasy', 'Nurlan', 'Yerlan', 'Azamat', 'Arman', 'Bauyrzhan', 'Daniyar',
    'Askar', 'Serik', 'Berik', 'Marat', 'Kanat', 'Bolat', 'Kairat', 'Nursultan', 'Beksultan', 'Meirzhan', 'Aigerim', 'Aigul',
    'Assel', 'Dinara', 'Saule', 'Gulnara', 'Zhuldyz', 'Aruzhan', 'Madina'),
];

/** Patronymics and surnames as Kazakh and Russian papers write them, in any case: Калдыбеков, -а, -ым; Серікұлы. */
const SURNAME = /^[\p{Lu}][\p{Ll}]+(?:ов|ев|ёв|ин|ын|ский|цкий)(?:а|у|ым|ой|ом|е|ы|ых|ыми|ой|ая|ого|ому|ым|ий)?$|^[\p{Lu}][\p{Ll}]+(?:ович|евич|овна|евна|ұлы|улы|қызы|кызы)(?:а|у|ем|ым|е|ой|ы|ның|на|ға|ын)?$/u;

/** The same in Latin letters, as English-language papers write them: Kaldybekov, Otynshiyev, Sarsekova, Nurlanuly. */
const LATIN_SURNAME = /^[A-Z][a-z]+(?:ov|ev|yev|iyev|ova|eva|yeva|iyeva|in|ina|uly|kyzy|ovich|evich|ovna|evna)$/;

export function looksLikeSurname(word: string): boolean {
  return SURNAME.test(word) || LATIN_SURNAME.test(word);
}
