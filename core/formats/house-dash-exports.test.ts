import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocumentText } from '../model/document-file';
import type { PressroomDocument } from '../model/types';
import { exportRelease } from './index';
import type { ExportOptions } from './export';

/**
 * The house dash (Edit ▸ Settings ▸ Dash) reaches the quotes of every export: with the em dash a Russian quote is
 * written «— Текст, — заявил Имя.» in Markdown, HTML and Word alike (read back by pandoc), and the dashes typed in
 * the release's own words stay as they were typed.
 */
const HAS_PANDOC = spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
if (!HAS_PANDOC) console.warn('pandoc is not installed here (.ci/run installs it in CI): the house-dash reader test is skipped');

const work = mkdtempSync(join(tmpdir(), 'pressroom-house-dash-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function almaty(): PressroomDocument {
  const read = readDocumentText(readFileSync(join(import.meta.dirname, 'fixtures', 'conference-almaty.ru.pressroom'), 'utf8'));
  if (!read.ok) throw new Error(read.problem.detail);
  return read.document;
}

type Format = ['markdown' | 'html' | 'docx', string, string];
const FORMATS: Format[] = [
  ['markdown', 'md', 'commonmark'],
  ['html', 'html', 'html'],
  ['docx', 'docx', 'docx'],
];

async function readBack(format: Format, options: ExportOptions): Promise<string> {
  const [name, extension, reader] = format;
  const path = join(work, `${name}-${options.houseStyle?.dash ?? 'default'}.${extension}`);
  writeFileSync(path, await exportRelease(almaty(), name, options));
  return execFileSync('pandoc', ['-f', reader, '-t', 'plain', '--wrap=none', path], { encoding: 'utf8' });
}

const count = (text: string, what: string | RegExp): number => (typeof what === 'string' ? text.split(what).length - 1 : (text.match(what) ?? []).length);
/** The attribution's dash: after the no-break space that ends the words, or opening a line (HTML's attribution is its own line). */
const attributionDash = (dash: string) => new RegExp(`(^|\u00a0)${dash} `, 'gmu');
const quotes = (document: PressroomDocument) => document.body.filter((block) => block.type === 'quote').length;

describe.skipIf(!HAS_PANDOC)('the house dash in the quotes of every export', () => {
  it.each(FORMATS)('%s: the em dash opens each quote and its attribution; the typed dashes stay', async (name, extension, reader) => {
    const format: Format = [name, extension, reader];
    const language = await readBack(format, { houseStyle: { paragraphs: 'space-after', dash: 'language' } });
    const em = await readBack(format, { houseStyle: { paragraphs: 'space-after', dash: 'em' } });
    const opening = count(language, '–\u00a0');
    const attribution = count(language, attributionDash('–'));
    expect(opening).toBe(quotes(almaty()));
    expect(attribution).toBeGreaterThan(0);
    expect(count(em, '—\u00a0')).toBe(opening);
    expect(count(em, attributionDash('—'))).toBe(attribution);
    // Everything else is the same text, the release's own en dashes included.
    expect(em.replaceAll('—\u00a0', '–\u00a0').replace(attributionDash('—'), '$1– ')).toBe(language);
    expect(count(em, ' – ')).toBeGreaterThan(0);
  });
});
