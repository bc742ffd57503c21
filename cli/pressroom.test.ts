import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDocumentText } from '../core/model/document-file';
import { runCli } from './pressroom';
import { SAMPLE_PATH } from '../test/fixtures/sample';
import { pdfFonts, pdfPages, pdfText } from '../test/pdf-readers';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURE = join(ROOT, 'core/formats/fixtures/conference-almaty.ru.pressroom');
const SAMPLE = SAMPLE_PATH;

let folder: string;
let out: string[];
let err: string[];
let bytes: Uint8Array[];
const run = (...argv: string[]) =>
  runCli(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    writeStdoutBytes: (chunk) => bytes.push(chunk),
    env: { PRESSROOM_USER_DATA: join(folder, 'user-data') },
    cwd: folder,
  });

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'pressroom-cli-'));
  out = [];
  err = [];
  bytes = [];
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('pressroom export', () => {
  it('writes Markdown, HTML (fragment) and DOCX (letter) from a .pressroom file', async () => {
    expect(await run('export', FIXTURE, '--to', 'md', '-o', 'release.md')).toBe(0);
    expect(readFileSync(join(folder, 'release.md'), 'utf8')).toContain('# В Алматы прошла научно-практическая конференция');
    expect(await run('export', FIXTURE, '--to', 'html', '--profile', 'fragment', '-o', 'release.html')).toBe(0);
    expect(readFileSync(join(folder, 'release.html'), 'utf8').startsWith('<article lang="ru"')).toBe(true);
    expect(await run('export', FIXTURE, '--to', 'docx', '--paper', 'letter', '-o', 'release.docx')).toBe(0);
    expect(readFileSync(join(folder, 'release.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(err).toEqual([]);
  });

  it('writes a PDF (--to pdf) beside the input, A4 by default and Letter with --paper, its text readable by pdftotext', async () => {
    writeFileSync(join(folder, 'sample.txt'), readFileSync(SAMPLE));
    expect(await run('export', 'sample.txt', '--to', 'pdf')).toBe(0);
    const pdf = new Uint8Array(readFileSync(join(folder, 'sample.pdf')));
    expect(pdfPages(pdf)).toMatchObject({ width: 595.28, height: 841.89, tagged: true });
    expect(pdfText(pdf)).toContain('Бексултан Сарсеков');
    expect(pdfFonts(pdf).every((font) => font.embedded && font.name.includes('+NotoSerif-'))).toBe(true);
    expect(await run('export', FIXTURE, '--to', 'PDF', '--paper', 'letter', '-o', 'letter.pdf')).toBe(0);
    expect(pdfPages(new Uint8Array(readFileSync(join(folder, 'letter.pdf'))))).toMatchObject({ width: 612, height: 792 });
    expect(err).toEqual([]);
  });

  it('--latin writes a Kazakh release in the 2021 Latin alphabet, and refuses a Russian one', async () => {
    const kazakh = join(ROOT, 'core/formats/fixtures/opening-speech.kk.pressroom');
    expect(await run('export', kazakh, '--to', 'docx', '--latin', '-o', 'latin.docx')).toBe(0);
    const mammoth = await import('mammoth');
    const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(join(folder, 'latin.docx')) });
    expect(text).toMatch(/[äğıqñöūüş]/u);
    expect(text).not.toMatch(/[а-яёәғқңөұүһі]/iu);
    expect(await run('export', kazakh, '--to', 'md', '--latin', '-o', 'latin.md')).toBe(0);
    expect(readFileSync(join(folder, 'latin.md'), 'utf8')).toContain('language: kk');
    expect(await run('export', FIXTURE, '--to', 'md', '--latin', '-o', 'no.md')).not.toBe(0);
    expect(err.join('')).toContain('--latin is for Kazakh releases only');
    expect(existsSync(join(folder, 'no.md'))).toBe(false);
  });

  it('reads .md, .docx, .html and .txt input, and writes beside the input by default', async () => {
    writeFileSync(join(folder, 'sample.txt'), readFileSync(SAMPLE));
    expect(await run('export', 'sample.txt', '--to', 'docx')).toBe(0);
    expect(await run('export', 'sample.docx', '--to', 'md')).toBe(0);
    const markdown = readFileSync(join(folder, 'sample.md'), 'utf8');
    expect(markdown).toContain('– заявил Азамат Калдыбеков.');
    expect(await run('export', 'sample.md', '--to', 'html', '-o', 'sample.html')).toBe(0);
    expect(await run('export', 'sample.html', '--to', 'md', '-o', '-')).toBe(0);
    expect(new TextDecoder().decode(bytes[0])).toContain('Председатель президиума РОО «Совет генералов» Бексултан Сарсеков');
  });

  it.each([
    [['export'], /export needs a file/],
    [['export', 'missing.pressroom', '--to', 'md'], /missing\.pressroom: File not found\./],
    [['export', 'FIXTURE', '--to', 'odt'], /unknown format "odt"/],
    [['export', 'FIXTURE', '--to', 'md', '--paper', 'a4'], /--paper applies to --to docx and --to pdf only/],
    [['export', 'FIXTURE', '--to', 'html', '--profile', 'tiny'], /unknown profile "tiny"/],
    [['export', 'FIXTURE', '--to', 'md', '--colour'], /Unknown option '--colour'/],
    [['export', 'bad.pressroom', '--to', 'md'], /bad\.pressroom: The file cannot be read\. The JSON is broken at line 1, column 2\./],
    [['export', 'newer.pressroom', '--to', 'md'], /The file was made by a newer Pressroom\. The file’s format version is 99\./],
    [['export', 'picture.png', '--to', 'md'], /cannot read picture.png/],
    [['export', 'broken.docx', '--to', 'md'], /The file could not be imported\. This is not a Word document \(DOCX\)/],
    [['export', 'FIXTURE', '--to', 'md', '-o', 'nowhere/x.md'], /no such folder/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['new', '--template', 'no-such-template', '-o', 'x.pressroom'], /no template "no-such-template"/],
    [['new', '--template', 'quotes.ru', '-o', 'x.txt'], /must be a \.pressroom file/],
  ])('bad input %j: one line on stderr, exit 1, nothing written', async (argv, message) => {
    writeFileSync(join(folder, 'bad.pressroom'), 'not json');
    writeFileSync(join(folder, 'newer.pressroom'), JSON.stringify({ format: 'pressroom', version: 99 }));
    writeFileSync(join(folder, 'picture.png'), 'x');
    writeFileSync(join(folder, 'broken.docx'), 'PK not a zip');
    const before = readdirSync(folder).sort();
    expect(await run(...argv.map((arg) => (arg === 'FIXTURE' ? FIXTURE : arg)))).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(err[0]?.trimEnd().split('\n')).toHaveLength(1);
    expect(err[0]?.startsWith('pressroom: ')).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(before);
  });

  it('does not overwrite an existing file without --force, and never the input', async () => {
    writeFileSync(join(folder, 'taken.md'), 'keep me');
    expect(await run('export', FIXTURE, '--to', 'md', '-o', 'taken.md')).toBe(1);
    expect(readFileSync(join(folder, 'taken.md'), 'utf8')).toBe('keep me');
    expect(await run('export', FIXTURE, '--to', 'md', '-o', 'taken.md', '--force')).toBe(0);
    expect(readFileSync(join(folder, 'taken.md'), 'utf8')).toContain('# В Алматы');
    expect(await run('export', 'taken.md', '--to', 'md')).toBe(1);
    expect(err.at(-1)).toMatch(/would overwrite the input/);
  });
});

describe('pressroom templates and new', () => {
  it('lists the built-in templates and the user library', async () => {
    const library = join(folder, 'user-data', 'templates');
    mkdirSync(library, { recursive: true });
    writeFileSync(join(library, 'mine.pressroom'), readFileSync(FIXTURE));
    expect(await run('templates')).toBe(0);
    const listing = out.join('');
    expect(listing).toContain('built-in:conference-write-up.ru.pressroom');
    expect(listing).toContain('built-in:quotes.kk.pressroom');
    expect(listing).toContain('library:mine.pressroom');
    out = [];
    expect(await run('templates', '--json')).toBe(0);
    expect(JSON.parse(out.join('')).length).toBeGreaterThanOrEqual(13);
  });

  it('starts a release from a template', async () => {
    expect(await run('new', '--template', 'built-in:conference-write-up.kk.pressroom', '-o', 'new.pressroom')).toBe(0);
    const read = readDocumentText(readFileSync(join(folder, 'new.pressroom'), 'utf8'));
    expect(read.ok && read.document.metadata.language).toBe('kk');
    expect(read.ok && read.document.template).toBeUndefined();
    expect(existsSync(join(folder, 'new.pressroom'))).toBe(true);
  });

  it('--help on each command', async () => {
    for (const argv of [['--help'], ['export', '--help'], ['templates', '-h'], ['new', '--help']]) {
      out = [];
      expect(await run(...argv)).toBe(0);
      expect(out.join('')).toMatch(/^Usage: pressroom/);
    }
  });
});

describe('the installed command', () => {
  const built = join(ROOT, 'out/cli/pressroom.js');
  it.skipIf(!existsSync(built))('bin/pressroom.js runs the built command (npm install builds it)', () => {
    const help = spawnSync(process.execPath, [join(ROOT, 'bin/pressroom.js'), '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('export <file> --to md|html|docx');
    const bad = spawnSync(process.execPath, [join(ROOT, 'bin/pressroom.js'), 'export', 'nope.md', '--to', 'md'], { encoding: 'utf8', cwd: folder });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe(`pressroom: ${join(folder, 'nope.md')}: File not found. It may have been moved or deleted. (ENOENT)\n`);
  });
});

describe('pressroom export and the organisation', () => {
  it('writes the Word file in the organisation’s house style', async () => {
    mkdirSync(join(folder, 'user-data'), { recursive: true });
    writeFileSync(join(folder, 'user-data', 'settings.json'), JSON.stringify({ organisation: { houseStyle: { paragraphs: 'first-line-indent' } } }));
    expect(await run('export', FIXTURE, '--to', 'docx', '-o', 'indented.docx')).toBe(0);
    const styles = await (await JSZip.loadAsync(readFileSync(join(folder, 'indented.docx')))).file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/w:styleId="Normal"[^]*?<w:ind w:firstLine="567"\/>/);
  });

  it('writes the organisation’s wire dateline with its agency line in every format, and prints PDF on its paper', async () => {
    mkdirSync(join(folder, 'user-data'), { recursive: true });
    const datelines = { ru: { style: 'wire', agency: 'Казинформ' }, kk: { style: 'wire', agency: 'ҚазАқпарат' }, en: { style: 'standard', agency: '' } };
    writeFileSync(join(folder, 'user-data', 'settings.json'), JSON.stringify({ organisation: { datelines, paper: 'letter' } }));
    const kazakh = join(ROOT, 'core/formats/fixtures/opening-speech.kk.pressroom');
    expect(await run('export', kazakh, '--to', 'md', '-o', 'kk.md')).toBe(0);
    expect(readFileSync(join(folder, 'kk.md'), 'utf8')).toContain('АЛМАТЫ. Тамыздың 29-ы. ҚазАқпарат\u00a0\u2013');
    expect(await run('export', FIXTURE, '--to', 'html', '-o', 'ru.html')).toBe(0);
    const html = readFileSync(join(folder, 'ru.html'), 'utf8');
    expect(html).toContain('АЛМАТЫ. 29 августа. Казинформ\u00a0\u2013');
    expect(html).not.toContain('Алматы, 29 августа 2025 года');
    expect(await run('export', FIXTURE, '--to', 'docx', '-o', 'ru.docx')).toBe(0);
    const word = await (await JSZip.loadAsync(readFileSync(join(folder, 'ru.docx')))).file('word/document.xml')!.async('string');
    expect(word).toContain('АЛМАТЫ. 29 августа. Казинформ\u00a0\u2013');
    expect(word).toContain('w:w="12240"');
    expect(await run('export', FIXTURE, '--to', 'pdf', '-o', 'ru.pdf')).toBe(0);
    const pdf = new Uint8Array(readFileSync(join(folder, 'ru.pdf')));
    expect(pdfPages(pdf)).toMatchObject({ width: 612, height: 792 });
    expect(pdfText(pdf).replace(/\u00a0/g, ' ')).toContain('АЛМАТЫ. 29 августа. Казинформ –');
    // --paper still wins over the organisation's paper
    expect(await run('export', FIXTURE, '--to', 'pdf', '--paper', 'a4', '-o', 'a4.pdf')).toBe(0);
    expect(pdfPages(new Uint8Array(readFileSync(join(folder, 'a4.pdf'))))).toMatchObject({ width: 595.28, height: 841.89 });
    expect(err).toEqual([]);
  });
});

describe('pressroom check', () => {
  it('prints one line per finding and exits 1 while an error remains (the Almaty release keeps two blanks)', async () => {
    expect(await run('check', FIXTURE, '--lang', 'ru')).toBe(1);
    const lines = out.join('').trimEnd().split('\n');
    expect(lines).toEqual([
      'warning block   1  headline-long: Заголовок длинный – знаков: 91, информагентства ждут до 90',
      'error   block  15  blank: Не заполнен пропуск «ФИО награждённого»',
      'error   block  15  blank: Не заполнен пропуск «должность»',
      'warning block  16  contact-missing: Нет контактов для СМИ',
    ]);
    expect(err).toEqual([]);
  });

  it('speaks the locale’s language without --lang (LANG=kk_KZ.UTF-8: Kazakh words), English when the locale is neither', async () => {
    const inLocale = (LANG: string) =>
      runCli(['check', FIXTURE], { stdout: (text) => out.push(text), stderr: (text) => err.push(text), writeStdoutBytes: (chunk) => bytes.push(chunk), env: { PRESSROOM_USER_DATA: join(folder, 'user-data'), LANG }, cwd: folder });
    expect(await inLocale('kk_KZ.UTF-8')).toBe(1);
    expect(out.join('')).toContain('бос орны толтырылмаған');
    out = [];
    await inLocale('de_DE.UTF-8');
    expect(out.join('')).toContain('blank: Blank not filled in');
  });

  it('exits 0 on a release with warnings only, and takes the limits from the organisation’s settings', async () => {
    const kazakh = join(ROOT, 'core/formats/fixtures/opening-speech.kk.pressroom');
    expect(await run('check', kazakh)).toBe(0);
    mkdirSync(join(folder, 'user-data'), { recursive: true });
    writeFileSync(join(folder, 'user-data', 'settings.json'), JSON.stringify({ organisation: { checklist: { totalWords: 20 } } }));
    out = [];
    expect(await run('check', kazakh, '--lang', 'kk')).toBe(0);
    expect(out.join('')).toMatch(/words-over: Релизде \d+ сөз, шегі 20/);
    out = [];
    expect(await run('check', kazakh, '--words', '800', '--json')).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ errors: 0, findings: [] });
  });

  it('--json gives each finding its severity, rule, block, path and words', async () => {
    expect(await run('check', FIXTURE, '--json')).toBe(1);
    const report = JSON.parse(out.join(''));
    expect(report.errors).toBe(2);
    expect(report.findings[1]).toEqual({ rule: 'blank', severity: 'error', path: [14, 1, 0, 1], values: { hint: 'ФИО награждённого' }, block: 15, text: 'Blank not filled in: “ФИО награждённого”' });
  });

  it.each([
    [['check'], /check needs a file/],
    [['check', 'FIXTURE', '--lang', 'de'], /unknown language "de"/],
    [['check', 'FIXTURE', '--words', 'many'], /--words takes a whole number/],
  ])('refuses %j with one line', async (argv, message) => {
    expect(await run(...argv.map((arg) => (arg === 'FIXTURE' ? FIXTURE : arg)))).toBe(1);
    expect(err.join('')).toMatch(message);
  });
});
