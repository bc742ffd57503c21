import { describe, expect, it } from 'vitest';
import { documentPathFromArgv, isOpenablePath } from './command-line';
import { UNSAVED_MARK, windowTitle } from './document-title';
import { systemLanguageFrom } from './system-language';

describe('the file on the command line', () => {
  it('finds a .pressroom file given to the packaged app, resolved against the working folder', () => {
    expect(documentPathFromArgv(['/opt/Pressroom/pressroom', 'Релизы/Форум.pressroom'], '/home/aigerim', false)).toBe('/home/aigerim/Релизы/Форум.pressroom');
    expect(documentPathFromArgv(['/opt/Pressroom/pressroom', '/tmp/Марапаттау.PRESSROOM'], '/home/aigerim', false)).toBe('/tmp/Марапаттау.PRESSROOM');
  });

  it('skips the app folder in development and Chromium switches added to a second instance', () => {
    expect(documentPathFromArgv(['/usr/bin/electron', '.', '--allow-file-access-from-files', '--inspect=0', 'release.pressroom'], '/w', true)).toBe('/w/release.pressroom');
    expect(documentPathFromArgv(['/opt/Pressroom/pressroom', '--no-sandbox'], '/w', false)).toBeNull();
    expect(documentPathFromArgv(['/usr/bin/electron', '.'], '/w', true)).toBeNull();
  });

  it('opens documents and importable formats, nothing else', () => {
    for (const path of ['a.pressroom', 'a.md', 'a.markdown', 'a.docx', 'a.html', 'a.HTM']) expect(isOpenablePath(path), path).toBe(true);
    for (const path of ['a.exe', 'a.pressroom.exe', 'a.js', 'pressroom', 'a.txt']) expect(isOpenablePath(path), path).toBe(false);
  });
});

describe('the title bar', () => {
  it('shows the file name, the unsaved mark and the app name', () => {
    expect(windowTitle('Форум-2026.pressroom', false)).toBe('Форум-2026.pressroom — Pressroom');
    expect(windowTitle('Форум-2026.pressroom', true)).toBe(`Форум-2026.pressroom${UNSAVED_MARK} — Pressroom`);
    expect(windowTitle('Жаңа релиз', true)).toBe('Жаңа релиз• — Pressroom');
    expect(windowTitle('', false)).toBe('Pressroom');
  });
});

describe('the system language', () => {
  it('takes the first of ru, kk, en among the OS’s preferred languages', () => {
    expect(systemLanguageFrom(['kk-KZ', 'ru-RU'])).toBe('kk');
    expect(systemLanguageFrom(['de-DE', 'ru-KZ', 'en-US'])).toBe('ru');
    expect(systemLanguageFrom(['en-GB'])).toBe('en');
    expect(systemLanguageFrom(['kaz'])).toBe('kk');
    expect(systemLanguageFrom(['uz-UZ', 'tr'])).toBe('en');
    expect(systemLanguageFrom([])).toBe('en');
  });
});
