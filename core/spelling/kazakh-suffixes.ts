/**
 * Kazakh endings, for the words the 2009 Kazakh Hunspell dictionary rejects because they carry more than one
 * group of endings (жылдығы, марапатталды, Конституциясының, әкімдігі). Kazakh is agglutinative: a word is a stem
 * and a chain of endings in a fixed order (stem – derivation – voice – negation – verb form – plural – possessive
 * – case – person), each ending in the form the sound before it calls for:
 * - vowel harmony: a back-vowel form (а о ұ ы) after a back vowel, a front-vowel form (ә ө ү і е) after a front one;
 * - the first sound of an ending follows the last sound of the stem: -лар after a vowel, -дар after л м н ң ж з,
 *   -тар after a voiceless consonant; -ның after a vowel or м н ң, -дың after a voiced consonant, -тың after a
 *   voiceless one; an ending that starts with a vowel never follows a vowel, and -сы only follows one.
 *
 * `stemsOf` peels endings off the end of a word in that order, and offers every stem it reaches (restoring the
 * consonant an ending voiced: жылдығ → жылдық, әкімдіг → әкімдік). A word is spelled right when one of its stems is
 * a dictionary word (speller.ts). No stem is shorter than three letters, so a typo in the stem stays a typo, and
 * an ending in the wrong form (азамат-ар-дың, қатысты-ы) is not peeled.
 */

const BACK_VOWELS = 'аоұыяуё';
const FRONT_VOWELS = 'әөүіеэюи';
const VOWELS = `${BACK_VOWELS}${FRONT_VOWELS}`;
/** у, и and ю are written after back and front vowels alike: the vowel before them decides. */
const UNDECIDED = 'уию';
const VOICELESS = 'кқпстфхцчшщ';
/** The slots of the chain, from the stem outwards. An ending peeled later (nearer the stem) has a lower slot. */
const DERIVATION = 1;
const VOICE = 2;
const NEGATION = 3;
const VERB_FORM = 4;
const PLURAL = 5;
const POSSESSIVE = 6;
const CASE = 7;
const PERSON = 8;

/** Each ending's forms (back, front) and its slot. */
const ENDINGS: Array<[slot: number, forms: string[]]> = [
  [DERIVATION, ['лық', 'лік', 'дық', 'дік', 'тық', 'тік', 'шы', 'ші', 'сыз', 'сіз', 'лы', 'лі', 'ды', 'ді', 'ты', 'ті', 'ғы', 'гі', 'қы', 'кі', 'лас', 'лес', 'дас', 'дес', 'тас', 'тес']],
  [VOICE, ['ыл', 'іл', 'л', 'ын', 'ін', 'н', 'ыс', 'іс', 'с', 'дыр', 'дір', 'тыр', 'тір', 'қыз', 'кіз', 'ғыз', 'гіз', 'т']],
  [NEGATION, ['ма', 'ме', 'ба', 'бе', 'па', 'пе']],
  [VERB_FORM, ['ды', 'ді', 'ты', 'ті', 'ған', 'ген', 'қан', 'кен', 'атын', 'етін', 'йтын', 'йтін', 'у', 'ып', 'іп', 'п', 'мақ', 'мек', 'бақ', 'бек', 'пақ', 'пек', 'ушы', 'уші', 'ғалы', 'гелі', 'қалы', 'келі', 'ғанда', 'генде', 'қанда', 'кенде', 'са', 'се']],
  [PLURAL, ['лар', 'лер', 'дар', 'дер', 'тар', 'тер']],
  [POSSESSIVE, ['ым', 'ім', 'м', 'ың', 'ің', 'ң', 'ы', 'і', 'сы', 'сі', 'мыз', 'міз', 'ымыз', 'іміз', 'ыңыз', 'іңіз', 'ңыз', 'ңіз']],
  [CASE, ['ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке', 'на', 'не', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'н', 'да', 'де', 'та', 'те', 'нда', 'нде', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'мен', 'бен', 'пен', 'ша', 'ше', 'дай', 'дей', 'тай', 'тей', 'дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі']],
  [PERSON, ['мын', 'мін', 'бын', 'бін', 'пын', 'пін', 'сың', 'сің', 'сыз', 'сіз', 'мыз', 'міз', 'быз', 'біз', 'пыз', 'піз', 'қ', 'к', 'ңдар', 'ңдер']],
];

