import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { HostCommand, MenuAction } from '../core/api';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../core/i18n/interface-languages';
import { acceleratorOf, COMMANDS, MENU_COMMANDS, MENUS, type MenuSpec } from '../core/commands';
import { buildMenuTemplate, recentLabel, type MenuInputs } from './menu';
import { MENU_LABELS } from './menu-labels';

function build(overrides: Partial<MenuInputs> = {}) {
  const sent: HostCommand[] = [];
  let cleared = 0;
  const template = buildMenuTemplate({
    language: 'en',
    platform: 'linux',
    isDevelopment: false,
    recent: [],
    send: (command) => sent.push(command),
    clearRecent: () => {
      cleared += 1;
    },
    ...overrides,
  });
  return { template, sent, cleared: () => cleared };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const byLabel = (template: MenuItemConstructorOptions[], label: string) => items(template).find((item) => item.label === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('the native menu', () => {
  it('has File, Edit, Insert, View and Help on Linux and Windows', () => {
    expect(build().template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'Insert', 'View', 'Help']);
    expect(build({ platform: 'win32', language: 'ru' }).template.map((menu) => menu.label)).toEqual(['Файл', 'Правка', 'Вставка', 'Вид', 'Справка']);
  });

  it('has the app menu first and a Window menu on macOS, with Quit in the app menu', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template.map((menu) => menu.label)).toEqual(['Pressroom', 'File', 'Edit', 'Insert', 'View', 'Window', 'Help']);
    const appItems = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(appItems.some((item) => item.role === 'quit')).toBe(true);
    const fileItems = template[1]?.submenu as MenuItemConstructorOptions[];
    expect(fileItems.some((item) => item.role === 'quit')).toBe(false);
  });

  it('gives the usual accelerators', () => {
    const all = items(build().template);
    const accelerator = (label: string) => all.find((item) => item.label === label)?.accelerator;
    expect(accelerator('New')).toBe('CmdOrCtrl+N');
    expect(accelerator('Open…')).toBe('CmdOrCtrl+O');
    expect(accelerator('Save')).toBe('CmdOrCtrl+S');
    expect(accelerator('Save As…')).toBe('CmdOrCtrl+Shift+S');
    expect(accelerator('Close')).toBe('CmdOrCtrl+W');
    expect(accelerator('Quit')).toBe('CmdOrCtrl+Q');
    expect(accelerator('Undo')).toBe('CmdOrCtrl+Z');
    expect(accelerator('Redo')).toBe('CmdOrCtrl+Shift+Z');
    expect(accelerator('New from Template…')).toBe('CmdOrCtrl+Shift+N');
    expect(accelerator('All Formats…')).toBe('CmdOrCtrl+Shift+E');
    const accelerators = all.map((item) => item.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('leaves editing to Chromium’s roles (Slate receives them as input events)', () => {
    const edit = build().template.find((menu) => menu.label === 'Edit')?.submenu as MenuItemConstructorOptions[];
    expect(edit.map((item) => item.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('sends each document command to the renderer as a menu action', () => {
    const { template, sent } = build();
    const labels: [string, MenuAction][] = [
      ['New', 'new'],
      ['New from Template…', 'new-from-template'],
      ['Open…', 'open'],
      ['Save', 'save'],
      ['Save As…', 'save-as'],
      ['Save as Template…', 'save-as-template'],
      ['Manage Templates…', 'manage-templates'],
      ['Markdown…', 'export-markdown'],
      ['HTML…', 'export-html'],
      ['Word (DOCX)…', 'export-docx'],
      ['All Formats…', 'export-all'],
      ['Close', 'close'],
      ['Section…', 'insert-section'],
      ['About Pressroom', 'about'],
    ];
    for (const [label] of labels) click(byLabel(template, label));
    expect(sent).toEqual(labels.map(([, action]) => ({ type: 'menu', action })));
  });

  it('is built from the command table: every menu action has one item per place, with its shortcut, on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { template, sent } = build({ platform });
      const actionItems = items(template).filter((item) => item.id?.startsWith('menu:'));
      const mac = platform === 'darwin';
      for (const action of Object.keys(MENU_COMMANDS) as MenuAction[]) {
        const spec = COMMANDS[action];
        const places = spec.menu.filter((place) => (MENUS[place.in] as MenuSpec).platform !== (mac ? 'other' : 'mac'));
        const found = actionItems.filter((item) => item.id === `menu:${action}`);
        expect(found.length, `${platform} ${action}`).toBeGreaterThanOrEqual(1);
        expect(found.length).toBeLessThanOrEqual(places.length);
        for (const item of found) {
          expect(item.label).toBe(MENU_LABELS.en[spec.menuLabel as keyof typeof MENU_LABELS.en]);
          expect(item.accelerator).toBe(spec.shortcut ? acceleratorOf(spec.shortcut) : undefined);
        }
        sent.length = 0;
        click(found[0]);
        expect(sent).toEqual([{ type: 'menu', action }]);
      }
    }
  });

  it('separates groups with one separator, never at the start or end of a menu', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      for (const isDevelopment of [true, false]) {
        const menus = items(build({ platform, isDevelopment, recent: ['/a.pressroom'] }).template).filter((item) => Array.isArray(item.submenu));
        for (const menu of menus) {
          const kinds = (menu.submenu as MenuItemConstructorOptions[]).map((item) => (item.type === 'separator' ? '-' : 'x')).join('');
          expect(kinds, String(menu.label)).not.toMatch(/^-|--|-$/);
        }
      }
    }
    const file = build().template.find((menu) => menu.label === 'File')?.submenu as MenuItemConstructorOptions[];
    expect(file.map((item) => (item.type === 'separator' ? '—' : item.label))).toEqual([
      'New', 'New from Template…', 'Open…', 'Recover Discarded…', 'Open Recent', '—',
      'Save', 'Save As…', 'Save as Template…', 'Manage Templates…', '—',
      'Export', '—', 'Print…', '—', 'Close', '—', 'Quit',
    ]);
  });

  it('lists recent files newest first; choosing one opens it; Clear empties the list', () => {
    const recent = ['/home/dana/Релизы/Форум-2026.pressroom', '/home/dana/Релизы/Марапаттау.pressroom'];
    const { template, sent, cleared } = build({ recent });
    const openRecent = byLabel(template, 'Open Recent')?.submenu as MenuItemConstructorOptions[];
    expect(openRecent.slice(0, 2).map((item) => item.label)).toEqual(recent);
    click(openRecent[1]);
    expect(sent).toEqual([{ type: 'open-file', path: recent[1] }]);
    const clear = byLabel(template, 'Clear Recent');
    expect(clear?.enabled).toBe(true);
    click(clear);
    expect(cleared()).toBe(1);
  });

  it('shows a disabled placeholder and a disabled Clear when nothing was opened', () => {
    const { template } = build({ language: 'kk' });
    expect(byLabel(template, 'Соңғы файлдар жоқ')?.enabled).toBe(false);
    expect(byLabel(template, 'Тізімді тазалау')?.enabled).toBe(false);
  });

  it('shortens very long recent paths in the middle', () => {
    const long = `/home/user/${'очень-длинная-папка/'.repeat(10)}Релиз.pressroom`;
    const label = recentLabel(long);
    expect(label.length).toBeLessThanOrEqual(80);
    expect(label.startsWith('/home/user/')).toBe(true);
    expect(label.endsWith('Релиз.pressroom')).toBe(true);
    expect(label).toContain('…');
  });

  it('offers Reload and Developer Tools only in development', () => {
    const roles = (isDevelopment: boolean) => items(build({ isDevelopment }).template).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(false)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
  });

  it('speaks Russian, Kazakh and English with every label filled in', () => {
    const keys = Object.keys(MENU_LABELS.en).sort();
    for (const language of INTERFACE_LANGUAGES) {
      expect(Object.keys(MENU_LABELS[language]).sort()).toEqual(keys);
      for (const [key, label] of Object.entries(MENU_LABELS[language])) expect(label.trim(), `${language}.${key}`).not.toBe('');
      for (const platform of ['linux', 'darwin'] as const) {
        for (const item of items(build({ language, platform, isDevelopment: true }).template)) {
          if (item.type !== 'separator' && item.role !== 'zoom' && item.role !== 'front') expect(item.label, JSON.stringify(item.role)).toBeTruthy();
        }
      }
    }
  });

  it('uses real Kazakh and Russian words, with an ellipsis character for items that ask', () => {
    const labels = (language: InterfaceLanguage) => Object.values(MENU_LABELS[language]).join(' ');
    expect(labels('kk')).toMatch(/[әіңғүұқөһ]/);
    expect(MENU_LABELS.kk.save).toBe('Сақтау');
    expect(MENU_LABELS.kk.newFromTemplate).toBe('Үлгіден жасау…');
    expect(MENU_LABELS.ru.saveAs).toBe('Сохранить как…');
    expect(MENU_LABELS.ru.selectAll).toBe('Выделить всё');
    for (const language of INTERFACE_LANGUAGES) expect(labels(language)).not.toContain('...');
  });
});
