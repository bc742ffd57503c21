import { describe, expect, it } from 'vitest';
import { exportRelease, LatinNeedsKazakh } from '../formats/index';
import { createBlankDocument } from '../model/new-document';
import type { PressroomDocument } from '../model/types';
import { toKazakhLatin } from './kazakh-latin';

describe('Kazakh in the 2021 Latin alphabet', () => {
  // Every letter of the Kazakh Cyrillic alphabet, small and capital.
  it.each([
    ['а', 'a'], ['ә', 'ä'], ['б', 'b'], ['в', 'v'], ['г', 'g'], ['ғ', 'ğ'], ['д', 'd'], ['е', 'e'], ['ж', 'j'], ['з', 'z'],
    ['и', 'i'], ['й', 'i'], ['к', 'k'], ['қ', 'q'], ['л', 'l'], ['м', 'm'], ['н', 'n'], ['ң', 'ñ'], ['о', 'o'], ['ө', 'ö'],
    ['п', 'p'], ['р', 'r'], ['с', 's'], ['т', 't'], ['у', 'u'], ['ұ', 'ū'], ['ү', 'ü'], ['ф', 'f'], ['х', 'h'], ['һ', 'h'],
    ['ш', 'ş'], ['ы', 'y'], ['і', 'ı'],
    // Letters of Russian loanwords only: our rule (the alphabet has none).
    ['ё', 'io'], ['ц', 'ts'], ['ч', 'ch'], ['щ', 'şş'], ['ъ', ''], ['ь', ''], ['э', 'e'], ['ю', 'iu'], ['я', 'ia'],
    // Capitals: the dotless and dotted I.
    ['І', 'I'], ['И', 'İ'], ['Й', 'İ'], ['Ы', 'Y'], ['Ә', 'Ä'], ['Ң', 'Ñ'], ['Ұ', 'Ū'], ['Ш', 'Ş'], ['Ғ', 'Ğ'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(toKazakhLatin(cyrillic)).toBe(latin);
  });

  it.each([
    ['Қазақстан Республикасы', 'Qazaqstan Respublikasy'],
    ['Ата Заң – әділет пен тұрақтылықтың тірегі', 'Ata Zañ – ädılet pen tūraqtylyqtyñ tıregı'],
    ['Біз жұмысты жалғастырамыз, – деді Азамат Қалдыбеков.', 'Bız jūmysty jalğastyramyz, – dedı Azamat Qaldybekov.'],
    ['үйіне', 'üiıne'],
    ['Алматы қаласының әкімдігі', 'Almaty qalasynyñ äkımdıgı'],
    ['Шымкент, Өскемен, Ұлытау', 'Şymkent, Öskemen, Ūlytau'],
    // Loanwords: two-letter capitals on their first letter, or all in capitals inside a word in capitals.
    ['Цесна, ЦОН, Чемпионат, Юрий, Ялта', 'Tsesna, TSON, Chempionat, İurii, İalta'],
    ['компьютер, объект, щётка', 'kompiuter, obekt, şşiotka'],
    ['АЛМАТЫ. Тамыздың 29-ы.', 'ALMATY. Tamyzdyñ 29-y.'],
    // What is not Kazakh Cyrillic stays: Latin, digits, marks, addresses.
    ['Kazinform: https://kaz.inform.kz/, +7 (727) 123-45-67, «30 жыл»', 'Kazinform: https://kaz.inform.kz/, +7 (727) 123-45-67, «30 jyl»'],
  ])('%s', (cyrillic, latin) => {
    expect(toKazakhLatin(cyrillic)).toBe(latin);
  });
});

describe('the Latin export of a Kazakh release', () => {
  const release = (): PressroomDocument => {
    const blank = createBlankDocument('kk');
    return {
      ...blank,
      metadata: { ...blank.metadata, city: 'Алматы', date: '2025-08-29', title: 'Ата Заң', organisation: 'Алматы қаласының әкімдігі' },
      body: [
        { type: 'headline', children: [{ text: 'Ата Заң – әділет пен тұрақтылықтың тірегі' }] },
        { type: 'dateline', children: [{ text: '' }] },
        { type: 'lead', children: [{ text: 'Конференция өтті.' }] },
        { type: 'award-ceremony', children: [{ type: 'field', name: 'award', children: [{ text: 'Алғыс хат' }] }, { type: 'award-row', children: [{ type: 'field', name: 'recipient', children: [{ text: 'Ә. Қасымов' }] }, { type: 'field', name: 'position', children: [{ text: 'мұғалім' }] }, { type: 'field', name: 'nomination', children: [{ text: 'Үздік' }] }] }] },
      ],
    };
  };

  it('writes the words, the dateline’s month and the table’s columns in Latin, tagged kk-Latn', async () => {
    const markdown = new TextDecoder().decode(await exportRelease(release(), 'markdown', { script: 'latin' }));
    expect(markdown).toContain('# Ata Zañ – ädılet pen tūraqtylyqtyñ tıregı');
    expect(markdown).toContain('*Almaty, 2025 jylğy 29 tamyz*');
    expect(markdown).toContain('Marapattaluşy');
    expect(markdown).not.toMatch(/[а-яәғқңөұүһі]/iu);
    const html = new TextDecoder().decode(await exportRelease(release(), 'html', { script: 'latin' }));
    expect(html).toContain('<html lang="kk-Latn">');
    expect(html).not.toMatch(/[а-яәғқңөұүһі]/iu);
    // Cyrillic stays the default.
    expect(new TextDecoder().decode(await exportRelease(release(), 'markdown'))).toContain('*Алматы, 2025 жылғы 29 тамыз*');
  });

  it('refuses a release in another language, saying why', async () => {
    await expect(exportRelease(createBlankDocument('ru'), 'markdown', { script: 'latin' })).rejects.toBeInstanceOf(LatinNeedsKazakh);
  });
});
