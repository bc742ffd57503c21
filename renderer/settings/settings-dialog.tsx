import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HOUSE_DASH_CHOICES, MAX_AGENCY_LENGTH, PARAGRAPH_STYLES } from '../../core/checklist/organisation';
import type { OrganisationSettings } from '../../core/checklist/organisation';
import { PAPER_SIZES } from '../../core/api';
import { RELEASE_LANGUAGES } from '../../core/model/types';
import type { ReleaseLanguage } from '../../core/model/types';
import { DATELINE_STYLES, formatDateline, isoDate } from '../../core/typography/dateline';
import type { DatelineStyle } from '../../core/typography/dateline';
import { Button, ButtonRow } from '../controls/button';
import { DialogFrame } from '../dialogs/dialog-frame';
import { formOf, LIMIT_FIELDS, problemsOf, settingsOf } from './settings-form';
import type { FieldProblem, LimitField, SettingsForm } from './settings-form';
import './settings.css';

/** The example dateline's city, as a press officer of each language writes it. */
const EXAMPLE_CITY: Record<ReleaseLanguage, string> = { ru: 'Алматы', kk: 'Алматы', en: 'Almaty' };

/** The dashes the dash choices show. */
const DASHES = { en: '\u2013', em: '\u2014' };

const today = (): string => {
  const now = new Date();
  return isoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
};

/**
 * Edit ▸ Settings… (Ctrl+,): the organisation's settings — the checklist's limits, the Word file's paragraphs, the
 * house dash, each release language's dateline with a live example, the paper of print and PDF. Save (or Enter)
 * hands them to the host (updateSettings), which checks every value again; Cancel (or Esc) keeps the old ones.
 */