/** Consonants an ending voices at the end of the stem, and what they were: жылдық + ы → жылдығы. */
const UNVOICED: Record<string, string> = { ғ: 'қ', г: 'к', б: 'п' };

type Harmony = 'back' | 'front' | 'any';

interface Ending {
  form: string;
  slot: number;
  harmony: Harmony;
}

/** -мен, -бен, -пен keep their е after any stem. */
const WITHOUT_HARMONY = new Set(['мен', 'бен', 'пен']);

function harmonyOf(form: string): Harmony {
  if (WITHOUT_HARMONY.has(form)) return 'any';
  for (const letter of form) {
    if (UNDECIDED.includes(letter)) continue;
    if (BACK_VOWELS.includes(letter)) return 'back';
    if (FRONT_VOWELS.includes(letter)) return 'front';
  }
  return 'any';
}

const SORTED: Ending[] = ENDINGS.flatMap(([slot, forms]) => forms.map((form) => ({ form, slot, harmony: harmonyOf(form) }))).sort(
  (a, b) => b.form.length - a.form.length,
);

function lastVowelHarmony(stem: string): Harmony {
  // A surname's Russian -ев takes the harmony of the vowel before it: Тоқаев-қа, Назарбаев-тың, Қонаев-та.
  const end = /(?:ев|ёв)$/u.test(stem) ? stem.length - 3 : stem.length - 1;
  for (let index = end; index >= 0; index -= 1) {
    const letter = stem[index] as string;
    if (UNDECIDED.includes(letter)) continue;
    if (BACK_VOWELS.includes(letter)) return 'back';
    if (FRONT_VOWELS.includes(letter)) return 'front';
  }
  return 'any';
}

/** Whether an ending's first sound may follow the stem's last one. */
function fitsAfter(stemEnd: string, form: string): boolean {
  const first = form[0] as string;
  if (form === 'у') return true; // the verbal noun: оқу, келу, табыстау
  // у and и end a stem like a consonant (оқу-дың, оқу-ы), never like a vowel
  const afterVowel = VOWELS.includes(stemEnd) && !UNDECIDED.includes(stemEnd);
  const afterVoiceless = VOICELESS.includes(stemEnd);
  if (VOWELS.includes(first)) return !afterVowel;
  if (form.length === 1 || form === 'ңыз' || form === 'ңіз' || form === 'ңдар' || form === 'ңдер') return afterVowel; // -м, -ң, -п, -л, -н, -с, -т
  switch (first) {
    case 'с':
      return form.startsWith('сы') || form.startsWith('сі') ? afterVowel : !afterVoiceless || true;
    case 'л':
      return afterVowel || 'рйуl'.includes(stemEnd);
    case 'д':
      return afterVowel || 'лмнңрйужз'.includes(stemEnd);
    case 'т':
      return afterVoiceless || 'бвгд'.includes(stemEnd);
    case 'н':
      return afterVowel || 'мнң'.includes(stemEnd);
    case 'ғ':
    case 'г':
      return afterVowel || 'лмнңрйужз'.includes(stemEnd);
    case 'қ':
    case 'к':
      return afterVoiceless || 'бвгд'.includes(stemEnd);
    case 'м':
      return afterVowel || 'лмнңрйу'.includes(stemEnd);
    case 'б':
      return 'жзмнң'.includes(stemEnd);
    case 'п':
      return afterVoiceless;
    default:
      return true;
  }
}

const MIN_STEM = 3;
const MAX_ENDINGS = 6;

/** A stem `stemsOf` reached, and whether every ending peeled off it was a noun's (a Russian loan takes only those). */
export interface StemReading {
  stem: string;
  /** Only plural, possessive, case and person endings and the noun-making derivations (-лық, -шы, -сыз, -лы…). */
  nominal: boolean;
}

