import module from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * The `pressroom` command's entry point (built to out/cli/pressroom.js, its reader's worker to out/cli/input-worker.js).
 * On Node ≥ 22.1 the compiled code of the command's modules is cached on disk (node:module's enableCompileCache, in
 * the system's temporary folder), so a second start does not compile them again; Node 20 has no such cache and
 * starts as before. The rest is imported after that, so it is compiled with the cache on.
 */
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const [{ createGuardedReader }, { runCli }] = await Promise.all([import('../electron/services/guarded-reader'), import('./pressroom')]);

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeStdoutBytes: (bytes) => process.stdout.write(bytes),
  env: process.env,
  cwd: process.cwd(),
  reader: createGuardedReader({ workerFile: fileURLToPath(new URL('./input-worker.js', import.meta.url)) }),
});
process.exitCode = code;
