import { fileURLToPath } from 'node:url';
import { createGuardedReader } from '../electron/services/guarded-reader';
import { runCli } from './pressroom';

/** The `pressroom` command's entry point (built to out/cli/pressroom.js, its reader's worker to out/cli/input-worker.js). */
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeStdoutBytes: (bytes) => process.stdout.write(bytes),
  env: process.env,
  cwd: process.cwd(),
  reader: createGuardedReader({ workerFile: fileURLToPath(new URL('./input-worker.js', import.meta.url)) }),
});
process.exitCode = code;
