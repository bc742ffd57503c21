import type { ReleaseLanguage } from '../model/types';
import type { StyledRun } from '../typography/styled-run';

/**
 * Splits runs into maximal groups sharing a key (a link's URL, bold, italic), so printers nest marks instead of
 * opening and closing them run by run: bold «a» then bold-italic «b» prints as **a*b*** rather than **a*****b***.
 */
export function groupRuns<K>(runs: readonly StyledRun[], key: (run: StyledRun) => K): { key: K; runs: StyledRun[] }[] {
  const groups: { key: K; runs: StyledRun[] }[] = [];
  for (const run of runs) {
    const value = key(run);
    const last = groups[groups.length - 1];
    if (last && last.key === value) last.runs.push(run);
    else groups.push({ key: value, runs: [run] });
  }
  return groups;
}

/**
 * Language, then link, then bold, then italic nesting; `leaf` turns plain text (with `\n` soft breaks) into nodes.
 * A printer without `lang` (Markdown, the PDF's boxes) prints marked words as any others.
 */
export interface RunNesting<Node> {
  lang?(lang: ReleaseLanguage, children: Node[]): Node;
  link(url: string, children: Node[]): Node;
  bold(children: Node[]): Node;
  italic(children: Node[]): Node;
  text(text: string): Node[];
}

export function nestRuns<Node>(runs: readonly StyledRun[], nesting: RunNesting<Node>): Node[] {
  const italic = (group: readonly StyledRun[]): Node[] =>
    groupRuns(group, (run) => run.italic === true).flatMap((part) => {
      const children = nesting.text(part.runs.map((run) => run.text).join(''));
      return part.key ? [nesting.italic(children)] : children;
    });
  const bold = (group: readonly StyledRun[]): Node[] =>
    groupRuns(group, (run) => run.bold === true).flatMap((part) => (part.key ? [nesting.bold(italic(part.runs))] : italic(part.runs)));
  const link = (group: readonly StyledRun[]): Node[] =>
    groupRuns(group, (run) => run.url).flatMap((part) => (part.key ? [nesting.link(part.key, bold(part.runs))] : bold(part.runs)));
  const lang = nesting.lang;
  if (!lang) return link(runs);
  return groupRuns(runs, (run) => run.lang).flatMap((part) => (part.key ? [lang(part.key, link(part.runs))] : link(part.runs)));
}
