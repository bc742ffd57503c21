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
  const example = INTERFACE_DATE_FORMS[language].example;
  return (
    <TypedField
      id={id}
      label={label}
      value={value}
      shown={printIsoDate(value, language)}
      placeholder={t('date.placeholder')}
      hint={t('date.format', { example })}
      wrongHint={t('date.invalid', { example })}
      read={parseInterfaceDate}
      onChange={onChange}
    />
  );
}

/**
 * A 24-hour time field, 14:05 in every interface language (never the browser's time input, which shows 2:05 PM
 * in an English system whatever the interface says). Reads 14:05, 14.05, 1405 and 14; the model keeps hh:mm.
 */
export function TimeField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (time: string) => void }) {
  const { t } = useTranslation('language');
  const example = '14:05';
  return (
    <TypedField
      id={id}
      label={label}
      value={value}
      shown={value}
      placeholder={t('time.placeholder')}
      hint={t('time.format', { example })}
      wrongHint={t('time.invalid', { example })}
      read={parseTime}
      onChange={onChange}
    />
  );
}

/** A time as typed (14:05, 14.05, 14 05, 1405, 9:30, 14): hh:mm, or null when it is not a time of day. */
export function parseTime(text: string): string | null {
  const match = /^(\d{1,2})(?:[:.\s]?(\d{2}))?$/u.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * A text field of ours for a value with a written form: what is typed is read when the field is left or Enter is
 * pressed; what cannot be read stays in the field with a message saying what to type, the model keeps its last
 * good value, and Esc takes the typing back.
 */
function TypedField({
  id,
  label,
  value,
  shown,
  placeholder,
  hint,
  wrongHint,
  read,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  shown: string;
  placeholder: string;
  hint: string;
  wrongHint: string;
  read: (text: string) => string | null;
  onChange: (value: string) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [wrong, setWrong] = useState(false);
  // A value changed elsewhere (undo, another release opened) replaces what the field shows.
  useEffect(() => {
    setDraft(null);
    setWrong(false);
  }, [value]);
  const hintId = useId();
  const commit = () => {
    if (draft === null) return;
    const next = read(draft);
    if (next === null) {
      setWrong(true);
      return;
    }
    setWrong(false);
    setDraft(null);
    if (next !== value) onChange(next);
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
        placeholder={placeholder}
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
        {wrong ? wrongHint : hint}
      </span>
    </div>
  );
}
