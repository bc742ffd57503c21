import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isInterfaceLanguage } from '../../core/i18n/interface-languages';
import type { InterfaceLanguage } from '../../core/i18n/interface-languages';
import { INTERFACE_DATE_FORMS, parseInterfaceDate, printIsoDate } from '../../core/typography/interface-dates';

/**
 * A date field in the interface language's own form (02.10.2025 in a Russian or Kazakh interface, 02/10/2025 in
 * English), never the browser's date input (which shows mm/dd/yyyy whatever the interface says). The model keeps
 * ISO: what is typed is read when the field is left or Enter is pressed; a date that cannot be read is kept in the
 * field with a message saying what to type, and the release keeps its last good date.
 */
export function DateField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (iso: string) => void }) {
  const { t, i18n } = useTranslation('language');
  const language: InterfaceLanguage = isInterfaceLanguage(i18n.language) ? i18n.language : 'en';
  const shown = printIsoDate(value, language);
  const [draft, setDraft] = useState<string | null>(null);
  const [wrong, setWrong] = useState(false);
  // A date changed elsewhere (undo, another release opened) replaces what the field shows.
  useEffect(() => {
    setDraft(null);
    setWrong(false);
  }, [value]);
  const hintId = useId();
  const example = INTERFACE_DATE_FORMS[language].example;
  const commit = () => {
    if (draft === null) return;
    const iso = parseInterfaceDate(draft);
    if (iso === null) {
      setWrong(true);
      return;
    }
    setWrong(false);
    setDraft(null);
    if (iso !== value) onChange(iso);
  };
  return (
    <div className="form-field date-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('date.placeholder')}
        value={draft ?? shown}
        aria-invalid={wrong || undefined}
        aria-describedby={hintId}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape' && draft !== null) {
            event.preventDefault();
            setDraft(null);
            setWrong(false);
          }
        }}
      />
      <span id={hintId} className={wrong ? 'date-field__hint date-field__hint--wrong' : 'date-field__hint'} role={wrong ? 'alert' : undefined}>
        {wrong ? t('date.invalid', { example }) : t('date.format', { example })}
      </span>
    </div>
  );
}
