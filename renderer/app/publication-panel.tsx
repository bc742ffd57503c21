import { useTranslation } from 'react-i18next';
import { DEFAULT_PUBLICATION_TIME_ZONE, RELEASE_STATUSES } from '../../core/model/types';
import type { ReleaseMetadata, ReleaseStatus } from '../../core/model/types';
import { isoDate } from '../../core/typography/dateline';
import { Button } from '../controls/button';
import { DateField, TimeField } from './date-field';

/** Today, for an embargo time typed before its date. */
const todayIso = (): string => {
  const now = new Date();
  return isoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
};

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
  // The embargo's date and time, each in a field of ours in the interface language's form (never the browser's
  // datetime-local, which shows mm/dd/yyyy and a 12-hour clock whatever the interface says).
  const [date = '', time = ''] = publication?.at.split('T') ?? [];
  const zone = publication?.timeZone ?? DEFAULT_PUBLICATION_TIME_ZONE;
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
      <div className="publication__moment" title={t('release.embargoHint')}>
        <DateField id="publication-date" label={t('release.embargo')} value={date} onChange={(iso) => setPublication(`${iso}T${time || '00:00'}`, zone)} />
        <TimeField id="publication-time" label={t('release.embargoTime')} value={time} onChange={(hhmm) => setPublication(`${date || todayIso()}T${hhmm}`, zone)} />
      </div>
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
        <Button kind="quiet" small icon="remove" className="publication__clear" onClick={() => setPublication('', '')}>
          {t('release.noEmbargo')}
        </Button>
      )}
    </section>
  );
}
