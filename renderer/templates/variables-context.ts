import { createContext, useContext } from 'react';
import type { DocumentVariable } from '../../core/model/types';

/** The open document's variables; every variable chip reads its value from here. */
export const VariablesContext = createContext<readonly DocumentVariable[]>([]);

export const useDocumentVariables = (): readonly DocumentVariable[] => useContext(VariablesContext);
