import { createContext, useContext } from 'react';
import type { FieldHolderType } from '../../../core/model/block-specs';

/** The type of the element a field sits in (dateline, quote, award-ceremony, award-row): fields label themselves by it. */
export const FieldContainerContext = createContext<FieldHolderType | ''>('');
export const useFieldContainer = (): FieldHolderType | '' => useContext(FieldContainerContext);
