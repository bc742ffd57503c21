import { useTranslation } from 'react-i18next';
import { Editor, Path, Transforms } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import type { ChecklistFinding } from '../../core/checklist/checklist';
import type { ChecklistLimits } from '../../core/checklist/organisation';
import { Button } from '../controls/button';

/**
 * The pre-publication checklist (core/checklist) as a panel: each finding in the interface language with its
 * severity and block; a click selects what it is about in the editor (the blank, the quote's empty field, the
 * contact…) and brings it into view. Drawn inside <Slate>, so it reaches the editor without props.
 */
export function ChecklistPanel({ findings, limits, onClose }: { findings: readonly ChecklistFinding[]; limits: ChecklistLimits; onClose: () => void }) {
  const { t } = useTranslation('checklist');
  const editor = useSlateStatic();
  const view = editor as unknown as ReactEditor;
  const errors = findings.filter((finding) => finding.severity === 'error').length;

  const goTo = (finding: ChecklistFinding) => {
    // The dateline is written from the release details' city and date: its findings go to those fields.
    const detailsField = finding.rule === 'dateline-no-city' ? 'metadata-city' : finding.rule === 'dateline-no-date' ? 'metadata-date' : null;
    const field = detailsField ? document.getElementById(detailsField) : null;
    if (field) {
      field.focus();
      field.scrollIntoView({ block: 'center' });
      return;
    }
    const path = deepestExisting(editor, finding.path);
    if (!path) return;
    try {
      Transforms.select(editor, Editor.range(editor, path));
      ReactEditor.focus(view);
      const node = Editor.node(editor, path)[0];
      ReactEditor.toDOMNode(view, node).scrollIntoView({ block: 'center' });
    } catch {
      // A block not drawn yet (a long release renders in chunks): the selection is set, the view stays.
    }
  };

  return (
    <section className="panel checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title" className="panel-title">
        {t('title')}
        <Button kind="quiet" small icon="remove" className="checklist__close" onClick={onClose} aria-label={t('title')} title={t('title')} />
      </h2>
      <p className="checklist__summary" role="status">
        {findings.length === 0 ? t('allClear') : t('summary', { errors, warnings: findings.length - errors })}
      </p>
      <ul className="checklist__findings">
        {findings.map((finding, index) => (
          <li key={`${finding.rule}-${finding.path.join('.')}-${index}`} className={`checklist__finding checklist__finding--${finding.severity}`}>
            <button type="button" onClick={() => goTo(finding)} data-rule={finding.rule}>
              <span className="checklist__severity">{t(`severity.${finding.severity}`)}</span>
              <span className="checklist__where">{t('block', { number: (finding.path[0] ?? 0) + 1 })}</span>
              <span className="checklist__words">{t(`rules.${finding.rule}`, finding.values)}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="checklist__limits">{t('limits', { ...limits })}</p>
    </section>
  );
}

/** The finding's path, or the nearest ancestor of it the release still has (it may have changed since). */
function deepestExisting(editor: Editor, path: readonly number[]): Path | null {
  for (let length = path.length; length > 0; length -= 1) {
    const candidate = path.slice(0, length);
    if (Editor.hasPath(editor, candidate)) return candidate;
  }
  return null;
}
