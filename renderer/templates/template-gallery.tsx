import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateEntry } from '../../core/api';
import { RELEASE_LANGUAGES } from '../../core/model/types';
import type { ReleaseLanguage, PressroomDocument } from '../../core/model/types';
import { instantiate } from '../../core/templates/instantiate';
import { Button, ButtonRow } from '../controls/button';
import { DialogFrame } from '../dialogs/dialog-frame';
import './templates.css';
import { problemText } from '../i18n/file-problems';
import { TemplatePreview } from './template-preview';
import { useTemplates } from './use-templates';

/**
 * "New from template…": every release template (built-in, the user's library, the team folder) with a preview
 * and a language filter. Templates that cannot be used are listed greyed out, with the reason.
 */
export function TemplateGallery({
  initialLanguage,
  onCreate,
  onClose,
}: {
  /** The filter's starting language ('all' shows every language). */
  initialLanguage: ReleaseLanguage | 'all';
  onCreate: (document: PressroomDocument, template: TemplateEntry) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('templates');
  const { templates } = useTemplates();
  const [language, setLanguage] = useState<ReleaseLanguage | 'all'>(initialLanguage);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const shown = (templates ?? []).filter((entry) => (entry.kind ?? 'release') === 'release' && (language === 'all' || entry.language === language));
  const chosen = shown.find((entry) => entry.id === chosenId && entry.usable) ?? shown.find((entry) => entry.usable);
  const create = () => {
    if (chosen?.usable) onCreate(instantiate(chosen.document, { language: chosen.language }), chosen);
  };
  return (
    <DialogFrame title={t('gallery.title')} onCancel={onClose} size="wide" closeOnBackdrop>
      <label className="form-field form-field--inline">
        {t('gallery.language')}
        <select value={language} onChange={(event) => setLanguage(event.target.value as ReleaseLanguage | 'all')}>
          <option value="all">{t('language.all')}</option>
          {RELEASE_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="pr-gallery">
        <ul className="pr-gallery__list" aria-label={t('gallery.list')}>
          {templates === null ? <li className="pr-template-meta">{t('gallery.loading')}</li> : null}
          {templates !== null && shown.length === 0 ? <li className="pr-template-meta">{t('gallery.empty')}</li> : null}
          {shown.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                className="pr-gallery__item"
                aria-pressed={entry.usable && entry.id === chosen?.id}
                disabled={!entry.usable}
                onClick={() => setChosenId(entry.id)}
                onDoubleClick={() => entry.usable && onCreate(instantiate(entry.document), entry)}
              >
                <span className="pr-gallery__name">{entry.name}</span>
                <span className="pr-template-meta">
                  {t(`language.${entry.language}`)} · {t(`source.${entry.source}`)}
                </span>
                {entry.usable ? (
                  entry.description ? <span className="pr-template-meta">{entry.description}</span> : null
                ) : (
                  <span className="pr-template-reason">{problemText(t, entry.problem)}</span>
                )}
              </button>
            </li>
          ))}
        </ul>
        <div className="pr-gallery__preview" aria-label={t('gallery.preview')} role="region">
          {chosen?.usable ? <TemplatePreview document={chosen.document} /> : <p className="pr-template-meta">{t('gallery.noPreview')}</p>}
        </div>
      </div>
      <ButtonRow>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button kind="primary" onClick={create} disabled={!chosen?.usable}>
          {t('gallery.create')}
        </Button>
      </ButtonRow>
    </DialogFrame>
  );
}
