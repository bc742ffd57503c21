import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './pressroom';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURE = join(ROOT, 'core/formats/fixtures/conference-almaty.ru.pressroom');

let folder: string;
let out: string[];
let err: string[];
const run = (...argv: string[]) =>
  runCli(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    writeStdoutBytes: () => undefined,
    env: { PRESSROOM_USER_DATA: join(folder, 'user-data') },
    cwd: folder,
  });

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'pressroom-spell-'));
  out = [];
  err = [];
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('pressroom spell', () => {
  it('finds nothing wrong in the Almaty release (exit 0)', async () => {
    expect(await run('spell', FIXTURE)).toBe(0);
    expect(out.join('')).toBe('');
  }, 60_000);

  it('names each misspelled word, where it is and what to write instead (exit 1); --add makes it right, for the app too', async () => {
    const release = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { body: Array<{ type: string; children: Array<{ text?: string }> }> };
    const lead = release.body.findIndex((block) => block.type === 'lead');
    release.body[lead]!.children = [{ text: 'В Алматы прошла конферениция. Учасники обсудили Жетісутехнопарк.' }];
    const file = join(folder, 'typos.pressroom');
    writeFileSync(file, JSON.stringify(release));

    expect(await run('spell', 'typos.pressroom')).toBe(1);
    const lines = out.join('').trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^lead ${lead + 1}: конферениция \\(ru\\) → конференция`)),
      expect.stringMatching(new RegExp(`^lead ${lead + 1}: Учасники \\(ru\\) → Участники`)),
      expect.stringMatching(new RegExp(`^lead ${lead + 1}: Жетісутехнопарк \\(kk\\)`)),
    ]);

    out = [];
    expect(await run('spell', '--add', 'Жетісутехнопарк'), err.join('')).toBe(0);
    expect(readFileSync(join(folder, 'user-data', 'dictionary.txt'), 'utf8')).toBe('Жетісутехнопарк\n');
    out = [];
    expect(await run('spell', 'typos.pressroom', '--json')).toBe(1);
    const findings = JSON.parse(out.join('')) as Array<{ word: string; suggestions: string[] }>;
    expect(findings.map((finding) => finding.word)).toEqual(['конферениция', 'Учасники']);
  }, 60_000);

  it('pressroom check reports misspelled words as warnings, with the user dictionary; --no-spelling leaves them out', async () => {
    const release = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { body: Array<{ type: string; children: Array<{ text?: string }> }> };
    const lead = release.body.findIndex((block) => block.type === 'lead');
    release.body[lead]!.children = [{ text: 'В Алматы прошла конферениция.' }];
    writeFileSync(join(folder, 'typo.pressroom'), JSON.stringify(release));
    await run('check', 'typo.pressroom', '--lang', 'ru');
    expect(out.join('')).toContain(`warning block ${String(lead + 1).padStart(3)}  misspelled: Слово с ошибкой: «конферениция»`);
    out = [];
    await run('check', 'typo.pressroom', '--no-spelling');
    expect(out.join('')).not.toContain('misspelled');
  }, 60_000);

  it('refuses what is not a word, with one line', async () => {
    expect(await run('spell', '--add', 'два слова')).toBe(1);
    expect(err.join('').trimEnd().split('\n')).toHaveLength(1);
  });
});
