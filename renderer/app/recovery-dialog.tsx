import { useTranslation } from 'react-i18next';
import type { Draft } from '../../core/api';
import { Button } from '../controls/button';
import { Dialog } from '../dialogs/dialog';
import { isInterfaceLanguage } from '../../core/i18n/interface-languages';
import { printInterfaceDateTime } from '../../core/typography/interface-dates';

/** A stored time (ISO) as the interface language writes a date and time. */
export function localTime(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(language === 'kk' ? 'kk-KZ' : language);
}

/** Offers back each document a crash or kill left unsaved: restore, compare with the file, discard. */
export function RecoveryDialog({
  drafts,
  onRestore,
  onCompare,
  onDiscard,
  onLater,
}: {
  drafts: readonly Draft[];
  onRestore: (draft: Draft) => void;
  onCompare: (draft: Draft) => void;
  onDiscard: (draft: Draft) => void;
  onLater: () => void;
}) {
  const { t, i18n } = useTranslation();
  // Our own date format, not Intl's (Chromium writes Kazakh dates as "2025 M10 02"): 02.10.2025, 14:05.
  const when = (iso: string) => printInterfaceDateTime(iso, isInterfaceLanguage(i18n.language) ? i18n.language : 'en');
  return (
    <Dialog title={t('recovery.title')} cancelValue="later" onAnswer={onLater} buttons={[{ value: 'later', label: t('recovery.later') }]} wide>
      <p>{t('recovery.body')}</p>
      <ul className="recovery">
        {drafts.map((draft) => (
          <li key={draft.draftId} className="recovery__item">
            <div className="recovery__text">
              <strong>{draft.name || t('untitled')}</strong>
              <span className="recovery__meta">
                {draft.path ?? t('recovery.neverSaved')} · {t('recovery.savedAt', { time: when(draft.savedAt) })}
              </span>
            </div>
            <div className="recovery__buttons">
              <Button kind="primary" onClick={() => onRestore(draft)}>
                {t('recovery.restore')}
              </Button>
              {draft.path && <Button onClick={() => onCompare(draft)}>{t('recovery.compare')}</Button>}
              <Button kind="danger" onClick={() => onDiscard(draft)}>
                {t('recovery.discard')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
