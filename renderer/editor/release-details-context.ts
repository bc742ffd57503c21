import { createContext, useContext } from 'react';
import type { ReleaseLanguage } from '../../core/model/types';
import type { DatelineStyle } from '../../core/typography/dateline';

/**
 * What the page needs of the release's details: the dateline on the page and its outline entry are written from
 * the details' city and date, in the release's language and the organisation's dateline style, by the same
 * function the exports use (core/typography/dateline.ts) — one source, so what the page shows is what is printed.
 */
export interface ReleaseDetails {
  city: string;
  /** ISO date, or empty. */
  date: string;
  language: ReleaseLanguage;
  datelineStyle: DatelineStyle;
  /** The wire style's agency line (the organisation's, for this language); empty: none. */
  agency: string;
  /** Takes the press officer to the details' city field (the dateline is edited there). */
  editDetails: () => void;
}

export const ReleaseDetailsContext = createContext<ReleaseDetails>({ city: '', date: '', language: 'ru', datelineStyle: 'standard', agency: '', editDetails: () => undefined });

export const useReleaseDetails = (): ReleaseDetails => useContext(ReleaseDetailsContext);
