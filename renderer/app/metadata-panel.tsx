import { useTranslation } from 'react-i18next';
import { RELEASE_LANGUAGES } from '../../core/model/types';
import type { ReleaseLanguage, ReleaseMetadata } from '../../core/model/types';
import { DateField } from './date-field';

/**
 * The release's details: its language (typography and exports follow it), title, city, date, organisation.
 * The city and date are the dateline's words: the page and every export write the dateline from them.
 */
export function MetadataPanel({
  metadata,
  onChange,
  latinExport = false,
  onLatinExport,
}: {
  metadata: ReleaseMetadata;
  onChange: (metadata: ReleaseMetadata) => void;
  /** A Kazakh release's export option: the 2021 Latin alphabet. */
  latinExport?: boolean;
  onLatinExport?: (latin: boolean) => void;
}) {
  const { t } = useTranslation();
  const { t: words } = useTranslation('language');
  const set = <K extends keyof ReleaseMetadata>(key: K, value: ReleaseMetadata[K]) => onChange({ ...metadata, [key]: value });
  return (
    <section className="panel" aria-labelledby="metadata-title">
      <h2 id="metadata-title" className="panel-title">
        {t('metadata.title')}
      </h2>
      <label className="form-field">
        <span>{t('metadata.language')}</span>
        <select value={metadata.language} onChange={(event) => set('language', event.target.value as ReleaseLanguage)}>
          {RELEASE_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="form-field">
        <span>{t('metadata.releaseTitle')}</span>
        <input type="text" value={metadata.title} onChange={(event) => set('title', event.target.value)} />
      </label>
      <label className="form-field">
        <span>{t('metadata.city')}</span>
        <input id="metadata-city" type="text" value={metadata.city} onChange={(event) => set('city', event.target.value)} />
      </label>
      <DateField id="metadata-date" label={t('metadata.date')} value={metadata.date} onChange={(date) => set('date', date)} />
      <label className="form-field">
        <span>{t('metadata.organisation')}</span>
        <input type="text" value={metadata.organisation} onChange={(event) => set('organisation', event.target.value)} />
      </label>
      {metadata.language === 'kk' && onLatinExport && (
        <label className="form-field form-field--check">
          <input type="checkbox" checked={latinExport} onChange={(event) => onLatinExport(event.target.checked)} />
          <span>{words('latin.option')}</span>
        </label>
      )}
    </section>
  );
}
