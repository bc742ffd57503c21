/** Schemes a link may point to. Everything else (javascript:, data:, file:, vbscript:…) is refused. */
export const SAFE_URL_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

/**
 * Parses `candidate` and returns the normalised URL when it is an http, https or mailto URL, else null.
 * Parsing (not pattern matching) defeats tricks such as `java\tscript:` or upper-case schemes.
 */
export function safeUrl(candidate: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(candidate.trim());
  } catch {
    return null;
  }
  if (!(SAFE_URL_SCHEMES as readonly string[]).includes(parsed.protocol)) return null;
  if (parsed.protocol !== 'mailto:' && !parsed.hostname) return null;
  return parsed.href;
}

export function isSafeUrl(candidate: string): boolean {
  return safeUrl(candidate) !== null;
}
