import { useTranslation } from 'react-i18next';

/** Tells the user the open file changed or vanished on disk, and offers reload / keep mine / compare. */
export function DiskBanner({
  kind,
  name,
  onReload,
  onKeepMine,
  onCompare,
  onDismiss,
}: {
  kind: 'changed' | 'missing';
  name: string;
  onReload: () => void;
  onKeepMine: () => void;
  onCompare: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="banner" role="alert">
      <span className="banner__text">{t(kind === 'changed' ? 'disk.changed' : 'disk.missing', { name })}</span>
      {kind === 'changed' && (
        <button type="button" className="button button--primary" onClick={onReload}>
          {t('disk.reload')}
        </button>
      )}
      <button type="button" className="button" onClick={onKeepMine}>
        {t('disk.keepMine')}
      </button>
      {kind === 'changed' && (
        <button type="button" className="button" onClick={onCompare}>
          {t('disk.compare')}
        </button>
      )}
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        {t('disk.dismiss')}
      </button>
    </div>
  );
}
