import type { FileProblem } from '../../core/api';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Why a template cannot be used or an action failed, in the interface language. */
export function problemText(t: Translate, problem: FileProblem): string {
  const reason = t(`problem.${problem.reason}`, { version: problem.version ?? '' });
  return problem.detail ? `${reason} (${problem.detail})` : reason;
}
