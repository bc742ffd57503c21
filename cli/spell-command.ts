import { parseArgs } from 'node:util';
import type { Descendant } from 'slate';
import type { PressroomDocument } from '../core/model/types';
import { misspellingsInRelease } from '../core/spelling/release-spelling';
import type { Misspelling } from '../core/spelling/release-spelling';
import type { ReleaseSpeller } from '../core/spelling/speller';
import { loadSpeller } from '../electron/services/spelling';
import { addUserWord, isAcceptableUserWord } from '../electron/services/user-dictionary';

export const SPELL_HELP = `Usage: pressroom spell <file> [options]
       pressroom spell --add <word> [--add <word> …]

Checks the spelling of a release (.pressroom, .md, .docx, .html or .txt) offline, in Russian, Kazakh and English:
each block in the release's language, a Kazakh phrase in a Russian release as Kazakh, Latin words as English.
One line per misspelled word, with suggestions; exit 1 when a word is misspelled.

Options:
      --json             Print the findings as JSON
      --add <word>       Add a word to your dictionary (the app's too: user-data/dictionary.txt)
  -h, --help             Show this help
Environment: PRESSROOM_USER_DATA sets the app's user-data folder (default: where the desktop app keeps it).
`;

export interface SpellFinding {
  word: string;
  language: string;
  /** Where: the block's number (from 1) and type, and the field when the block has fields. */
  where: string;
  path: number[];
  suggestions: string[];
}

/** "paragraph 3", "quote 5, speaker", "award ceremony 7, row 2, recipient". */
export function placeOf(body: readonly Descendant[], path: readonly number[]): string {
  const parts: string[] = [];
  let nodes: readonly Descendant[] = body;
  for (let depth = 0; depth < path.length; depth += 1) {
    const node = nodes[path[depth] as number] as { type?: string; name?: string; children?: Descendant[] } | undefined;
    if (!node || node.type === undefined) break;
    if (depth === 0) parts.push(`${node.type.replace(/-/g, ' ')} ${(path[0] as number) + 1}`);
    else if (node.type === 'field' && node.name) parts.push(node.name);
    else if (node.type === 'award-row') parts.push(`row ${path[depth] as number}`);
    else if (node.type === 'list-item') parts.push(`item ${(path[depth] as number) + 1}`);
    nodes = node.children ?? [];
  }
  return parts.join(', ');
}

export function findMisspellings(document: PressroomDocument, speller: ReleaseSpeller): SpellFinding[] {
  const body = document.body as unknown as Descendant[];
  const found: Misspelling[] = misspellingsInRelease(body, document.metadata.language, (word, language) => speller.isCorrect(word, language));
  return found.map((entry) => ({
    word: entry.word,
    language: entry.language,
    where: placeOf(body, entry.anchor.path),
    path: entry.anchor.path,
    suggestions: speller.suggestions(entry.word, entry.language),
  }));
}

export async function spellCommand(
  args: string[],
  io: { stdout: (text: string) => void },
  context: { userDataDir: string; readRelease: (path: string) => Promise<PressroomDocument>; resolvePath: (path: string) => string; usage: (message: string) => Error },
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, add: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(SPELL_HELP);
    return 0;
  }
  if (values.add?.length) {
    if (positionals.length > 0) throw context.usage('spell --add takes words, not a file');
    for (const word of values.add) {
      if (!isAcceptableUserWord(word)) throw context.usage(`"${word}" is not a word (letters, with inner hyphens or apostrophes)`);
    }
    for (const word of values.add) await addUserWord(context.userDataDir, word);
    io.stdout(`added to ${context.userDataDir}/dictionary.txt: ${values.add.join(', ')}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw context.usage(positionals.length === 0 ? 'spell needs a file (pressroom spell <file>)' : 'spell takes one file');
  const document = await context.readRelease(context.resolvePath(positionals[0] as string));
  const speller = await loadSpeller({ userDataDir: context.userDataDir });
  const findings = findMisspellings(document, speller);
  if (values.json) io.stdout(`${JSON.stringify(findings, null, 2)}\n`);
  else {
    for (const finding of findings) {
      const suggestions = finding.suggestions.length ? ` → ${finding.suggestions.slice(0, 3).join(', ')}` : '';
      io.stdout(`${finding.where}: ${finding.word} (${finding.language})${suggestions}\n`);
    }
  }
  return findings.length > 0 ? 1 : 0;
}
