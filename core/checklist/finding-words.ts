import type { InterfaceLanguage } from '../i18n/interface-languages';
import { wordsIn } from '../i18n/catalogue/index';
import type { ChecklistFinding } from './checklist';

/** Fills {{name}} in catalogue words, as i18next does (no escaping: the words are text, never HTML). */
export function fillWords(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** A finding in words of the interface language: «Не заполнен пропуск «ФИО спикера»». */
export function findingText(finding: ChecklistFinding, language: InterfaceLanguage): string {
  return fillWords(wordsIn(language).checklist.rules[finding.rule], finding.values);
}
