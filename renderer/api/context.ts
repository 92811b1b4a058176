import { createContext, useContext } from 'react';
import type { CasefileApi } from '../../shared/contract/index.js';

export const ApiContext = createContext<CasefileApi | null>(null);

export function useApi(): CasefileApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside <ApiContext.Provider>');
  return api;
}
