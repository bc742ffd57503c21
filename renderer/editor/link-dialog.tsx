import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safeUrl } from '../../core/model/safe-url';
import { Dialog } from '../dialogs/dialog';

/** Asks for a link's address; only http, https and mailto are accepted (the same safeUrl the schema uses). */
export function LinkDialog({ initial, onDone }: { initial: string; onDone: (result: { url: string } | { remove: true } | null) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const [invalid, setInvalid] = useState(false);
  const apply = () => {
    const url = safeUrl(value);
    if (!url) return setInvalid(true);
    onDone({ url });
  };
  const buttons = [
    ...(initial ? [{ value: 'remove' as const, label: t('link.remove') }] : []),
    { value: 'cancel' as const, label: t('common.cancel') },
    { value: 'apply' as const, label: t('link.apply'), kind: 'primary' as const },
  ];
  return (
    <Dialog
      title={t('link.dialogTitle')}
      buttons={buttons}
      cancelValue="cancel"
      onAnswer={(answer) => (answer === 'apply' ? apply() : onDone(answer === 'remove' ? { remove: true } : null))}
    >
      <label className="form-field">
        <span>{t('link.url')}</span>
        <input
          data-autofocus
          type="url"
          value={value}
          spellCheck={false}
          aria-invalid={invalid}
          onChange={(event) => {
            setValue(event.target.value);
            setInvalid(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              apply();
            }
          }}
        />
      </label>
      {invalid && (
        <p role="alert" className="form-error">
          {t('link.invalid')}
        </p>
      )}
    </Dialog>
  );
}
