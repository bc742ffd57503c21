import { useTranslation } from 'react-i18next';
import type { DiscardedDraft } from '../../core/api';
import { Button } from '../controls/button';
import { Dialog } from '../dialogs/dialog';
import { localTime } from './recovery-dialog';

/**
 * File ▸ Recover discarded…: the releases closed with "Don't save" in the last seven days (the recovery store
 * keeps them, electron/services/recovery.ts), newest first, each with its headline, when it was closed and its
 * word count. Open answers `open:<id>`; the session opens it as a new unsaved release.
 */
export function RecoverDiscardedDialog({ drafts, onAnswer }: { drafts: readonly DiscardedDraft[]; onAnswer: (answer: string) => void }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => localTime(iso, i18n.language);
  return (
    <Dialog title={t('discarded.title')} cancelValue="cancel" onAnswer={onAnswer} buttons={[{ value: 'cancel', label: t('common.close') }]} wide>
      {drafts.length === 0 ? (
        <p>{t('discarded.empty')}</p>
      ) : (
        <>
          <p>{t('discarded.body')}</p>
          <ul className="recovery" aria-label={t('discarded.title')}>
            {drafts.map((draft, index) => (
              <li key={draft.id} className="recovery__item" data-discarded={draft.id}>
                <div className="recovery__text">
                  <strong>{draft.headline || t('discarded.noHeadline')}</strong>
                  <span className="recovery__meta">
                    {draft.name && draft.name !== draft.headline ? `${draft.name} · ` : ''}
                    {t('discarded.discardedAt', { time: when(draft.discardedAt) })} · {t('discarded.words', { count: draft.words })}
                  </span>
                </div>
                <div className="recovery__buttons">
                  <Button kind={index === 0 ? 'primary' : 'plain'} data-autofocus={index === 0 ? true : undefined} onClick={() => onAnswer(`open:${draft.id}`)}>
                    {t('discarded.open')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
