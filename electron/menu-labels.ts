import type { Language } from '../core/model/types';

/** Every word of the native menu, in Russian, Kazakh and English. */
export interface MenuLabels {
  file: string;
  new: string;
  newFromTemplate: string;
  open: string;
  openRecent: string;
  noRecent: string;
  clearRecent: string;
  save: string;
  saveAs: string;
  saveAsTemplate: string;
  manageTemplates: string;
  export: string;
  exportMarkdown: string;
  exportHtml: string;
  exportDocx: string;
  exportAll: string;
  close: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  insert: string;
  section: string;
  view: string;
  reload: string;
  devTools: string;
  actualSize: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  window: string;
  minimize: string;
  help: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  showAll: string;
}

export const MENU_LABELS: Record<Language, MenuLabels> = {
  ru: {
    file: 'Файл',
    new: 'Создать',
    newFromTemplate: 'Создать из шаблона…',
    open: 'Открыть…',
    openRecent: 'Недавние файлы',
    noRecent: 'Нет недавних файлов',
    clearRecent: 'Очистить список',
    save: 'Сохранить',
    saveAs: 'Сохранить как…',
    saveAsTemplate: 'Сохранить как шаблон…',
    manageTemplates: 'Управление шаблонами…',
    export: 'Экспорт',
    exportMarkdown: 'Markdown…',
    exportHtml: 'HTML…',
    exportDocx: 'Word (DOCX)…',
    exportAll: 'Во всех форматах…',
    close: 'Закрыть',
    quit: 'Выход',
    edit: 'Правка',
    undo: 'Отменить',
    redo: 'Повторить',
    cut: 'Вырезать',
    copy: 'Копировать',
    paste: 'Вставить',
    selectAll: 'Выделить всё',
    insert: 'Вставка',
    section: 'Раздел…',
    view: 'Вид',
    reload: 'Перезагрузить',
    devTools: 'Инструменты разработчика',
    actualSize: 'Обычный масштаб',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    fullScreen: 'Полноэкранный режим',
    window: 'Окно',
    minimize: 'Свернуть',
    help: 'Справка',
    about: 'О программе Pressroom',
    services: 'Службы',
    hide: 'Скрыть Pressroom',
    hideOthers: 'Скрыть остальные',
    showAll: 'Показать все',
  },
  kk: {
    file: 'Файл',
    new: 'Жаңа',
    newFromTemplate: 'Үлгіден жасау…',
    open: 'Ашу…',
    openRecent: 'Соңғы файлдар',
    noRecent: 'Соңғы файлдар жоқ',
    clearRecent: 'Тізімді тазалау',
    save: 'Сақтау',
    saveAs: 'Басқаша сақтау…',
    saveAsTemplate: 'Үлгі ретінде сақтау…',
    manageTemplates: 'Үлгілерді басқару…',
    export: 'Экспорт',
    exportMarkdown: 'Markdown…',
    exportHtml: 'HTML…',
    exportDocx: 'Word (DOCX)…',
    exportAll: 'Барлық пішімдерде…',
    close: 'Жабу',
    quit: 'Шығу',
    edit: 'Түзету',
    undo: 'Болдырмау',
    redo: 'Қайталау',
    cut: 'Қиып алу',
    copy: 'Көшіру',
    paste: 'Қою',
    selectAll: 'Барлығын белгілеу',
    insert: 'Кірістіру',
    section: 'Бөлім…',
    view: 'Көрініс',
    reload: 'Қайта жүктеу',
    devTools: 'Әзірлеуші құралдары',
    actualSize: 'Қалыпты өлшем',
    zoomIn: 'Үлкейту',
    zoomOut: 'Кішірейту',
    fullScreen: 'Толық экран',
    window: 'Терезе',
    minimize: 'Жиыру',
    help: 'Анықтама',
    about: 'Pressroom туралы',
    services: 'Қызметтер',
    hide: 'Pressroom-ды жасыру',
    hideOthers: 'Басқаларын жасыру',
    showAll: 'Барлығын көрсету',
  },
  en: {
    file: 'File',
    new: 'New',
    newFromTemplate: 'New from Template…',
    open: 'Open…',
    openRecent: 'Open Recent',
    noRecent: 'No Recent Files',
    clearRecent: 'Clear Recent',
    save: 'Save',
    saveAs: 'Save As…',
    saveAsTemplate: 'Save as Template…',
    manageTemplates: 'Manage Templates…',
    export: 'Export',
    exportMarkdown: 'Markdown…',
    exportHtml: 'HTML…',
    exportDocx: 'Word (DOCX)…',
    exportAll: 'All Formats…',
    close: 'Close',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    insert: 'Insert',
    section: 'Section…',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer Tools',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    help: 'Help',
    about: 'About Pressroom',
    services: 'Services',
    hide: 'Hide Pressroom',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
  },
};
