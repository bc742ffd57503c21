/**
 * The renderer's Content-Security-Policy. It is sent as a response header by the app:// protocol and
 * repeated in renderer/index.html's <meta> (a test keeps both at least this strict).
 *
 * - scripts only from our own origin: no inline script, no eval, no remote code;
 * - no network: connect, frames, objects, forms and remote images are all refused;
 * - workers only from our own origin (the spelling worker, renderer/spelling/spell-worker.ts);
 * - images may be our files or data:/blob: (pasted pictures never reach the network);
 * - inline styles are allowed because React and Slate set element styles.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'media-src': ["'none'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

const policyText = (directives: Readonly<Record<string, readonly string[]>>): string =>
  Object.entries(directives)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');

export const CONTENT_SECURITY_POLICY = policyText(CSP_DIRECTIVES);

/**
 * The spelling worker's own policy (a worker's policy comes with its script's response). The page's, plus
 * 'wasm-unsafe-eval' so the worker may compile the Hunspell WebAssembly it ships with — compiling WebAssembly
 * only: JavaScript eval stays refused. It fetches the dictionaries from the app itself (connect-src 'self') and
 * starts no workers of its own.
 */
export const SPELLING_WORKER_CSP = policyText({ ...CSP_DIRECTIVES, 'script-src': ["'self'", "'wasm-unsafe-eval'"], 'worker-src': ["'none'"] });

/** The built spelling worker's file name (Vite names it after renderer/spelling/spell-worker.ts). */
export const SPELLING_WORKER_FILE = /^spell-worker-[\w-]+\.js$/;

/** The policy an app file is served with: the spelling worker's for the spelling worker, the page's for the rest. */
export function policyForFile(fileName: string): string {
  return SPELLING_WORKER_FILE.test(fileName) ? SPELLING_WORKER_CSP : CONTENT_SECURITY_POLICY;
}

/** Parses a policy string into directive → sources (lower-cased directive names). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}

/** The sources that apply to `directive`, falling back to default-src as browsers do. */
export function effectiveSources(policy: Map<string, string[]>, directive: string): string[] {
  return policy.get(directive) ?? policy.get('default-src') ?? ['*'];
}

/** Why a policy is weaker than ours, one line per weakness; empty when it is at least as strict. */
export function cspWeaknesses(policy: string, options: { allowWebAssembly?: boolean } = {}): string[] {
  const parsed = parseCsp(policy);
  const problems: string[] = [];
  const defaults = parsed.get('default-src');
  if (!defaults || !(defaults.length === 1 && ["'none'", "'self'"].includes(defaults[0] ?? ''))) {
    problems.push(`default-src must be 'none' or 'self', is ${defaults?.join(' ') ?? 'missing'}`);
  }
  const scripts = effectiveSources(parsed, 'script-src');
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", 'data:', 'blob:', '*', 'http:', 'https:']) {
    if (scripts.includes(bad)) problems.push(`script-src allows ${bad}`);
  }
  if (scripts.some((source) => /^https?:\/\//.test(source))) problems.push('script-src allows a remote host');
  if (scripts.includes("'wasm-unsafe-eval'") && !options.allowWebAssembly) problems.push("script-src allows 'wasm-unsafe-eval'");
  const workers = effectiveSources(parsed, 'worker-src');
  if (!workers.every((source) => source === "'self'" || source === "'none'")) problems.push(`worker-src must be 'self' or 'none', is ${workers.join(' ')}`);
  for (const directive of ['object-src', 'base-uri', 'frame-src']) {
    const sources = effectiveSources(parsed, directive);
    if (!(sources.length === 1 && sources[0] === "'none'")) problems.push(`${directive} must be 'none', is ${sources.join(' ')}`);
  }
  for (const directive of ['connect-src', 'img-src', 'font-src', 'media-src', 'style-src']) {
    const sources = effectiveSources(parsed, directive);
    if (sources.some((source) => source === '*' || source === 'http:' || source === 'https:' || /^(https?|wss?):\/\//.test(source))) {
      problems.push(`${directive} allows the network (${sources.join(' ')})`);
    }
  }
  return problems;
}
