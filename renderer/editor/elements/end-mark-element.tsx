import type { RenderElementProps } from 'slate-react';
import { useFocused, useSelected } from 'slate-react';
import { useElementTranslation } from '../element-translation';

/** The end mark (###), centred; a void block. */
export function EndMarkElement({ attributes, children }: RenderElementProps) {
  const { t } = useElementTranslation();
  const isSelected = useSelected();
  const isFocused = useFocused();
  const selected = isSelected && isFocused;
  return (
    <div {...attributes} className={selected ? 'block block--end-mark is-selected' : 'block block--end-mark'}>
      <div contentEditable={false} aria-label={t('block.end-mark')} role="separator">
        ###
      </div>
      {children}
    </div>
  );
}
