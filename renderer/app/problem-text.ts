import type { TFunction } from 'i18next';
import type { FileProblem } from '../../core/api';

/** A file problem in the interface language: a title, an explanation, and the technical lines (file, details). */
export function describeProblem(t: TFunction, problem: FileProblem): { title: string; body: string; lines: string[] } {
  const lines: string[] = [];
  if (problem.path) lines.push(t('problem.file', { path: problem.path }));
  if (problem.detail) lines.push(t('problem.detail', { detail: problem.detail }));
  return {
    title: t(`problem.${problem.reason}.title`),
    body: t(`problem.${problem.reason}.body`, { version: problem.version ?? '?' }),
    lines,
  };
}
