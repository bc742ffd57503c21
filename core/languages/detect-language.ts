import type { ReleaseLanguage } from '../model/types';
import { ALL_PROFILES, DEFAULT_RELEASE_LANGUAGE, inCharacterClass } from './index';
import type { LanguageProfile, Script } from './profile';

/** The letters of each script, as detection counts them. */
const SCRIPT_LETTERS: Record<Script, RegExp> = {
  cyrillic: /[\u0400-\u04ff]/g,
  latin: /[A-Za-z]/g,
};

const count = (text: string, letters: RegExp): number => text.match(letters)?.length ?? 0;

const OWN_LETTERS = new Map<LanguageProfile, RegExp>(
  ALL_PROFILES.flatMap((profile) => (profile.detection.ownLetters ? [[profile, new RegExp(`[${inCharacterClass(profile.detection.ownLetters.letters)}]`, 'g')] as const] : [])),
);

/** The scripts some release language is written in, in the order of RELEASE_LANGUAGES. */
const SCRIPTS: readonly Script[] = [...new Set(ALL_PROFILES.map((profile) => profile.detection.script))];

/**
 * The release language imported text is written in, by its letters (see LetterDetection in profile.ts):
 * Kazakh when its own letters are frequent enough, Russian for other Cyrillic, English for Latin text; the
 * default language when the text has no letters of any script. A tie between scripts goes to the first.
 */
export function detectLanguage(text: string): ReleaseLanguage {
  let script: Script | null = null;
  let letters = 0;
  for (const candidate of SCRIPTS) {
    const found = count(text, SCRIPT_LETTERS[candidate]);
    if (found > letters) {
      script = candidate;
      letters = found;
    }
  }
  if (script === null) return DEFAULT_RELEASE_LANGUAGE;
  const written = ALL_PROFILES.filter((profile) => profile.detection.script === script);
  let best: LanguageProfile | null = null;
  let bestShare = 0;
  for (const profile of written) {
    const own = profile.detection.ownLetters;
    const pattern = OWN_LETTERS.get(profile);
    if (!own || !pattern) continue;
    const share = count(text, pattern) / Math.max(letters, 1);
    if (share > own.share && share > bestShare) {
      best = profile;
      bestShare = share;
    }
  }
  const plain = written.find((profile) => !profile.detection.ownLetters) ?? written[0];
  return (best ?? plain ?? { code: DEFAULT_RELEASE_LANGUAGE }).code;
}
