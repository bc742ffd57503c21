import { describe, expect, it } from 'vitest';
import { DEFAULT_ORGANISATION, organisationSettingsOf } from '../../core/checklist/organisation';
import { formOf, problemsOf, settingsOf } from './settings-form';

describe('the Settings dialog’s form', () => {
  it('gives back the settings it was opened with when nothing is changed', () => {
    const stored = organisationSettingsOf({ checklist: { totalWords: 400 }, houseStyle: { dash: 'em' }, datelines: { kk: { style: 'wire', agency: 'ҚазАқпарат' } }, paper: 'letter' });
    expect(settingsOf(formOf(stored))).toEqual(stored);
  });

  it('reads limits typed with spaces («1 000») and tidies the agency’s white space', () => {
    const form = formOf(DEFAULT_ORGANISATION);
    form.limits.totalWords = '1 000';
    form.datelines.ru = { style: 'wire', agency: '  Пресс-служба   акимата ' };
    expect(settingsOf(form)).toMatchObject({ checklist: { totalWords: 1000 }, datelines: { ru: { style: 'wire', agency: 'Пресс-служба акимата' } } });
  });

  it('names each wrong field: not a whole number, out of range, the shortest headline over the longest, a long agency', () => {
    const form = formOf(DEFAULT_ORGANISATION);
    form.limits.leadWords = 'сорок';
    form.limits.totalWords = '0';
    form.limits.headlineMin = '120';
    form.datelines.en.agency = 'A'.repeat(61);
    expect(problemsOf(form)).toEqual({
      leadWords: { key: 'wholeNumber', values: { max: 10_000 } },
      totalWords: { key: 'wholeNumber', values: { max: 1_000_000 } },
      headlineMin: { key: 'minOverMax', values: {} },
      'agency-en': { key: 'agencyTooLong', values: { max: 60 } },
    });
    expect(settingsOf(form)).toBeNull();
    form.limits.headlineMin = '2.5';
    expect(problemsOf(form).headlineMin).toEqual({ key: 'wholeNumber', values: { max: 500 } });
  });
});
