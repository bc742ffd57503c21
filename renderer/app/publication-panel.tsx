import { useTranslation } from 'react-i18next';
import { DEFAULT_PUBLICATION_TIME_ZONE, RELEASE_STATUSES } from '../../core/model/types';
import type { ReleaseMetadata, ReleaseStatus } from '../../core/model/types';

/** Time zones a press office in Kazakhstan sends to most; the release's own, if another, is listed too. */
const TIME_ZONES = ['Asia/Almaty', 'Asia/Aqtau', 'Europe/Moscow', 'Europe/Istanbul', 'Europe/Berlin', 'Europe/London', 'America/New_York', 'UTC'];

/**
 * The release's way to publication, beside its details: its status (draft, ready for approval, approved) and its
 * embargo — the date and time, in a time zone (Asia/Almaty by default), before which the media may not publish it.
 * The exports print the embargo line in the release's language (core/formats/embargo.ts).
 */
export function PublicationPanel({ metadata, onChange }: { metadata: ReleaseMetadata; onChange: (metadata: ReleaseMetadata) => void }) {
  const { t } = useTranslation('checklist');
  const publication = metadata.publication;
  const zones = publication && !TIME_ZONES.includes(publication.timeZone) ? [publication.timeZone, ...TIME_ZONES] : TIME_ZONES;
  const setPublication = (at: string, timeZone: string) => {
    const { publication: _old, ...rest } = metadata;
    onChange(at ? { ...rest, publication: { at, timeZone } } : rest);
  };
  return (
    <section className="panel" aria-labelledby="publication-title">
      <h2 id="publication-title" className="panel-title">
        {t('release.title')}
      </h2>
      <label className="form-field">
        <span>{t('release.status')}</span>
        <select value={metadata.status ?? 'draft'} onChange={(event) => onChange({ ...metadata, status: event.target.value as ReleaseStatus })}>
          {RELEASE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`release.statuses.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="form-field" title={t('release.embargoHint')}>
        <span>{t('release.embargo')}</span>
        <input type="datetime-local" value={publication?.at ?? ''} onChange={(event) => setPublication(event.target.value.slice(0, 16), publication?.timeZone ?? DEFAULT_PUBLICATION_TIME_ZONE)} />
      </label>
      <label className="form-field">
        <span>{t('release.timeZone')}</span>
        <select value={publication?.timeZone ?? DEFAULT_PUBLICATION_TIME_ZONE} disabled={!publication} onChange={(event) => publication && setPublication(publication.at, event.target.value)}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </label>
      {publication && (
        <button type="button" className="publication__clear" onClick={() => setPublication('', '')}>
          {t('release.noEmbargo')}
        </button>
      )}
    </section>
  );
}
