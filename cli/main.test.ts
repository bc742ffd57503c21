import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The built command (out/cli/pressroom.js, `npm run build:cli`) as a shell runs it: its output read only in part
 * (`pressroom check … | head -1`) ends it quietly, with the exit code the command gives, and no stack trace.
 */
const root = join(import.meta.dirname, '..');
const BUILT = join(root, 'out/cli/pressroom.js');
const work = mkdtempSync(join(tmpdir(), 'pressroom-cli-pipe-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!existsSync(BUILT))('the built command, its output read in part', () => {
  it('pressroom check | head -1: one line read, the pipe closed, exit 1 for the errors, nothing on stderr', async () => {
    const template = join(work, 'release.pressroom');
    writeFileSync(template, readFileSync(join(root, 'templates/conference-write-up.ru.pressroom')));
    const child = spawn(process.execPath, [BUILT, 'check', template], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PRESSROOM_USER_DATA: work } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    // The reader goes away after its first line, as head does.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(first).toMatch(/^error /u);
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});
