import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Draft } from '../../core/api';
import type { DocumentSession } from '../session/document-session';
import type { Comparison } from '../session/ports';
import type { Asking } from './asking';
import { CompareView } from './compare-view';
import { Dialog } from '../dialogs/dialog';
import { RecoverDiscardedDialog } from './recover-discarded-dialog';
import { RecoveryDialog } from './recovery-dialog';
import { questionDialog } from './session-words';

/** The titles of the two sides of a comparison and of the buttons that take one. */
function comparisonWords(t: TFunction, comparison: Comparison) {
  return comparison.against === 'mine'
    ? { leftTitle: t('compare.disk'), rightTitle: t('compare.mine'), leftAction: t('compare.useDisk'), rightAction: t('compare.useMine') }
    : { leftTitle: t('compare.disk'), rightTitle: t('compare.draft'), leftAction: t('compare.useDisk'), rightAction: t('compare.useDraft') };
}

/**
 * The session's dialogs: the question it asks (./asking.ts), the comparison it shows, and the drafts offered
 * back after a crash (hidden while a question or a comparison is open).
 */
export function SessionDialogs({ session, asking, drafts }: { session: DocumentSession; asking: Asking; drafts: readonly Draft[] }) {
  const { t } = useTranslation();
  const { question, comparison } = useSyncExternalStore(asking.subscribe, asking.getSnapshot);
  const asked = question?.question;
  const dialog = asked && asked.kind !== 'recover-discarded' ? questionDialog(t, asked) : null;
  return (
    <>
      {drafts.length > 0 && !question && !comparison && (
        <RecoveryDialog
          drafts={drafts}
          onRestore={(draft) => void session.restoreDraft(draft)}
          onCompare={(draft) => void session.compareDraft(draft)}
          onDiscard={(draft) => void session.discardDraft(draft)}
          onLater={session.putDraftsAside}
        />
      )}
      {comparison && (
        <CompareView
          left={comparison.comparison.onDisk}
          right={comparison.comparison.other}
          {...comparisonWords(t, comparison.comparison)}
          onAnswer={comparison.answer}
        />
      )}
      {question && asked?.kind === 'recover-discarded' && <RecoverDiscardedDialog drafts={asked.drafts} onAnswer={question.answer} />}
      {question && dialog && (
        <Dialog title={dialog.title} buttons={dialog.buttons} cancelValue={dialog.cancelValue} onAnswer={question.answer}>
          {dialog.body}
        </Dialog>
      )}
    </>
  );
}
