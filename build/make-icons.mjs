/* global process, console, Buffer */
// Renders build/icon.svg into the PNG, ICO and ICNS icons electron-builder uses, with headless Chromium.
// Run: node build/make-icons.mjs   (needs chromium; the results are committed, so packaging does not need it)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const svg = pathToFileURL(join(here, 'icon.svg')).href;
const work = join(tmpdir(), `pressroom-icons-${process.pid}`);
mkdirSync(work, { recursive: true });
mkdirSync(join(here, 'icons'), { recursive: true });

function render(size) {
  const page = join(work, `icon-${size}.html`);
  writeFileSync(page, `<!doctype html><body style="margin:0;background:transparent"><img src="${svg}" width="${size}" height="${size}" style="display:block"></body>`);
  const out = join(work, `icon-${size}.png`);
  execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--default-background-color=00000000',
    `--window-size=${size},${size}`, `--screenshot=${out}`, '--allow-file-access-from-files', pathToFileURL(page).href], { stdio: 'ignore' });
  return readFileSync(out);
}

const sizes = [1024, 512, 256, 128, 64, 48, 32, 16];
const png = Object.fromEntries(sizes.map((size) => [size, render(size)]));

writeFileSync(join(here, 'icon.png'), png[1024]);
for (const size of sizes.filter((s) => s <= 512)) writeFileSync(join(here, 'icons', `${size}x${size}.png`), png[size]);

// ICO with PNG-compressed images (Windows Vista and later).
const icoSizes = [256, 64, 48, 32, 16];
const header = Buffer.alloc(6 + 16 * icoSizes.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(icoSizes.length, 4);
let offset = header.length;
icoSizes.forEach((size, index) => {
  const entry = 6 + 16 * index;
  header.writeUInt8(size >= 256 ? 0 : size, entry);
  header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
  header.writeUInt16LE(1, entry + 4);
  header.writeUInt16LE(32, entry + 6);
  header.writeUInt32LE(png[size].length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += png[size].length;
});
writeFileSync(join(here, 'icon.ico'), Buffer.concat([header, ...icoSizes.map((size) => png[size])]));

// ICNS with PNG entries (ic10 1024, ic09 512, ic08 256, ic07 128, icp6 64, icp5 32, icp4 16).
const icnsTypes = [['ic10', 1024], ['ic09', 512], ['ic08', 256], ['ic07', 128], ['icp6', 64], ['icp5', 32], ['icp4', 16]];
const chunks = icnsTypes.map(([type, size]) => {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'ascii');
  head.writeUInt32BE(png[size].length + 8, 4);
  return Buffer.concat([head, png[size]]);
});
const body = Buffer.concat(chunks);
const icnsHead = Buffer.alloc(8);
icnsHead.write('icns', 0, 'ascii');
icnsHead.writeUInt32BE(body.length + 8, 4);
writeFileSync(join(here, 'icon.icns'), Buffer.concat([icnsHead, body]));

rmSync(work, { recursive: true, force: true });
console.log(`icons written to ${here}`);
