import { useTranslation } from 'react-i18next';
import type { RenderElementProps } from 'slate-react';
import { useFocused, useSelected } from 'slate-react';
import { formatDateline } from '../../../core/typography/dateline';
import { useReleaseDetails } from '../release-details-context';

/**
 * The dateline, as every export prints it: the release's city and date (the details panel) in the release's
 * language and the organisation's dateline style — «Астана, 2 октября 2025 года». The block holds no words of its
 * own (a void block): a click or Enter on it takes the press officer to the details, where city and date are
 * edited, so the page, the outline and the exports never disagree.
 */
export function DatelineElement({ attributes, children }: RenderElementProps) {
  const { t } = useTranslation('language');
  const { city, date, language, datelineStyle, agency, editDetails } = useReleaseDetails();
  const isSelected = useSelected();
  const isFocused = useFocused();
  const selected = isSelected && isFocused;
  const written = formatDateline(city, date, language, datelineStyle, agency);
  const className = `block block--dateline${written ? '' : ' block--dateline-empty'}${selected ? ' is-selected' : ''}`;
  return (
    <div {...attributes} className={className} data-testid="dateline">
      <div contentEditable={false} className="dateline">
        <button
          type="button"
          className="dateline__words"
          lang={language}
          aria-label={written ? t('dateline.edit', { dateline: written }) : t('dateline.editEmpty')}
          onClick={editDetails}
          // The page keeps its caret: the button is reached with the mouse; from the keyboard, Enter on the
          // selected dateline goes to the details the same way (release-editable's key handling leaves it to us).
          tabIndex={-1}
        >
          {written || <span className="dateline__hint">{t('dateline.empty')}</span>}
        </button>
      </div>
      {children}
    </div>
  );
}
