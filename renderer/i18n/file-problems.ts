import type { FileProblem } from '../../core/api';
import type { DocumentDamage } from '../../core/model/document-damage';

/** i18next's t, as these functions use it (any namespace's t will do: they name theirs). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const inProblems = (t: Translate, key: string, values: Record<string, unknown> = {}) => t(key, { ...values, ns: 'problems' });

/** What exactly is wrong in a damaged file, in one sentence of the interface language. */
export function damageText(t: Translate, damage: DocumentDamage): string {
  const key = `damage.${damage.kind}`;
  switch (damage.kind) {
    case 'json-syntax':
      return inProblems(t, key, { line: damage.line, column: damage.column });
    case 'unknown-version':
      return inProblems(t, key, { version: damage.version });
    case 'unknown-block-type':
      return inProblems(t, key, { block: damage.block, type: damage.blockType });
    case 'untyped-block':
    case 'unsafe-link':
      return inProblems(t, key, { block: damage.block });
    case 'block':
      return inProblems(t, key, { block: damage.block, name: t(`block.${damage.blockType}`, { ns: 'app', defaultValue: damage.blockType }) });
    case 'metadata-missing':
    case 'metadata-unexpected':
    case 'metadata-wrong':
      return inProblems(t, key, { field: inProblems(t, `field.${damage.field}`, { defaultValue: damage.field }) });
    default:
      return inProblems(t, key);
  }
}

/**
 * A file problem for a dialog: the title, the message (what happened and, for a damaged file, what exactly is
 * wrong) and the technical lines (the file, the system's error code). All in the interface language: the
 * parser's or the system's English (`problem.detail`) is never shown.
 */
export function describeFileProblem(t: Translate, problem: FileProblem): { title: string; body: string; lines: string[] } {
  const reason = `reason.${problem.reason}`;
  const body = inProblems(t, `${reason}.body`, { version: problem.version ?? '?' });
  const lines: string[] = [];
  if (problem.path) lines.push(inProblems(t, 'file', { path: problem.path }));
  if (problem.code) lines.push(inProblems(t, 'code', { code: problem.code }));
  return {
    title: inProblems(t, `${reason}.title`),
    body: problem.damage ? `${damageText(t, problem.damage)} ${body}` : body,
    lines,
  };
}

/** A file problem in a few words, for a line in a list (why a template cannot be used, what an import skipped). */
export function problemText(t: Translate, problem: FileProblem): string {
  return inProblems(t, `reason.${problem.reason}.short`, { version: problem.version ?? '' });
}
