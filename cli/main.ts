import { runCli } from './pressroom';

/** The `pressroom` command's entry point (built to out/cli/pressroom.js). */
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeStdoutBytes: (bytes) => process.stdout.write(bytes),
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
