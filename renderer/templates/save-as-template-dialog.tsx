import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateInfo } from '../../core/api';
import { RELEASE_LANGUAGES } from '../../core/model/types';
import type { ReleaseLanguage, PressroomDocument } from '../../core/model/types';
import { Button, ButtonRow } from '../controls/button';
import { DialogFrame } from '../dialogs/dialog-frame';
import './templates.css';
import { host } from '../host/host';
import { problemText } from '../i18n/file-problems';

/** "Save as template…": stores the current document, with a name, description and language, in the user's library. */
export function SaveAsTemplateDialog({
  document,
  onSaved,
  onClose,
}: {
  document: PressroomDocument;
  onSaved: (template: TemplateInfo) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('templates');
  const [name, setName] = useState(document.metadata.title);
  const [description, setDescription] = useState('');
  const [language, setLanguage] = useState<ReleaseLanguage>(document.metadata.language);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (!name.trim()) return;
    setBusy(true);
    const reply = await host().saveTemplate({ name: name.trim(), description: description.trim(), language, document });
    setBusy(false);
    if (reply.status === 'done') onSaved(reply.template);
    else if (reply.status === 'failed') setError(problemText(t, reply.problem));
  };
  return (
    <DialogFrame title={t('saveAs.title')} onCancel={onClose} closeOnBackdrop>
      <form
        className="modal__form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label className="form-field">
          {t('saveAs.name')}
          <input type="text" required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label className="form-field">
          {t('saveAs.description')}
          <textarea rows={3} maxLength={2000} value={description} onChange={(event) => setDescription(event.target.value)} />
        </label>
        <label className="form-field">
          {t('saveAs.language')}
          <select value={language} onChange={(event) => setLanguage(event.target.value as ReleaseLanguage)}>
            {RELEASE_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t(`language.${code}`)}
              </option>
            ))}
          </select>
        </label>
        {error ? <p className="form-error" role="alert">{error}</p> : null}
        <ButtonRow>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button kind="primary" type="submit" disabled={busy || !name.trim()}>
            {t('saveAs.save')}
          </Button>
        </ButtonRow>
      </form>
    </DialogFrame>
  );
}
