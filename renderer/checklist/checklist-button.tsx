import { useTranslation } from 'react-i18next';
import { Button } from '../controls/button';

/** The checklist, one click away in the header: shows and hides the panel. */
export function ChecklistButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { t } = useTranslation('checklist');
  return (
    <Button kind="quiet" icon="checklist" className="checklist-button" aria-pressed={open} onClick={onToggle} title={t('openHint')}>
      {t('open')}
    </Button>
  );
}