/** Derivations that make verbs (-лас, -дас, -тас): a loan takes them only through -ла (not peeled here). */
const VERB_DERIVATIONS = new Set(['лас', 'лес', 'дас', 'дес', 'тас', 'тес']);
const isNominal = (slot: number, form: string): boolean => (slot === DERIVATION ? !VERB_DERIVATIONS.has(form) : slot >= PLURAL);
/** The person ending -қ/-к (1st plural) follows only the past tense and the conditional: барды-қ, барса-қ. */
const SHORT_PERSON = new Set(['ды', 'ді', 'ты', 'ті', 'са', 'се']);

/**
 * The stems `word` may be made of, longest first (the word itself is not among them), each with whether only
 * noun endings were peeled to reach it. Lower-case input. Loanwords keep Russian spelling and break harmony only at
 * the stem (Конституция-сы-ның agrees with «я»).
 */
export function stemReadings(word: string): StemReading[] {
  const found = new Set<string>();
  const nominalStems = new Map<string, boolean>();
  const visit = (rest: string, depth: number, maxSlot: number, nominal: boolean, outer: number, only?: ReadonlySet<string>): void => {
    if (depth >= MAX_ENDINGS) return;
    for (const { form, slot, harmony } of SORTED) {
      if (slot > maxSlot || !rest.endsWith(form) || (only && !only.has(form))) continue;
      const stem = rest.slice(0, -form.length);
      if ([...stem].length < MIN_STEM) continue;
      // A voice or negation ending makes a verb: a plural, possessive or case ending needs a verb form between.
      if ((slot === VOICE || slot === NEGATION) && outer >= PLURAL && outer <= CASE) continue;
      const stemHarmony = lastVowelHarmony(stem);
      if (harmony !== 'any' && stemHarmony !== 'any' && stemHarmony !== harmony) continue;
      const last = stem.slice(-1);
      const unvoiced = UNVOICED[last];
      const candidates = unvoiced && VOWELS.includes(form[0] as string) ? [stem.slice(0, -1) + unvoiced, stem] : [stem];
      const stillNominal = nominal && isNominal(slot, form);
      // -қ/-к: what stands before it is a past tense or a conditional, never a stem (мемлекеті-к is not a word)
      const shortPerson = slot === PERSON && (form === 'қ' || form === 'к');
      for (const candidate of candidates) {
        if (!fitsAfter(candidate === stem ? last : (unvoiced as string), form) && !(candidate !== stem && fitsAfter(last, form))) continue;
        if (!shortPerson) nominalStems.set(candidate, (nominalStems.get(candidate) ?? false) || stillNominal);
        const key = `${candidate}\u0000${slot}\u0000${stillNominal ? 1 : 0}\u0000${shortPerson ? 1 : 0}`;
        if (found.has(key)) continue;
        found.add(key);
        visit(candidate, depth + 1, shortPerson ? VERB_FORM : slot - 1, stillNominal, slot, shortPerson ? SHORT_PERSON : undefined);
      }
    }
  };
  visit(word, 0, PERSON, true, PERSON + 1);
  return [...nominalStems].map(([stem, nominal]) => ({ stem, nominal })).sort((a, b) => b.stem.length - a.stem.length);
}

/** The stems `word` may be made of, longest first (see `stemReadings`). */
export function stemsOf(word: string): string[] {
  return stemReadings(word).map((reading) => reading.stem);
}

/** Dictionary forms a stem is listed under: a verb by its -у form (марапатта → марапаттау). */
export function dictionaryFormsOf(stem: string): string[] {
  const last = stem.slice(-1);
  const voiced = VOICED_BEFORE_VOWEL[last];
  return voiced ? [stem, `${stem}у`, `${stem.slice(0, -1)}${voiced}у`] : [stem, `${stem}у`];
}

/** A verb stem's last к, қ, п is voiced before the -у of its dictionary form: бірік → бірігу, кет → кету. */
const VOICED_BEFORE_VOWEL: Record<string, string> = { к: 'г', қ: 'ғ', п: 'б' };