export function SettingsDialog({ settings, onSave, onCancel }: { settings: OrganisationSettings; onSave: (settings: OrganisationSettings) => Promise<void>; onCancel: () => void }) {
  const { t, i18n } = useTranslation('settings');
  const { t: tApp } = useTranslation('app');
  const [form, setForm] = useState<SettingsForm>(() => formOf(settings));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const problems = problemsOf(form);
  const wrong = Object.keys(problems).length > 0;
  const [date] = useState(today);

  const save = async () => {
    setTried(true);
    const next = settingsOf(form);
    if (!next || busy) return;
    setBusy(true);
    try {
      await onSave(next);
    } finally {
      setBusy(false);
    }
  };
  // Enter saves from any field (a select included); Esc is the frame's Cancel.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as HTMLElement).tagName === 'BUTTON') return;
    event.preventDefault();
    void save();
  };
  // Numbers in the words in the interface language's own form (1 000 000 in ru and kk, 1,000,000 in en), not Intl's.
  const grouped = (value: number): string => String(value).replace(/\B(?=(\d{3})+$)/gu, i18n.language === 'en' ? ',' : '\u00a0');
  const problemText = (problem: FieldProblem | undefined): string | null =>
    problem ? t(problem.key, Object.fromEntries(Object.entries(problem.values).map(([key, value]) => [key, grouped(value)]))) : null;
  const setLimit = (field: LimitField, text: string) => setForm((current) => ({ ...current, limits: { ...current.limits, [field]: text } }));
  const setDateline = (language: ReleaseLanguage, change: Partial<{ style: DatelineStyle; agency: string }>) =>
    setForm((current) => ({ ...current, datelines: { ...current.datelines, [language]: { ...current.datelines[language], ...change } } }));

  return (
    <DialogFrame title={t('title')} onCancel={onCancel} size="wide" describedBy={`${id}-intro`}>
      <form
        className="modal__form settings"
        noValidate
        onKeyDown={onKeyDown}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <p id={`${id}-intro`} className="settings__intro">
          {t('intro')}
        </p>
        <fieldset className="settings__group">
          <legend>{t('limits')}</legend>
          <div className="settings__limits">
            {LIMIT_FIELDS.map((field, index) => {
              const problem = problemText(problems[field]);
              const shown = problem && (tried || form.limits[field] !== String(settings.checklist[field]));
              return (
                <label key={field} className="form-field">
                  {t(field)}
                  <input
                    type="text"
                    inputMode="numeric"
                    name={field}
                    value={form.limits[field]}
                    maxLength={9}
                    aria-invalid={shown ? true : undefined}
                    aria-describedby={shown ? `${id}-${field}-problem` : undefined}
                    onChange={(event) => setLimit(field, event.target.value)}
                    {...(index === 0 ? { 'data-autofocus': true } : {})}
                  />
                  {shown && (
                    <span id={`${id}-${field}-problem`} className="settings__problem" role="alert">
                      {problem}
                    </span>
                  )}
                </label>
              );
            })}
          </div>
        </fieldset>
        <fieldset className="settings__group">
          <legend>{t('houseStyle')}</legend>
          <div className="settings__row">
          <Choice label={t('word')} name="paragraphs" value={form.paragraphs} choices={PARAGRAPH_STYLES} words={(style) => t(`paragraphs.${style}`)} onChange={(paragraphs) => setForm({ ...form, paragraphs })} />
          <Choice label={t('dash')} name="dash" value={form.dash} choices={HOUSE_DASH_CHOICES} words={(dash) => t(`dashes.${dash}`, DASHES)} onChange={(dash) => setForm({ ...form, dash })} />
          <Choice label={t('paper')} name="paper" value={form.paper} choices={PAPER_SIZES} words={(paper) => t(`papers.${paper}`)} onChange={(paper) => setForm({ ...form, paper })} />
          </div>
        </fieldset>
        <fieldset className="settings__group">
          <legend>{t('datelines')}</legend>
          <div className="settings__datelines">
            <span className="settings__head" aria-hidden="true" />
            <span className="settings__head" aria-hidden="true" />
            <span className="settings__head" aria-hidden="true">
              {t('agency')}
            </span>
            {RELEASE_LANGUAGES.map((language) => {
              const dateline = form.datelines[language];
              const problem = problemText(problems[`agency-${language}`]);
              const example = formatDateline(EXAMPLE_CITY[language], date, language, dateline.style, dateline.agency);
              return (
                <div key={language} className="settings__dateline" data-language={language}>
                  <span className="settings__language">{tApp(`language.${language}`)}</span>
                  <select
                    className="settings__style form-control"
                    name={`dateline-${language}`}
                    aria-label={`${t('datelines')}: ${tApp(`language.${language}`)}`}
                    value={dateline.style}
                    onChange={(event) => setDateline(language, { style: event.target.value as DatelineStyle })}
                  >
                    {DATELINE_STYLES.map((style) => (
                      <option key={style} value={style}>
                        {t(`styles.${style}`)}
                      </option>
                    ))}
                  </select>
                  <span className="settings__agency">
                    <input
                      className="form-control"
                      type="text"
                      name={`agency-${language}`}
                      aria-label={`${t('agency')}: ${tApp(`language.${language}`)}`}
                      value={dateline.agency}
                      placeholder={dateline.style === 'wire' ? t('agencyHint') : ''}
                      maxLength={MAX_AGENCY_LENGTH + 20}
                      disabled={dateline.style !== 'wire'}
                      title={t('agency')}
                      aria-invalid={problem ? true : undefined}
                      onChange={(event) => setDateline(language, { agency: event.target.value })}
                    />
                    {problem && (
                      <span className="settings__problem" role="alert">
                        {problem}
                      </span>
                    )}
                  </span>
                  <output className="settings__example" data-testid={`dateline-example-${language}`} lang={language}>
                    <span className="settings__example-label">{t('example')}: </span>
                    {example}
                  </output>
                </div>
              );
            })}
          </div>
        </fieldset>
        {tried && wrong ? (
          <p className="form-error" role="alert">
            {t('invalid')}
          </p>
        ) : null}
        <ButtonRow>
          <Button onClick={onCancel}>{tApp('common.cancel')}</Button>
          <Button kind="primary" type="submit" disabled={busy}>
            {t('save')}
          </Button>
        </ButtonRow>
      </form>
    </DialogFrame>
  );
}

/** A labelled choice among a few, worded by `words`. */
function Choice<T extends string>({ label, name, value, choices, words, onChange }: { label: string; name: string; value: T; choices: readonly T[]; words: (choice: T) => string; onChange: (choice: T) => void }) {
  return (
    <label className="form-field">
      {label}
      <select name={name} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {words(choice)}
          </option>
        ))}
      </select>
    </label>
  );
}
