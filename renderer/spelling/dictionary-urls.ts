import type { ReleaseLanguage } from '../../core/model/types';
import enAff from '@dictionaries/en/index.aff?url';
import enDic from '@dictionaries/en/index.dic?url';
import kkAff from '@dictionaries/kk/kk_KZ.aff?url';
import kkDic from '@dictionaries/kk/kk_KZ.dic?url';
import ruAff from '@dictionaries/ru/index.aff?url';
import ruDic from '@dictionaries/ru/index.dic?url';

/**
 * Where the shipped dictionaries are, inside the app (out/renderer/assets): the build copies them from the npm
 * packages dictionary-ru and dictionary-en and from dictionaries/kk (electron.vite.config.ts, `@dictionaries`).
 * Fetched from the app's own origin by the worker; never from the network.
 */
export const DICTIONARY_URLS: Record<ReleaseLanguage, { aff: string; dic: string }> = {
  ru: { aff: ruAff, dic: ruDic },
  kk: { aff: kkAff, dic: kkDic },
  en: { aff: enAff, dic: enDic },
};
