import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../core/api';
import { Toolbar } from '../editor/toolbar';
import type { DocumentSession, Notice } from '../session/document-session';
import { openTemplateDialog } from '../templates/template-features';
import { noticeText } from './session-words';

/** The window's header: the release's name, the unsaved mark, the last notice, and the toolbar. Inside <Slate>. */
export function AppHeader({
  session,
  displayName,
  dirty,
  notice,
  onLink,
  detailsOpen,
  onToggleDetails,
}: {
  session: DocumentSession;
  displayName: string;
  dirty: boolean;
  notice: Notice | null;
  onLink: () => void;
  detailsOpen: boolean;
  onToggleDetails: () => void;
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
      </div>
      <Toolbar
        onNew={() => void session.newRelease()}
        onOpen={() => void session.open()}
        onSave={() => void session.save()}
        onLink={onLink}
        onFromTemplate={() => openTemplateDialog('new-from-template')}
        onInsertSection={() => openTemplateDialog('insert-section')}
        onExport={(format: ExportFormat | 'all') => void session.exportAs(format)}
        detailsOpen={detailsOpen}
        onToggleDetails={onToggleDetails}
      />
    </header>
  );
}
