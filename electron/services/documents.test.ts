import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileStamp } from '../../core/api';
import { writeDocumentText } from '../../core/model/document-file';
import { createBlankDocument } from '../../core/model/new-document';
import type { PressroomDocument } from '../../core/model/types';
import { nodeAtomicWriteFs, tempPathFor } from './atomic-write';
import type { AtomicWriteFs } from './atomic-write';
import { createDocumentService, displayName, safeFileName } from './documents';
import type { DocumentServiceOptions } from './documents';
import { sha256Hex } from './file-stamp';
import { almatyRelease } from './fixtures/sample-release';
import { sampleText } from '../../test/fixtures/sample';

let root: string;
let userDataDir: string;
let documentsDir: string;
let saveAnswers: (string | null)[];
let openAnswers: (string | null)[];
let recentlyTouched: string[];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pressroom-documents-'));
  userDataDir = join(root, 'user-data');
  documentsDir = join(root, 'documents');
  await mkdir(userDataDir);
  await mkdir(documentsDir);
  saveAnswers = [];
  openAnswers = [];
  recentlyTouched = [];
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function service(overrides: Partial<DocumentServiceOptions> = {}) {
  return createDocumentService({
    userDataDir,
    documentsDir,
    dialogs: {
      chooseFileToOpen: async () => openAnswers.shift() ?? null,
      chooseFilesToOpen: async () => [],
      chooseSavePath: async () => saveAnswers.shift() ?? null,
      chooseFolder: async () => null,
    },
    interfaceLanguage: async () => 'ru',
    onOpenedOrSaved: (path) => {
      recentlyTouched.push(path);
    },
    ...overrides,
  });
}

