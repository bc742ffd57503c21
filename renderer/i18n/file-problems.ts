/**
 * The words of file problems, for every dialog of the renderer. They live in core (core/i18n/file-problem-words.ts)
 * so the `pressroom` command says the same about the same file; called here with i18next's t.
 */
export { damageText, describeFileProblem, problemText } from '../../core/i18n/file-problem-words';
export type { Translate } from '../../core/i18n/file-problem-words';
