import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDocumentText } from '../core/model/document-file';
import { runCli } from './pressroom';
import { SAMPLE_PATH } from '../test/fixtures/sample';

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
    [['export', 'missing.pressroom', '--to', 'md'], /no such file/],
    [['export', 'FIXTURE', '--to', 'pdf'], /unknown format "pdf"/],
    [['export', 'FIXTURE', '--to', 'md', '--paper', 'a4'], /--paper applies to --to docx only/],
    [['export', 'FIXTURE', '--to', 'html', '--profile', 'tiny'], /unknown profile "tiny"/],
    [['export', 'FIXTURE', '--to', 'md', '--colour'], /Unknown option '--colour'/],
    [['export', 'bad.pressroom', '--to', 'md'], /is not a Pressroom file \(not JSON\)/],
    [['export', 'newer.pressroom', '--to', 'md'], /newer version of Pressroom/],
    [['export', 'picture.png', '--to', 'md'], /cannot read picture.png/],
    [['export', 'broken.docx', '--to', 'md'], /cannot import/],
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
    expect(bad.stderr).toBe(`pressroom: ${join(folder, 'nope.md')}: no such file\n`);
  });
});