const systemError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
/** Every write fails with `code` once it has put a few bytes into the temp file. */
function failingFs(code: string): AtomicWriteFs {
  return {
    ...nodeAtomicWriteFs,
    open: async (path, flags, mode) => {
      const handle = await nodeAtomicWriteFs.open(path, flags, mode);
      return {
        writeFile: async (data: string | Uint8Array) => {
          await handle.writeFile(typeof data === 'string' ? data.slice(0, 16) : data.subarray(0, 16));
          throw systemError(code);
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      } as Awaited<ReturnType<AtomicWriteFs['open']>>;
    },
  };
}
/** Opening a file for writing fails, as in a read-only folder. */
function refusingFs(code: string): AtomicWriteFs {
  return { ...nodeAtomicWriteFs, open: async () => Promise.reject(systemError(code)) };
}

async function fileWith(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(documentsDir, name);
  await writeFile(path, content);
  return path;
}

async function stampOfFile(path: string): Promise<FileStamp> {
  const bytes = await readFile(path);
  return { mtimeMs: (await stat(path)).mtimeMs, size: bytes.byteLength, sha256: sha256Hex(bytes) };
}

describe('opening a .pressroom file', () => {
  it('opens the Almaty release with its stamp and remembers it among recent files', async () => {
    const document = almatyRelease();
    const path = await fileWith('Конференция.pressroom', writeDocumentText(document));
    const reply = await service().openDocument({ path });
    expect(reply).toEqual({ status: 'opened', file: { path, name: 'Конференция', document, stamp: await stampOfFile(path) } });
    expect(recentlyTouched).toEqual([path]);
  });

  it('asks which file when no path is given; a cancelled dialog opens nothing', async () => {
    const path = await fileWith('a.pressroom', writeDocumentText(createBlankDocument('kk')));
    openAnswers.push(path);
    expect(await service().openDocument({})).toMatchObject({ status: 'opened', file: { path } });
    expect(await service().openDocument({})).toEqual({ status: 'cancelled' });
  });

  it('opens a version 1 file, says it was migrated, and does not rewrite it', async () => {
    const current = almatyRelease();
    const v1 = { ...current, version: 1, metadata: { ...current.metadata } } as Record<string, unknown>;
    const text = JSON.stringify(v1);
    const path = await fileWith('old.pressroom', text);
    const reply = await service().openDocument({ path });
    if (reply.status !== 'opened') expect.fail(JSON.stringify(reply));
    expect(reply.file.migratedFrom).toBe(1);
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  const badFiles: [string, string | Uint8Array, string][] = [
    ['not JSON', '{"format":"pressroom", "version": 2, "metadata": {', 'not-json'],
    ['empty', '', 'not-json'],
    ['not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'not-json'],
    ['another JSON file', '{"name":"package","version":"1.0.0"}', 'not-pressroom'],
    ['a JSON array', '[1,2,3]', 'not-pressroom'],
    ['from a newer Pressroom', JSON.stringify({ ...almatyRelease(), version: 99 }), 'newer-version'],
    ['with an unknown block', JSON.stringify({ ...almatyRelease(), body: [{ type: 'script', children: [{ text: 'alert(1)' }] }] }), 'invalid'],
    ['with a javascript: link', JSON.stringify({ ...almatyRelease(), body: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'x' }] }] }] }), 'invalid'],
  ];
  for (const [label, content, reason] of badFiles) {
    it(`refuses a file ${label} (${reason}) and leaves it byte-identical`, async () => {
      const path = await fileWith('bad.pressroom', content);
      const before = await readFile(path);
      const beforeStat = await stat(path);
      const reply = await service().openDocument({ path });
      expect(reply).toMatchObject({ status: 'failed', problem: { reason, path } });
      expect(await readFile(path)).toEqual(before);
      expect((await stat(path)).mtimeMs).toBe(beforeStat.mtimeMs);
      expect(await readdir(documentsDir)).toEqual(['bad.pressroom']);
      expect(recentlyTouched).toEqual([]);
    });
  }

  it('tells a missing file, a folder and a too large file apart', async () => {
    expect(await service().openDocument({ path: join(documentsDir, 'gone.pressroom') })).toMatchObject({ status: 'failed', problem: { reason: 'not-found' } });
    await mkdir(join(documentsDir, 'folder.pressroom'));
    expect(await service().openDocument({ path: join(documentsDir, 'folder.pressroom') })).toMatchObject({ status: 'failed', problem: { reason: 'io' } });
    const big = await fileWith('big.pressroom', '');
    await writeFile(big, Buffer.alloc(51 * 1024 * 1024, 0x20));
    expect(await service().openDocument({ path: big })).toMatchObject({ status: 'failed', problem: { reason: 'too-large' } });
  });

  it('hands .md, .docx and .html files to the importer and opens the result as a new, unsaved release', async () => {
    const document = almatyRelease();
    const seen: string[] = [];
    const importing = service({
      importFile: async (path, bytes) => {
        seen.push(`${path}:${bytes.byteLength}`);
        return { status: 'imported', format: 'markdown', document };
      },
    });
    const path = await fileWith('Релиз.md', '# В Алматы прошла конференция\n');
    expect(await importing.openDocument({ path })).toEqual({
      status: 'opened',
      file: { path: null, name: 'Релиз', document, stamp: null, importedFrom: 'markdown' },
    });
    expect(seen).toEqual([`${path}:${Buffer.byteLength('# В Алматы прошла конференция\n')}`]);
  });

  it('opens the shared sample, a plain-text release, through the real importer: dateline, lead, quote, every paragraph', async () => {
    const sample = sampleText();
    const path = await fileWith('conference-almaty-constitution.ru.txt', sample);
    const reply = await service().openDocument({ path });
    if (reply.status !== 'opened') throw new Error(JSON.stringify(reply));
    const { file } = reply;
    expect(file).toMatchObject({ path: null, name: 'conference-almaty-constitution.ru', stamp: null, importedFrom: 'text' });
    expect(file.document.metadata).toMatchObject({ language: 'ru', date: '2025-08-29' });
    expect(file.document.body.map((block) => block.type).slice(0, 4)).toEqual(['dateline', 'lead', 'paragraph', 'quote']);
    const words = (text: string) => text.replace(/\s+/g, ' ').trim();
    const imported = words(JSON.stringify(file.document.body));
    for (const paragraph of sample.split(/\n\s*\n/).map((text) => words(text).replace(/^date \d{4}-\d{2}-\d{2} /, '')).filter(Boolean)) {
      // Each paragraph's words arrive (the quote's dash and attribution become the quote's fields).
      const body = paragraph.replace(/^[-–—]\s+/, '').split(/,?\s+[-–—]\s+заявил/)[0] as string;
      expect(imported).toContain(JSON.stringify(body).slice(1, -1).slice(0, 120));
    }
    // The .txt is only read: nothing is written beside it.
    expect(await readdir(documentsDir)).toEqual(['conference-almaty-constitution.ru.txt']);
    expect(await readFile(path, 'utf8')).toBe(sample);
  });

  it('a failing import is a failed reply, never a crash', async () => {
    const path = await fileWith('broken.docx', 'PK not really');
    const throwing = service({ importFile: async () => Promise.reject(new Error('zip end not found')) });
    expect(await throwing.openDocument({ path })).toMatchObject({ status: 'failed', problem: { reason: 'unreadable-import', path } });
    expect(await service().openDocument({ path })).toMatchObject({ status: 'failed', problem: { reason: 'unreadable-import' } });
  });

  it('sweeps our stale temp files in the document’s folder', async () => {
    const path = await fileWith('a.pressroom', writeDocumentText(almatyRelease()));
    const orphan = tempPathFor(path);
    await writeFile(orphan, '{"format":"pre');
    const old = (Date.now() - 10 * 60_000) / 1000;
    await utimes(orphan, old, old);
    await service().openDocument({ path });
    expect(await readdir(documentsDir)).toEqual(['a.pressroom']);
  });
});

