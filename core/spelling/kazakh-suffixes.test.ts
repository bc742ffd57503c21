import { describe, expect, it } from 'vitest';
import { dictionaryFormsOf, stemReadings, stemsOf } from './kazakh-suffixes';

describe('Kazakh suffix chains', () => {
  it.each([
    ['жылдығы', 'жыл'], // жыл-дық-ы, қ voiced to ғ
    ['әкімдігі', 'әкім'], // әкім-дік-і
    ['конституциясының', 'конституция'], // a Russian loan: -сы-ның agree with я
    ['марапатталды', 'марапатта'], // марапатта-л-ды, listed as марапаттау
    ['жаңалықтармен', 'жаңа'], // жаңа-лық-тар-мен: -мен has no harmony
    ['азаматтардың', 'азамат'], // азамат-тар-дың
    ['студенттерге', 'студент'],
    ['біріктірудегі', 'бірік'], // бірік-тір-у-дегі, listed as бірігу
    ['табыстаудың', 'табыста'],
  ])('%s reaches the stem %s', (word, stem) => {
    expect(stemsOf(word)).toContain(stem);
  });

  it.each([
    ['азаматардың', 'азамат'], // -ар- is not a plural: the plural after т is -тар
    ['қатыстыы', 'қатысты'], // a vowel ending never follows a vowel
    ['студентер', 'студент'], // after т the plural is -тер, not -ер
    ['кітаптарға', 'кітаптар'], // wrong harmony would be кітаптарге: the right one is peeled…
  ])('%s does not reach %s by a wrong ending', (word, stem) => {
    if (word === 'кітаптарға') {
      expect(stemsOf('кітаптарге')).not.toContain(stem);
      expect(stemsOf(word)).toContain(stem);
      return;
    }
    expect(stemsOf(word)).not.toContain(stem);
  });

  it('says whether only noun endings were peeled (a Russian loan takes only those)', () => {
    const nominal = (word: string, stem: string) => stemReadings(word).find((reading) => reading.stem === stem)?.nominal;
    expect(nominal('студенттерге', 'студент')).toBe(true); // студент-тер-ге
    expect(nominal('катысты', 'кат')).toBe(false); // кат-ыс-ты: a voice and a verb form
  });

  it.each([
    ['марапатталда', 'марапатта'], // -л- makes a verb: a case ending cannot follow it directly
    ['комек', 'коме'], // -к (we) follows only a past tense or a conditional: барды-қ
    ['мемлекетік', 'мемлекеті'], // … peeled as one, not a stem that happens to end in -ті (мемлекеттік with a т dropped)
  ])('%s does not reach %s', (word, stem) => {
    expect(stemsOf(word)).not.toContain(stem);
  });

  it('never offers a stem shorter than three letters', () => {
    for (const stem of stemsOf('ұлдарымыздың')) expect([...stem].length).toBeGreaterThanOrEqual(3);
  });

  it('lists a verb by its -у form, voicing к қ п', () => {
    expect(dictionaryFormsOf('марапатта')).toContain('марапаттау');
    expect(dictionaryFormsOf('бірік')).toContain('бірігу');
  });
});
