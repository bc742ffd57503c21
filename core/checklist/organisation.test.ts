import { describe, expect, it } from 'vitest';
import { DEFAULT_ORGANISATION, houseDashOf, organisationSettingsOf } from './organisation';

describe('organisationSettingsOf: what settings.json holds, every value checked', () => {
  it('reads a whole organisation: limits, house style with its dash, a dateline per language, the paper', () => {
    const stored = {
      checklist: { headlineMin: 40, headlineMax: 100, leadWords: 30, totalWords: 400 },
      houseStyle: { paragraphs: 'first-line-indent', dash: 'em' },
      datelines: { ru: { style: 'wire', agency: 'Казинформ' }, kk: { style: 'wire', agency: 'ҚазАқпарат' }, en: { style: 'standard', agency: '' } },
      paper: 'letter',
    };
    expect(organisationSettingsOf(stored)).toEqual(stored);
    expect(houseDashOf(organisationSettingsOf(stored))).toBe('em');
  });

  it('gives the defaults for nothing stored: standard datelines, the language’s own dash, A4', () => {
    expect(organisationSettingsOf(undefined)).toEqual(DEFAULT_ORGANISATION);
    expect(DEFAULT_ORGANISATION.datelines.kk).toEqual({ style: 'standard', agency: '' });
    expect(houseDashOf(DEFAULT_ORGANISATION)).toBeUndefined();
    expect(DEFAULT_ORGANISATION.paper).toBe('a4');
  });

  it('falls back value by value: a bad style, dash, paper or agency is its default, the good ones stay', () => {
    const read = organisationSettingsOf({
      houseStyle: { paragraphs: 'first-line-indent', dash: 'hyphen' },
      datelines: { ru: { style: 'telegraph', agency: 'Казинформ' }, kk: { style: 'wire', agency: 42 }, en: 'wire', de: { style: 'wire' } },
      paper: 'A3',
    });
    expect(read.houseStyle).toEqual({ paragraphs: 'first-line-indent', dash: 'language' });
    expect(read.datelines).toEqual({ ru: { style: 'standard', agency: 'Казинформ' }, kk: { style: 'wire', agency: '' }, en: { style: 'standard', agency: '' } });
    expect(read.paper).toBe('a4');
    expect(organisationSettingsOf({ datelines: { ru: { style: 'wire', agency: 'Я'.repeat(61) } } }).datelines.ru.agency).toBe('');
    expect(organisationSettingsOf({ datelines: { ru: { style: 'wire', agency: '  Пресс-служба \n акимата ' } } }).datelines.ru.agency).toBe('Пресс-служба акимата');
  });
});