describe('saving', () => {
  it('asks where to save a new release, suggesting its title in the documents folder, and writes the .pressroom text', async () => {
    const document = almatyRelease();
    const target = join(documentsDir, 'Конференция.pressroom');
    let suggested = '';
    const saving = service({
      dialogs: {
        chooseFileToOpen: async () => null,
        chooseFilesToOpen: async () => [],
        chooseSavePath: async (options) => {
          suggested = options.defaultPath;
          return join(documentsDir, 'Конференция');
        },
        chooseFolder: async () => null,
      },
    });
    const reply = await saving.saveDocument({ path: null, documentText: JSON.stringify(document), stamp: null });
    expect(suggested).toBe(join(documentsDir, 'Конференция к 30-летию Конституции.pressroom'));
    expect(reply).toEqual({ status: 'saved', path: target, name: 'Конференция', stamp: await stampOfFile(target) });
    expect(await readFile(target, 'utf8')).toBe(writeDocumentText(document));
    expect(recentlyTouched).toEqual([target]);
  });

  it('Save As suggests the name it is given, once with its extension', async () => {
    const asked: string[] = [];
    const saving = service({
      dialogs: {
        chooseFileToOpen: async () => null,
        chooseFilesToOpen: async () => [],
        chooseSavePath: async (options) => {
          asked.push(options.defaultPath);
          return null;
        },
        chooseFolder: async () => null,
      },
    });
    const path = await fileWith('old.pressroom', writeDocumentText(almatyRelease()));
    await saving.saveDocument({ path, documentText: JSON.stringify(almatyRelease()), stamp: null, saveAs: true, suggestedName: 'Қорытынды.pressroom' });
    await saving.saveDocument({ path: null, documentText: JSON.stringify(createBlankDocument('en')), stamp: null });
    expect(asked).toEqual([join(documentsDir, 'Қорытынды.pressroom'), join(documentsDir, 'release.pressroom')]);
  });

  it('a cancelled Save As writes nothing', async () => {
    expect(await service().saveDocument({ path: null, documentText: JSON.stringify(almatyRelease()), stamp: null })).toEqual({ status: 'cancelled' });
    expect(await readdir(documentsDir)).toEqual([]);
  });

  it('refuses to write a document the schema rejects, leaving the old file as it was', async () => {
    const path = await fileWith('release.pressroom', writeDocumentText(almatyRelease()));
    const before = await readFile(path);
    const broken = { ...almatyRelease(), body: [{ type: 'headline', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'x' }] }] }] } as unknown as PressroomDocument;
    const reply = await service().saveDocument({ path, documentText: JSON.stringify(broken), stamp: await stampOfFile(path) });
    expect(reply).toMatchObject({ status: 'failed', problem: { reason: 'invalid' } });
    expect(await readFile(path)).toEqual(before);
  });

  it.each([
    ['text cut short (a torn message)', JSON.stringify(almatyRelease()).slice(0, 300), 'not-json'],
    ['JSON of something else', JSON.stringify({ title: 'Конференция' }), 'not-pressroom'],
    ['a release of an older version', JSON.stringify({ ...almatyRelease(), version: 1 }), 'invalid'],
  ])('a save whose text is %s writes nothing, asks nothing and reports %s', async (_label, documentText, reason) => {
    const path = await fileWith('release.pressroom', writeDocumentText(almatyRelease()));
    const before = await readFile(path);
    saveAnswers.push(join(documentsDir, 'elsewhere.pressroom'));
    const documents = service();
    const reply = await documents.saveDocument({ path, documentText, stamp: await stampOfFile(path) });
    expect(reply).toMatchObject({ status: 'failed', problem: { reason, path } });
    expect(await documents.saveDocument({ path: null, documentText, stamp: null })).toMatchObject({ status: 'failed', problem: { reason } });
    expect(saveAnswers).toHaveLength(1);
    expect(await readFile(path)).toEqual(before);
    expect(await readdir(documentsDir)).toEqual(['release.pressroom']);
    await expect(readdir(join(userDataDir, 'backups'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(recentlyTouched).toEqual([]);
  });

  it('saves over the file it opened and keeps the previous version as a backup in the user-data folder', async () => {
    const first = almatyRelease();
    const path = await fileWith('release.pressroom', writeDocumentText(first));
    const documents = service();
    const opened = await documents.openDocument({ path });
    if (opened.status !== 'opened') expect.fail('not opened');
    const second = { ...first, metadata: { ...first.metadata, title: 'Жаңа тақырып' } };
    const saved = await documents.saveDocument({ path, documentText: JSON.stringify(second), stamp: opened.file.stamp });
    expect(saved).toMatchObject({ status: 'saved', path });
    expect(await readFile(path, 'utf8')).toBe(writeDocumentText(second));
    expect(await readFile(documents.backupPathFor(path), 'utf8')).toBe(writeDocumentText(first));
    expect(documents.backupPathFor(path).startsWith(join(userDataDir, 'backups'))).toBe(true);
    expect(await readdir(documentsDir)).toEqual(['release.pressroom']);
  });

  it('refuses to overwrite a file changed by another program, unless the user chose to overwrite', async () => {
    const path = await fileWith('release.pressroom', writeDocumentText(almatyRelease()));
    const stamp = await stampOfFile(path);
    await writeFile(path, writeDocumentText(createBlankDocument('en')));
    const theirs = await readFile(path);
    const mine = almatyRelease(['Мой новый абзац.']);
    const refused = await service().saveDocument({ path, documentText: JSON.stringify(mine), stamp });
    expect(refused).toMatchObject({ status: 'failed', problem: { reason: 'changed-on-disk', path } });
    expect(await readFile(path)).toEqual(theirs);

    const overwritten = await service().saveDocument({ path, documentText: JSON.stringify(mine), stamp, overwriteChanged: true });
    expect(overwritten).toMatchObject({ status: 'saved' });
    expect(await readFile(path, 'utf8')).toBe(writeDocumentText(mine));
  });

  it('a file merely touched (same bytes, new time) is not a change', async () => {
    const path = await fileWith('release.pressroom', writeDocumentText(almatyRelease()));
    const stamp = await stampOfFile(path);
    await utimes(path, new Date(), new Date(Date.now() + 5000));
    expect(await service().saveDocument({ path, documentText: JSON.stringify(almatyRelease()), stamp })).toMatchObject({ status: 'saved' });
  });

  it('will not silently replace an existing file it never read (a restored draft)', async () => {
    const path = await fileWith('release.pressroom', writeDocumentText(createBlankDocument('ru')));
    expect(await service().saveDocument({ path, documentText: JSON.stringify(almatyRelease()), stamp: null })).toMatchObject({ status: 'failed', problem: { reason: 'changed-on-disk' } });
  });

  it('recreates a file that was deleted behind our back', async () => {
    const path = await fileWith('release.pressroom', writeDocumentText(almatyRelease()));
    const stamp = await stampOfFile(path);
    await rm(path);
    expect(await service().saveDocument({ path, documentText: JSON.stringify(almatyRelease()), stamp })).toMatchObject({ status: 'saved' });
    expect(await readFile(path, 'utf8')).toBe(writeDocumentText(almatyRelease()));
  });

  const failures: [string, AtomicWriteFs, string][] = [
    ['the disk is full', failingFs('ENOSPC'), 'disk-full'],
    ['the disk quota is used up', failingFs('EDQUOT'), 'disk-full'],
    ['the folder is on a read-only disk', refusingFs('EROFS'), 'read-only'],
    ['the folder may not be written', refusingFs('EACCES'), 'permission-denied'],
    ['the system refuses', refusingFs('EPERM'), 'permission-denied'],
    ['an I/O error strikes', failingFs('EIO'), 'io'],
  ];
  for (const [label, fs, reason] of failures) {
    it(`when ${label}: reason ${reason}, the old file intact, no temp file left`, async () => {
      const old = writeDocumentText(almatyRelease());
      const path = await fileWith('release.pressroom', old);
      const reply = await service({ fs }).saveDocument({ path, documentText: JSON.stringify(almatyRelease(['Новый абзац'])), stamp: await stampOfFile(path) });
      expect(reply).toMatchObject({ status: 'failed', problem: { reason, path } });
      expect(await readFile(path, 'utf8')).toBe(old);
      expect(await readdir(documentsDir)).toEqual(['release.pressroom']);
    });
  }

  it('a folder that is really a file gives not-found, and nothing is written', async () => {
    const file = await fileWith('plain', 'x');
    saveAnswers.push(join(file, 'release.pressroom'));
    expect(await service().saveDocument({ path: null, documentText: JSON.stringify(almatyRelease()), stamp: null })).toMatchObject({ status: 'failed', problem: { reason: 'not-found' } });
  });
});

describe('checking the file on disk', () => {
  it('says unchanged, changed (with the new stamp) or missing', async () => {
    const documents = service();
    const path = await fileWith('release.pressroom', writeDocumentText(almatyRelease()));
    const stamp = await stampOfFile(path);
    expect(await documents.checkFileOnDisk({ path, stamp })).toEqual({ status: 'unchanged' });
    await utimes(path, new Date(), new Date(Date.now() + 5000));
    expect(await documents.checkFileOnDisk({ path, stamp })).toEqual({ status: 'unchanged' });
    await writeFile(path, writeDocumentText(createBlankDocument('kk')));
    expect(await documents.checkFileOnDisk({ path, stamp })).toEqual({ status: 'changed', stamp: await stampOfFile(path) });
    await rm(path);
    expect(await documents.checkFileOnDisk({ path, stamp })).toEqual({ status: 'missing' });
  });
});

describe('names', () => {
  it('shows the file name without its extension and makes titles safe as file names', () => {
    expect(displayName('/docs/Қазақстан 2025.pressroom')).toBe('Қазақстан 2025');
    expect(safeFileName('Итоги: «Конституция»/2025?')).toBe('Итоги «Конституция» 2025');
    expect(safeFileName('...')).toBe('release');
    expect(safeFileName('  ')).toBe('release');
  });
});
