import type { RenderElementProps } from 'slate-react';
import { useElementTranslation } from '../element-translation';
import { FieldContainerContext } from './field-context';

/** A direct quote: the words, then who said it, their position and the attribution verb, each labelled. */
export function QuoteElement({ attributes, children }: RenderElementProps) {
  const { t } = useElementTranslation();
  return (
    <figure {...attributes} className="block block--quote" role="group" aria-label={t('block.quote')}>
      <FieldContainerContext.Provider value="quote">{children}</FieldContainerContext.Provider>
    </figure>
  );
}
