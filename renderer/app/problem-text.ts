import type { TFunction } from 'i18next';
import type { FileProblem } from '../../core/api';
import { describeFileProblem } from '../i18n/file-problems';

/** A file problem in the interface language: a title, the message, and the technical lines (file, error code). */
export function describeProblem(t: TFunction, problem: FileProblem): { title: string; body: string; lines: string[] } {
  return describeFileProblem(t, problem);
}
