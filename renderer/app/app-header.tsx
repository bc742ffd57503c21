import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Toolbar } from '../editor/toolbar';
import type { Notice } from '../session/document-session';
import { noticeText } from './session-words';

/** The window's header: the release's name, the unsaved mark, the last notice, and the toolbar. Inside <Slate>. */
export function AppHeader({
  displayName,
  dirty,
  notice,
  onLink,
  detailsOpen,
  onToggleDetails,
  outlineOpen,
  onToggleOutline,
  children,
}: {
  displayName: string;
  dirty: boolean;
  notice: Notice | null;
  onLink: () => void;
  detailsOpen: boolean;
  onToggleDetails: () => void;
  outlineOpen: boolean;
  onToggleOutline: () => void;
  /** Buttons of other parts shown beside the title (the checklist's). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <header className="app__header">
      <div className="app__title">
        <span className="app__name">{displayName}</span>
        {dirty && (
          <span className="app__dirty" title={t('status.unsaved')} aria-label={t('status.unsaved')}>
            ●
          </span>
        )}
        {notice && (
          <span className="app__notice" role="status">
            {noticeText(t, notice)}
          </span>
        )}
        {children}
      </div>
      <Toolbar onLink={onLink} detailsOpen={detailsOpen} onToggleDetails={onToggleDetails} outlineOpen={outlineOpen} onToggleOutline={onToggleOutline} />
    </header>
  );
}
