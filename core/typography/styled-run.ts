import type { ReleaseLanguage } from '../model/types';

/**
 * A run of text with its marks, flattened out of Slate's inline nodes: what every formatter prints.
 * `url` is set on the runs of a link (already checked to be http, https or mailto). `\n` is a soft line break.
 * `lang`: words marked as another language than the release's (HTML `lang`, Word's run language).
 */
export interface StyledRun {
  text: string;
  bold?: true;
  italic?: true;
  url?: string;
  lang?: ReleaseLanguage;
}

/** The plain text of runs, soft breaks kept as `\n`. */
export function runsText(runs: readonly StyledRun[]): string {
  let text = '';
  for (const run of runs) text += run.text;
  return text;
}
