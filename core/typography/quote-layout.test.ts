import { describe, expect, it } from 'vitest';
import type { ReleaseLanguage } from '../model/types';
import { layoutQuote, quoteRuns, readQuote } from './quote-layout';
import { runsText } from './styled-run';

const quote = (text: string, speaker: string, position: string, verb: string, language: ReleaseLanguage): string =>
  runsText(quoteRuns(layoutQuote({ text: [{ text }], speaker: [{ text: speaker }], position: [{ text: position }], verb: [{ text: verb }] }, language)));
const nbsp = (text: string): string => text.replace(/ /g, '\u00a0');

describe('quotes from their fields', () => {
  it('ru: dash, the full stop becomes a comma, dash, verb, speaker', () => {
    expect(quote('Наша цель – Справедливый Казахстан.', 'Азамат Калдыбеков', '', 'заявил', 'ru')).toBe(`–${nbsp(' ')}Наша цель – Справедливый Казахстан,${nbsp(' ')}– заявил Азамат Калдыбеков.`);
  });

  it('ru/kk: the position stands before the name; ? and ! stay', () => {
    expect(quote('Мы продолжим?', 'Меиржан Отыншиев', 'председатель маслихата', 'спросил', 'ru')).toBe('–\u00a0Мы продолжим?\u00a0– спросил председатель маслихата Меиржан Отыншиев.');
    expect(quote('Біз жалғастырамыз!', 'Азамат Қалдыбеков', 'әкімнің орынбасары', 'деді', 'kk')).toBe('–\u00a0Біз жалғастырамыз!\u00a0– деді әкімнің орынбасары Азамат Қалдыбеков.');
  });

  it('en: curly quotes, comma inside, said Name, position.', () => {
    expect(quote('Our goal is a Just Kazakhstan.', 'Azamat Kaldybekov', 'Deputy Mayor', 'said', 'en')).toBe('“Our goal is a Just Kazakhstan,” said Azamat Kaldybekov, Deputy Mayor.');
    expect(quote('Why not?', 'Jane Doe', '', 'asked', 'en')).toBe('“Why not?” asked Jane Doe.');
  });

  it('without speaker, position or verb only the quoted words are set, unchanged', () => {
    expect(quote('Просто слова.', '', '', '', 'ru')).toBe('–\u00a0Просто слова.');
    expect(quote('Just words.', '', '', '', 'en')).toBe('“Just words.”');
  });

  it('keeps the runs of the quoted text (bold, links) and marks who is the speaker', () => {
    const layout = layoutQuote({ text: [{ text: 'Жирно', bold: true }, { text: '.' }], speaker: [{ text: 'X' }], position: [], verb: [{ text: 'сказал' }] }, 'ru');
    expect(layout.body).toEqual([{ text: '–\u00a0' }, { text: 'Жирно', bold: true }, { text: ',' }]);
    expect(layout.attribution.find((part) => part.role === 'speaker')?.runs).toEqual([{ text: 'X' }]);
  });

  it('reads a written quote back into its fields', () => {
    expect(readQuote('- Текст цитаты, – заявил Азамат Калдыбеков.')).toEqual({ text: 'Текст цитаты.', verb: 'заявил', speaker: 'Азамат Калдыбеков', position: '' });
    expect(readQuote('“Text,” said Jane Doe, director.')).toEqual({ text: 'Text.', verb: 'said', speaker: 'Jane Doe', position: 'director' });
    expect(readQuote('- пункт списка без атрибуции')).toBeNull();
    expect(readQuote('Обычный абзац, – не цитата.')).toBeNull();
  });
});
