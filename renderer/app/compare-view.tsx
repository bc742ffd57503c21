import { Node } from 'slate';
import { useTranslation } from 'react-i18next';
import type { PressroomDocument } from '../../core/model/types';
import type { CompareAnswer } from '../session/ports';
import { Dialog } from '../dialogs/dialog';

const linesOf = (document: PressroomDocument | null): string[] => (document ? document.body.map((block) => Node.string(block)) : []);

/**
 * Two versions side by side, block by block, differing blocks marked: the file on disk against the open
 * document or an autosaved draft. Plain text only, so nothing from either file reaches the page as markup.
 */
export function CompareView({
  left,
  right,
  leftTitle,
  rightTitle,
  leftAction,
  rightAction,
  onAnswer,
}: {
  left: PressroomDocument | null;
  right: PressroomDocument;
  leftTitle: string;
  rightTitle: string;
  leftAction: string;
  rightAction: string;
  onAnswer: (answer: CompareAnswer) => void;
}) {
  const { t } = useTranslation();
  const a = linesOf(left);
  const b = linesOf(right);
  const rows = Math.max(a.length, b.length);
  return (
    <Dialog
      wide
      title={t('compare.title')}
      cancelValue="close"
      onAnswer={onAnswer}
      buttons={[
        { value: 'close', label: t('common.close') },
        ...(left ? [{ value: 'left' as const, label: leftAction }] : []),
        { value: 'right', label: rightAction, kind: 'primary' },
      ]}
    >
      <div className="compare" role="table" aria-label={t('compare.title')}>
        <div className="compare__row compare__row--head" role="row">
          <span role="columnheader">{leftTitle}</span>
          <span role="columnheader">{rightTitle}</span>
        </div>
        {left === null && <p className="compare__missing">{t('compare.missing')}</p>}
        {Array.from({ length: rows }, (_, index) => (
          <div key={index} role="row" className={a[index] === b[index] ? 'compare__row' : 'compare__row is-different'}>
            <span role="cell">{a[index] ?? ''}</span>
            <span role="cell">{b[index] ?? ''}</span>
          </div>
        ))}
      </div>
    </Dialog>
  );
}
