#!/usr/bin/env node
/* global process, URL */
// The `pressroom` command (package.json "bin"). The command itself is built from cli/ to out/cli/pressroom.js by
// `npm run build:cli`, which `npm install` runs through the `prepare` script.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../out/cli/pressroom.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('pressroom: the command is not built yet; run `npm run build:cli` (npm install does it)\n');
  process.exit(1);
}
await import(pathToFileURL(built).href);
