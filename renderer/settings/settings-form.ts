import { LIMIT_MAXIMA, MAX_AGENCY_LENGTH } from '../../core/checklist/organisation';
import type { ChecklistLimits, HouseDashChoice, OrganisationSettings, ParagraphStyle } from '../../core/checklist/organisation';
import type { PaperSize } from '../../core/api';
import { RELEASE_LANGUAGES } from '../../core/model/types';
import type { ReleaseLanguage } from '../../core/model/types';
import type { DatelineSettings, DatelineStyle } from '../../core/typography/dateline';

/**
 * The Settings dialog's form as data, apart from React: what the press officer typed (numbers as text), what is
 * wrong with it (a catalogue key and its values, worded by the dialog in the interface language), and the
 * organisation's settings it makes when nothing is.
 */
export const LIMIT_FIELDS = ['headlineMin', 'headlineMax', 'leadWords', 'totalWords'] as const satisfies readonly (keyof ChecklistLimits)[];
export type LimitField = (typeof LIMIT_FIELDS)[number];

export interface SettingsForm {
  limits: Record<LimitField, string>;
  paragraphs: ParagraphStyle;
  dash: HouseDashChoice;
  paper: PaperSize;
  datelines: { [L in ReleaseLanguage]: { style: DatelineStyle; agency: string } };
}

/** A field's problem: the words' key in the `settings` namespace and what fills them in. */
export interface FieldProblem {
  key: 'wholeNumber' | 'minOverMax' | 'agencyTooLong';
  values: Record<string, number>;
}
export type FormProblems = Partial<Record<LimitField | `agency-${ReleaseLanguage}`, FieldProblem>>;

export function formOf(settings: OrganisationSettings): SettingsForm {
  return {
    limits: Object.fromEntries(LIMIT_FIELDS.map((field) => [field, String(settings.checklist[field])])) as Record<LimitField, string>,
    paragraphs: settings.houseStyle.paragraphs,
    dash: settings.houseStyle.dash,
    paper: settings.paper,
    datelines: Object.fromEntries(RELEASE_LANGUAGES.map((language) => [language, { ...settings.datelines[language] }])) as SettingsForm['datelines'],
  };
}

/** A limit as typed: a whole number from 1 to its maximum (spaces and a thousands gap allowed: «1 000»), else null. */
export function limitValue(text: string, field: LimitField): number | null {
  const digits = text.replace(/[\s\u00a0\u202f]/gu, '');
  if (!/^\d{1,7}$/u.test(digits)) return null;
  const value = Number(digits);
  return value >= 1 && value <= LIMIT_MAXIMA[field] ? value : null;
}

export function problemsOf(form: SettingsForm): FormProblems {
  const problems: FormProblems = {};
  for (const field of LIMIT_FIELDS) {
    if (limitValue(form.limits[field], field) === null) problems[field] = { key: 'wholeNumber', values: { max: LIMIT_MAXIMA[field] } };
  }
  const min = limitValue(form.limits.headlineMin, 'headlineMin');
  const max = limitValue(form.limits.headlineMax, 'headlineMax');
  if (min !== null && max !== null && min > max) problems.headlineMin = { key: 'minOverMax', values: {} };
  for (const language of RELEASE_LANGUAGES) {
    if (form.datelines[language].agency.trim().length > MAX_AGENCY_LENGTH) problems[`agency-${language}`] = { key: 'agencyTooLong', values: { max: MAX_AGENCY_LENGTH } };
  }
  return problems;
}

/** The organisation's settings the form makes; null while a field is wrong. */
export function settingsOf(form: SettingsForm): OrganisationSettings | null {
  if (Object.keys(problemsOf(form)).length > 0) return null;
  const checklist = Object.fromEntries(LIMIT_FIELDS.map((field) => [field, limitValue(form.limits[field], field) as number])) as unknown as ChecklistLimits;
  const datelines = Object.fromEntries(
    RELEASE_LANGUAGES.map((language) => [language, { style: form.datelines[language].style, agency: form.datelines[language].agency.replace(/\s+/gu, ' ').trim() }]),
  ) as DatelineSettings;
  return { checklist, houseStyle: { paragraphs: form.paragraphs, dash: form.dash }, datelines, paper: form.paper };
}
