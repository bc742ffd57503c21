import type { ExportFormat, ExportLabel } from '../../api';
import { inEveryLanguage, type WordsFor } from './words';

/**
 * Words of the publishing area (i18next namespace 'publishing': exports, imports, paste). Russian's shape is the
 * type of Kazakh and English (words.ts).
 */
export const publishing = inEveryLanguage({
  ru: {
    menu: {
      export: 'Экспорт',
      exportMarkdown: 'Markdown…',
      exportHtml: 'HTML…',
      exportDocx: 'Word (DOCX)…',
      exportPdf: 'PDF…',
      exportAll: 'Экспортировать всё…',
    } satisfies WordsFor<ExportLabel>,
    format: { markdown: 'Markdown', html: 'HTML', docx: 'Word', pdf: 'PDF' } satisfies Record<ExportFormat, string>,
    exported: 'Сохранено: {{paths}}',
    exportedAll: 'Сохранены Markdown, HTML, Word и PDF в папке «{{folder}}»',
    exportFailed: 'Не удалось экспортировать: {{detail}}',
    overwriteTitle: 'Заменить файлы?',
    overwriteMessage: 'В папке «{{folder}}» уже есть файлы: {{names}}. Заменить их?',
    overwrite: 'Заменить',
    cancel: 'Отмена',
    imported: 'Импортировано из {{format}} как новый, ещё не сохранённый пресс-релиз',
    importFailed: 'Не удалось импортировать файл «{{name}}»: {{detail}}',
    pasteCleaned: 'Вставлено без чужих стилей и скриптов',
    printed: 'Отправлено на печать',
    printUnavailable: 'Здесь нет печати. Экспортируйте PDF (Файл ▸ Экспорт ▸ PDF) и напечатайте его.',
  },
  kk: {
    menu: {
      export: 'Экспорт',
      exportMarkdown: 'Markdown…',
      exportHtml: 'HTML…',
      exportDocx: 'Word (DOCX)…',
      exportPdf: 'PDF…',
      exportAll: 'Барлығын экспорттау…',
    },
    format: { markdown: 'Markdown', html: 'HTML', docx: 'Word', pdf: 'PDF' },
    exported: 'Сақталды: {{paths}}',
    exportedAll: 'Markdown, HTML, Word және PDF «{{folder}}» қалтасына сақталды',
    exportFailed: 'Экспорттау мүмкін болмады: {{detail}}',
    overwriteTitle: 'Файлдарды ауыстыру керек пе?',
    overwriteMessage: '«{{folder}}» қалтасында мына файлдар бар: {{names}}. Оларды ауыстыру керек пе?',
    overwrite: 'Ауыстыру',
    cancel: 'Болдырмау',
    imported: '{{format}} форматынан жаңа, әлі сақталмаған баспасөз релизі ретінде импортталды',
    importFailed: '«{{name}}» файлын импорттау мүмкін болмады: {{detail}}',
    pasteCleaned: 'Бөгде стильдер мен скрипттерсіз қойылды',
    printed: 'Басып шығаруға жіберілді',
    printUnavailable: 'Мұнда басып шығару мүмкін емес. PDF экспорттаңыз (Файл ▸ Экспорт ▸ PDF) және соны басып шығарыңыз.',
  },
  en: {
    menu: {
      export: 'Export',
      exportMarkdown: 'Markdown…',
      exportHtml: 'HTML…',
      exportDocx: 'Word (DOCX)…',
      exportPdf: 'PDF…',
      exportAll: 'Export All…',
    },
    format: { markdown: 'Markdown', html: 'HTML', docx: 'Word', pdf: 'PDF' },
    exported: 'Saved: {{paths}}',
    exportedAll: 'Markdown, HTML, Word and PDF saved in “{{folder}}”',
    exportFailed: 'Could not export: {{detail}}',
    overwriteTitle: 'Replace the files?',
    overwriteMessage: 'The folder “{{folder}}” already has {{names}}. Replace them?',
    overwrite: 'Replace',
    cancel: 'Cancel',
    imported: 'Imported from {{format}} as a new, unsaved release',
    importFailed: 'Could not import “{{name}}”: {{detail}}',
    pasteCleaned: 'Pasted without foreign styles or scripts',
    printed: 'Sent to the printer',
    printUnavailable: 'Printing is not available here. Export a PDF (File ▸ Export ▸ PDF) and print that.',
  },
});

export type PublishingWords = (typeof publishing)['ru'];
