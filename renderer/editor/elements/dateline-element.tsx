import type { RenderElementProps } from 'slate-react';
import { useElementTranslation } from '../element-translation';
import { FieldContainerContext } from './field-context';

/** City and date, side by side, each labelled. */
export function DatelineElement({ attributes, children }: RenderElementProps) {
  const { t } = useElementTranslation();
  return (
    <div {...attributes} className="block block--dateline" role="group" aria-label={t('block.dateline')}>
      <FieldContainerContext.Provider value="dateline">{children}</FieldContainerContext.Provider>
    </div>
  );
}
