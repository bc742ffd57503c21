import { statSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

/**
 * The `pressroom` command's entry point (built to out/cli/pressroom.js, its reader's worker to out/cli/input-worker.js).
 * On Node ≥ 22.1 the compiled code of the command's modules is cached on disk (node:module's enableCompileCache, in
 * the system's temporary folder), so a second start does not compile them again; Node 20 has no such cache and
 * starts as before. The rest is imported after that, so it is compiled with the cache on.
 */
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

/**
 * `pressroom export` of a release-sized file runs without V8's optimising compiler (TurboFan). Such an export lasts
 * half a second: the optimiser's background compiles of fontkit's and zod's hot functions cost more CPU than they
 * save (cold `pressroom export --to pdf` of the Almaty release: about 550 → 400 ms of CPU, wall time no worse; the
 * export bench prints it). On a bigger file (a 2,000-block document is 1 MB) the optimised code pays for itself
 * (its PDF took 10 % longer without it), and so it does for the speller's dictionaries (check and spell were 40 %
 * slower without it): those keep the optimiser.
 */
const SHORT_COMMAND_BYTES = 256 * 1024;
const sizeOf = (path: string): number => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};
// `pressroom export <file> …`: the file is the first argument after the command (-o's path is not read).
const [command, file] = process.argv.slice(2);
if (command === 'export' && file !== undefined && !file.startsWith('-') && sizeOf(file) < SHORT_COMMAND_BYTES) setFlagsFromString('--no-opt');
const [{ createGuardedReader }, { runCli }] = await Promise.all([import('../electron/services/guarded-reader'), import('./pressroom')]);

/**
 * Output read only in part (`pressroom check release.pressroom | head -3`): once the reader has closed the pipe,
 * what is left to write is dropped and the command ends as it would have, without Node's EPIPE stack trace.
 */
let readerGone = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  readerGone = true;
});
const toStdout = (chunk: string | Uint8Array): boolean => readerGone || process.stdout.write(chunk);

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => toStdout(text),
  stderr: (text) => process.stderr.write(text),
  writeStdoutBytes: (bytes) => toStdout(bytes),
  env: process.env,
  cwd: process.cwd(),
  reader: createGuardedReader({ workerFile: fileURLToPath(new URL('./input-worker.js', import.meta.url)) }),
});
process.exitCode = code;
