import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Labels for the elements of the page (field captions, the end mark, placeholders' hints…).
 * The editor asks i18next once and hands `t` down: calling useTranslation in each of thousands of block and
 * field elements cost about 1.5 s when opening a 5 MB release (bench/: npm run bench -- --only-big).
 */
type AppT = ReturnType<typeof useTranslation<'app'>>['t'];
type TemplatesT = ReturnType<typeof useTranslation<'templates'>>['t'];
interface ElementTranslations {
  app: AppT;
  templates: TemplatesT;
}

const ElementTranslationContext = createContext<ElementTranslations | null>(null);

export function ElementTranslationProvider({ children }: { children: ReactNode }) {
  const { t: app } = useTranslation('app');
  const { t: templates } = useTranslation('templates');
  const value = useMemo(() => ({ app, templates }), [app, templates]);
  return <ElementTranslationContext.Provider value={value}>{children}</ElementTranslationContext.Provider>;
}

function useElementTranslations(): ElementTranslations {
  const translations = useContext(ElementTranslationContext);
  if (!translations) throw new Error('an editor element rendered outside ElementTranslationProvider');
  return translations;
}

/** The `app` namespace's `t`, for elements of the page. */
export const useElementTranslation = (): { t: AppT } => ({ t: useElementTranslations().app });
/** The `templates` namespace's `t`, for placeholder, variable and award-ceremony elements. */
export const useTemplateElementTranslation = (): { t: TemplatesT } => ({ t: useElementTranslations().templates });
