import type { FileProblemReason } from '../../api';
import type { DocumentDamageKind } from '../../model/document-damage';
import { inEveryLanguage } from './words';

/**
 * The one vocabulary for file problems (i18next namespace 'problems'), used by the app's problem dialog and by
 * the template dialogs alike (renderer/i18n/file-problems.ts):
 * - `reason`: for every FileProblemReason a `title` and a `body` (the dialog) and a `short` phrase (a line in a
 *   list, e.g. why a template is greyed out);
 * - `damage`: for every kind of DocumentDamage a sentence saying what exactly is wrong in the file;
 * - `field`: the release details' fields as the damage sentences name them;
 * - `file`, `code`: the technical lines under the message.
 * Every reason and every damage kind must have its words (`satisfies` below): a new one without them fails to
 * compile.
 */
export const problems = inEveryLanguage({
  ru: {
    file: 'Файл: {{path}}',
    code: 'Код ошибки: {{code}}',
    reason: {
      'not-json': {
        title: 'Файл не удаётся прочитать',
        body: 'Файл повреждён или это не текстовый файл JSON. Файл не изменён.',
        short: 'файл повреждён – это не JSON',
      },
      'not-pressroom': {
        title: 'Это не релиз Pressroom',
        body: 'В файле нет отметки формата Pressroom. Файл не изменён.',
        short: 'это не файл Pressroom',
      },
      'newer-version': {
        title: 'Файл создан более новой версией Pressroom',
        body: 'Версия формата файла – {{version}}. Обновите Pressroom, чтобы открыть его. Файл не изменён.',
        short: 'файл создан более новой версией Pressroom (версия {{version}})',
      },
      invalid: {
        title: 'Структура файла нарушена',
        body: 'Релиз в файле не прошёл проверку структуры. Файл не изменён.',
        short: 'файл не соответствует формату Pressroom',
      },
      'unreadable-import': {
        title: 'Не удалось импортировать файл',
        body: 'Текст из файла не читается: он повреждён или в неподдерживаемом формате.',
        short: 'файл не удалось прочитать',
      },
      'not-found': { title: 'Файл не найден', body: 'Возможно, его переместили или удалили.', short: 'файл не найден' },
      'permission-denied': {
        title: 'Нет доступа',
        body: 'У вас нет прав на чтение или запись этого файла или папки.',
        short: 'нет доступа к файлу',
      },
      'read-only': {
        title: 'Папка только для чтения',
        body: 'Сюда сохранить нельзя. Выберите другую папку («Сохранить как…»). Документ открыт и не изменён.',
        short: 'только для чтения',
      },
      'disk-full': {
        title: 'На диске нет места',
        body: 'Файл не сохранён. Освободите место или сохраните на другой диск. Документ остаётся открытым.',
        short: 'на диске нет места',
      },
      'changed-on-disk': {
        title: 'Файл изменён другой программой',
        body: 'После открытия файл на диске изменился.',
        short: 'файл изменён на диске',
      },
      'too-large': { title: 'Файл слишком большой', body: 'Pressroom не открывает файлы такого размера.', short: 'файл слишком большой' },
      io: { title: 'Ошибка при работе с файлом', body: 'Система сообщила об ошибке. Попробуйте ещё раз.', short: 'ошибка чтения или записи' },
    } satisfies Record<FileProblemReason, { title: string; body: string; short: string }>,
    damage: {
      'not-text': 'Это не текст в кодировке UTF-8.',
      empty: 'Файл пуст.',
      'cut-off': 'Текст файла обрывается: вероятно, файл записан или скопирован не до конца.',
      'json-syntax': 'Запись JSON нарушена в строке {{line}}, позиция {{column}}.',
      'no-version': 'В файле не указана версия формата.',
      'unknown-version': 'Версия формата «{{version}}» неизвестна.',
      'unknown-block-type': 'Блок {{block}} неизвестного типа «{{type}}»: возможно, файл создан более новой версией Pressroom.',
      'untyped-block': 'У блока {{block}} не указан тип.',
      'unsafe-link': 'В блоке {{block}} ссылка на недопустимый адрес: можно ссылаться только на http, https и mailto.',
      block: 'Блок {{block}} («{{name}}») записан неправильно.',
      'metadata-missing': 'В сведениях о релизе нет поля «{{field}}».',
      'metadata-unexpected': 'В сведениях о релизе лишнее поле «{{field}}».',
      'metadata-wrong': 'В сведениях о релизе неверно записано поле «{{field}}».',
      template: 'Описание шаблона записано неправильно.',
      structure: 'Файл устроен не так, как релиз Pressroom.',
    } satisfies Record<DocumentDamageKind, string>,
    field: {
      language: 'Язык релиза',
      title: 'Название',
      city: 'Город',
      date: 'Дата',
      organisation: 'Организация',
      author: 'Автор',
      variables: 'Переменные',
    },
  },
  kk: {
    file: 'Файл: {{path}}',
    code: 'Қате коды: {{code}}',
    reason: {
      'not-json': {
        title: 'Файлды оқу мүмкін емес',
        body: 'Файл зақымдалған немесе мәтіндік JSON файлы емес. Файл өзгертілмеді.',
        short: 'файл бүлінген – бұл JSON емес',
      },
      'not-pressroom': {
        title: 'Бұл Pressroom релизі емес',
        body: 'Файлда Pressroom пішімінің белгісі жоқ. Файл өзгертілмеді.',
        short: 'бұл Pressroom файлы емес',
      },
      'newer-version': {
        title: 'Файл Pressroom-ның жаңарақ нұсқасында жасалған',
        body: 'Файл пішімінің нұсқасы – {{version}}. Оны ашу үшін Pressroom-ды жаңартыңыз. Файл өзгертілмеді.',
        short: 'файл Pressroom-ның жаңарақ нұсқасында жасалған ({{version}}-нұсқа)',
      },
      invalid: {
        title: 'Файл құрылымы бұзылған',
        body: 'Файлдағы релиз құрылым тексеруінен өтпеді. Файл өзгертілмеді.',
        short: 'файл Pressroom пішіміне сәйкес келмейді',
      },
      'unreadable-import': {
        title: 'Файлды импорттау мүмкін болмады',
        body: 'Файлдағы мәтін оқылмайды: ол зақымдалған немесе қолдау көрсетілмейтін пішімде.',
        short: 'файлды оқу мүмкін болмады',
      },
      'not-found': { title: 'Файл табылмады', body: 'Ол жылжытылған немесе жойылған болуы мүмкін.', short: 'файл табылмады' },
      'permission-denied': {
        title: 'Қол жеткізу рұқсаты жоқ',
        body: 'Бұл файлды немесе қалтаны оқуға не жазуға құқығыңыз жоқ.',
        short: 'файлға қол жеткізу құқығы жоқ',
      },
      'read-only': {
        title: 'Қалта тек оқуға арналған',
        body: 'Мұнда сақтау мүмкін емес. Басқа қалтаны таңдаңыз («Басқаша сақтау…»). Құжат ашық және өзгеріссіз қалды.',
        short: 'тек оқу үшін',
      },
      'disk-full': {
        title: 'Дискіде орын жоқ',
        body: 'Файл сақталмады. Орын босатыңыз немесе басқа дискіге сақтаңыз. Құжат ашық қалады.',
        short: 'дискіде орын жоқ',
      },
      'changed-on-disk': {
        title: 'Файлды басқа бағдарлама өзгерткен',
        body: 'Файл ашылғаннан кейін дискіде өзгерді.',
        short: 'файл дискіде өзгертілген',
      },
      'too-large': { title: 'Файл тым үлкен', body: 'Pressroom мұндай көлемдегі файлдарды ашпайды.', short: 'файл тым үлкен' },
      io: { title: 'Файлмен жұмыс кезінде қате шықты', body: 'Жүйе қате туралы хабарлады. Қайталап көріңіз.', short: 'оқу немесе жазу қатесі' },
    },
    damage: {
      'not-text': 'Бұл UTF-8 кодтауындағы мәтін емес.',
      empty: 'Файл бос.',
      'cut-off': 'Файл мәтіні үзіліп қалған: файл толық жазылмаған немесе толық көшірілмеген болуы мүмкін.',
      'json-syntax': 'JSON жазбасы {{line}}-жолда, {{column}}-позицияда бұзылған.',
      'no-version': 'Файлда пішім нұсқасы көрсетілмеген.',
      'unknown-version': '«{{version}}» пішім нұсқасы белгісіз.',
      'unknown-block-type': '{{block}}-блоктың түрі белгісіз: «{{type}}». Файл Pressroom-ның жаңарақ нұсқасында жасалған болуы мүмкін.',
      'untyped-block': '{{block}}-блоктың түрі көрсетілмеген.',
      'unsafe-link': '{{block}}-блокта рұқсат етілмеген мекенжайға сілтеме бар: тек http, https және mailto мекенжайларына сілтеме жасауға болады.',
      block: '{{block}}-блок («{{name}}») қате жазылған.',
      'metadata-missing': 'Релиз деректерінде «{{field}}» өрісі жоқ.',
      'metadata-unexpected': 'Релиз деректерінде артық өріс бар: «{{field}}».',
      'metadata-wrong': 'Релиз деректеріндегі «{{field}}» өрісі қате жазылған.',
      template: 'Үлгінің сипаттамасы қате жазылған.',
      structure: 'Файлдың құрылымы Pressroom релизіне сай емес.',
    },
    field: {
      language: 'Релиз тілі',
      title: 'Атауы',
      city: 'Қала',
      date: 'Күні',
      organisation: 'Ұйым',
      author: 'Авторы',
      variables: 'Айнымалылар',
    },
  },
  en: {
    file: 'File: {{path}}',
    code: 'Error code: {{code}}',
    reason: {
      'not-json': {
        title: 'The file cannot be read',
        body: 'The file is damaged or is not a JSON text file. The file was not changed.',
        short: 'the file is damaged — it is not JSON',
      },
      'not-pressroom': {
        title: 'This is not a Pressroom release',
        body: 'The file has no Pressroom format tag. The file was not changed.',
        short: 'this is not a Pressroom file',
      },
      'newer-version': {
        title: 'The file was made by a newer Pressroom',
        body: 'The file’s format version is {{version}}. Update Pressroom to open it. The file was not changed.',
        short: 'the file was made by a newer version of Pressroom (version {{version}})',
      },
      invalid: {
        title: 'The file’s structure is broken',
        body: 'The release in the file failed the structure check. The file was not changed.',
        short: 'the file does not match the Pressroom format',
      },
      'unreadable-import': {
        title: 'The file could not be imported',
        body: 'No text could be read from the file: it is damaged or in a format Pressroom does not support.',
        short: 'the file could not be read',
      },
      'not-found': { title: 'File not found', body: 'It may have been moved or deleted.', short: 'the file was not found' },
      'permission-denied': {
        title: 'Access denied',
        body: 'You are not allowed to read or write this file or folder.',
        short: 'no permission to use the file',
      },
      'read-only': {
        title: 'The folder is read-only',
        body: 'Nothing can be saved here. Choose another folder (“Save As…”). The document stays open and unchanged.',
        short: 'read-only',
      },
      'disk-full': {
        title: 'The disk is full',
        body: 'The file was not saved. Free some space or save to another disk. The document stays open.',
        short: 'the disk is full',
      },
      'changed-on-disk': {
        title: 'The file was changed by another program',
        body: 'The file on disk changed after you opened it.',
        short: 'the file has changed on disk',
      },
      'too-large': { title: 'The file is too large', body: 'Pressroom does not open files this large.', short: 'the file is too large' },
      io: { title: 'A file operation failed', body: 'The system reported an error. Please try again.', short: 'a read or write error' },
    },
    damage: {
      'not-text': 'It is not UTF-8 text.',
      empty: 'The file is empty.',
      'cut-off': 'The file’s text stops short: it was probably not written or copied in full.',
      'json-syntax': 'The JSON is broken at line {{line}}, column {{column}}.',
      'no-version': 'The file does not say its format version.',
      'unknown-version': 'The format version “{{version}}” is unknown.',
      'unknown-block-type': 'Block {{block}} is of an unknown type, “{{type}}”: the file may come from a newer Pressroom.',
      'untyped-block': 'Block {{block}} has no type.',
      'unsafe-link': 'Block {{block}} links to an address that is not allowed: links may only point to http, https and mailto.',
      block: 'Block {{block}} (“{{name}}”) is not written correctly.',
      'metadata-missing': 'The release details lack the field “{{field}}”.',
      'metadata-unexpected': 'The release details have an unknown field, “{{field}}”.',
      'metadata-wrong': 'The field “{{field}}” of the release details is not written correctly.',
      template: 'The template’s description is not written correctly.',
      structure: 'The file is not laid out as a Pressroom release.',
    },
    field: {
      language: 'Release language',
      title: 'Title',
      city: 'City',
      date: 'Date',
      organisation: 'Organisation',
      author: 'Author',
      variables: 'Variables',
    },
  },
});

export type ProblemsWords = (typeof problems)['ru'];
