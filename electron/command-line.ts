import { isAbsolute, resolve } from 'node:path';

/** Files the app opens when given on the command line or by the OS: documents and importable formats. */
export const OPENABLE_EXTENSIONS = ['.pressroom', '.md', '.markdown', '.docx', '.html', '.htm'] as const;

export function isOpenablePath(path: string): boolean {
  const lower = path.toLowerCase();
  return OPENABLE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/**
 * The document named on a command line, resolved against `workingDirectory`.
 * argv is process.argv (or a second instance's argv): the executable first, in development also the app
 * folder (`electron .`); Chromium switches (`--foo`) are skipped. Only openable file names count.
 */
export function documentPathFromArgv(argv: readonly string[], workingDirectory: string, isDefaultApp: boolean): string | null {
  const args = argv.slice(isDefaultApp ? 2 : 1);
  for (const arg of args) {
    if (arg.startsWith('-') || arg.length === 0) continue;
    if (!isOpenablePath(arg)) continue;
    return isAbsolute(arg) ? arg : resolve(workingDirectory, arg);
  }
  return null;
}
