import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { damagedReleases } from '../../test/fixtures/damaged-releases';
import { createDocumentService } from './documents';
import type { DocumentService } from './documents';
import { problemFromError } from './file-problems';

let folder: string;
let documents: DocumentService;
const none = async () => null;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pressroom-file-problems-'));
  await mkdir(join(folder, 'user-data'));
  documents = createDocumentService({
    userDataDir: join(folder, 'user-data'),
    documentsDir: folder,
    dialogs: { chooseFileToOpen: none, chooseFilesToOpen: async () => [], chooseSavePath: none, chooseFolder: none },
    interfaceLanguage: async () => 'kk',
  });
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('opening a damaged .pressroom', () => {
  damagedReleases().forEach((damaged, index) => {
    it(`${damaged.name}: the reply says what is wrong as data, the parser's words apart`, async () => {
      const path = join(folder, `${index}.pressroom`);
      await writeFile(path, damaged.text);
      const reply = await documents.openDocument({ path });
      if (reply.status !== 'failed') expect.fail(`opened: ${reply.status}`);
      expect(reply.problem.reason).toBe(damaged.reason);
      expect(reply.problem.damage).toEqual(damaged.damage);
      expect(reply.problem.path).toBe(path);
      expect(await readFile(path, 'utf8')).toBe(damaged.text);
    });
  });

  it('bytes that are not UTF-8: not text', async () => {
    const path = join(folder, 'cp1251.pressroom');
    await writeFile(path, Buffer.from([0x7b, 0x22, 0xc0, 0xeb, 0xec, 0xe0, 0xf2, 0xfb, 0x22, 0x7d]));
    expect(await documents.openDocument({ path })).toMatchObject({ status: 'failed', problem: { reason: 'not-json', damage: { kind: 'not-text' }, path } });
  });
});

describe('a system error', () => {
  it('keeps its code apart from the system’s English message', () => {
    const error = Object.assign(new Error("EACCES: permission denied, open '/srv/press/релиз.pressroom'"), { code: 'EACCES' });
    expect(problemFromError(error, '/srv/press/релиз.pressroom')).toEqual({
      reason: 'permission-denied',
      code: 'EACCES',
      path: '/srv/press/релиз.pressroom',
      detail: "EACCES: permission denied, open '/srv/press/релиз.pressroom'",
    });
    expect(problemFromError(new Error('disk on fire'))).toEqual({ reason: 'io', detail: 'disk on fire' });
    expect(problemFromError(Object.assign(new Error('i/o error'), { code: 'EIO' }))).toEqual({ reason: 'io', code: 'EIO', detail: 'EIO: i/o error' });
    expect(problemFromError(Object.assign(new Error('x'), { code: 'not a code' }))).not.toHaveProperty('code');
  });
});
