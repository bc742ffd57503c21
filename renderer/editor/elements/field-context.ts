import { createContext, useContext } from 'react';

/** The type of the block a field sits in (dateline, quote, award-ceremony, award-row): fields label themselves by it. */
export const FieldContainerContext = createContext<string>('');
export const useFieldContainer = (): string => useContext(FieldContainerContext);
