import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentVariable, ReleaseLanguage } from '../../core/model/types';
import { defaultVariableLabel, STANDARD_VARIABLE_NAMES, newVariableName, removeVariable, setVariableValue } from '../../core/templates/variables';
import { typesetText } from '../../core/typography/press-typography';
import './templates.css';

/**
 * The document's variables: event name, city, date, organiser and the user's own. Changing a value here changes
 * every chip that shows it. The event and organiser are always offered; the user's own can be added and removed.
 */
const IN_THE_DETAILS: readonly string[] = ['city', 'date'];
export function VariablesPanel({
  variables,
  language,
  onChange,
}: {
  variables: readonly DocumentVariable[];
  language: ReleaseLanguage;
  onChange: (variables: DocumentVariable[]) => void;
}) {
  const { t } = useTranslation('templates');
  const [newLabel, setNewLabel] = useState('');
  const standard: readonly string[] = STANDARD_VARIABLE_NAMES;
  // The city and date are the release's details (the dateline is written from them): they are offered here
  // only to a release that still has such variables.
  const offered = STANDARD_VARIABLE_NAMES.filter((name) => !IN_THE_DETAILS.includes(name) || variables.some((variable) => variable.name === name));
  const shown: DocumentVariable[] = [
    ...offered.map(
      (name) => variables.find((variable) => variable.name === name) ?? { name, label: defaultVariableLabel(language, name), value: '' },
    ),
    ...variables.filter((variable) => !standard.includes(variable.name)),
  ];
  const add = () => {
    const label = newLabel.trim();
    if (!label) return;
    onChange([...variables, { name: newVariableName(variables, label), label, value: '' }]);
    setNewLabel('');
  };
  return (
    <section className="pr-templates-panel pr-variables-panel" aria-label={t('variables.title')}>
      <h2>{t('variables.title')}</h2>
      {shown.map((variable) => (
        <div className="pr-variables-panel__row" key={variable.name}>
          <label>
            {variable.label || variable.name}
            <input
              type="text"
              value={variable.value}
              onChange={(event) => onChange(setVariableValue(variables, variable.name, event.target.value, variable.label))}
              // A value is set by the release language's press rules when the field is left, as the same words
              // typed on the page are: "Конституция - …" becomes «Конституция» – …
              onBlur={() => {
                const set = typesetText(variable.value, language);
                if (set !== variable.value) onChange(setVariableValue(variables, variable.name, set, variable.label));
              }}
            />
          </label>
          {standard.includes(variable.name) ? null : (
            <button type="button" aria-label={t('variables.remove', { label: variable.label })} onClick={() => onChange(removeVariable(variables, variable.name))}>
              ×
            </button>
          )}
        </div>
      ))}
      <div className="pr-variables-panel__row">
        <label>
          {t('variables.newLabel')}
          <input
            type="text"
            value={newLabel}
            onChange={(event) => setNewLabel(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
        </label>
        <button type="button" onClick={add} disabled={!newLabel.trim()}>
          {t('variables.add')}
        </button>
      </div>
    </section>
  );
}
