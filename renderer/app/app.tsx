import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Descendant } from 'slate';
import { ReactEditor, Slate } from 'slate-react';
import type { Settings } from '../../core/api';
import { setLink, removeLink, activeLink } from '../../core/editing/block-transforms';
import { createBlankDocument } from '../../core/model/new-document';
import { createReactReleaseEditor } from '../editor/create-react-release-editor';
import type { ReleaseReactEditor } from '../editor/create-react-release-editor';
import { LinkDialog } from '../editor/link-dialog';
import { OutlineSidebar } from '../editor/outline-sidebar';
import { ReleaseEditable } from '../editor/release-editable';
import { syncDomSelection } from '../editor/sync-dom-selection';
import { interfaceLanguageOf, setInterfaceLanguage } from '../i18n';
import { browserScheduling } from '../session/browser-scheduling';
import { createDocumentSession } from '../session/document-session';
import type { DocumentSession } from '../session/document-session';
import { useSessionState } from '../session/use-session';
import { TemplateFeatures } from '../templates/template-features';
import { TemplatePanels } from '../templates/template-panels';
import { VariablesContext } from '../templates/variables-context';
import { AppHeader } from './app-header';
import { createAsking } from './asking';
import { DiskBanner } from './disk-banner';
import { host } from '../host/host';
import { MetadataPanel } from './metadata-panel';
import { ReleaseDetailsContext } from '../editor/release-details-context';
import { printInterfaceTime } from '../../core/typography/interface-dates';
import { typesetRelease } from '../../core/editing/with-typography';
import { useCommandHandlers } from '../commands';
import { SessionDialogs } from './session-dialogs';
import { StatusBar } from './status-bar';
import { useSessionCommands } from './use-session-commands';

/**
 * The window: header and toolbar, the changed-on-disk banner, outline, page, details, status bar, and the
 * dialogs. What happens to the release — open, save, drafts, recovery, close — is the document session's
 * (renderer/session/document-session.ts); this component lays it out and passes the user's actions on.
 */
export function App({ initialSettings }: { initialSettings: Settings }) {
  const { t, i18n } = useTranslation();
  const [asking] = useState(createAsking);
  const [session] = useState<DocumentSession<ReleaseReactEditor>>(() =>
    createDocumentSession({
      host: host(),
      ask: asking.ask,
      compare: asking.compare,
      createEditor: createReactReleaseEditor,
      blankRelease: (settings) => createBlankDocument(interfaceLanguageOf(settings.interfaceLanguage, settings.systemLanguage)),
      untitled: () => i18n.t('untitled'),
      settings: initialSettings,
      scheduling: browserScheduling,
      transition: startTransition,
    }),
  );
  const { release, metadata, dirty, revision, draftSavedAt, notice, diskAlert, drafts, settings } = useSessionState(session);
  const { editor } = release;
  const [linkEditing, setLinkEditing] = useState<string | null>(null);
  const [detailsOpen, setDetailsOpen] = useState(true);
  const [latinExport, setLatinExport] = useState(false);

  useEffect(() => session.start(), [session]);
  useSessionCommands(session, asking);
  // Edit ▸ Typography: the whole release set by its language's press rules, as one undo step.
  useCommandHandlers<'language'>(
    {
      typography: () => {
        const changed = typesetRelease(editor);
        session.showNotice(changed > 0 ? i18n.t('language:typography.done', { count: changed }) : i18n.t('language:typography.none'));
      },
    },
    { shortcutsPaused: asking.isOpen },
  );
  // A release just shown: its save text is prepared in idle slices (see DocumentSession.prepareSaveText).
  useEffect(() => session.prepareSaveText(editor), [session, editor]);

  // Title bar, unsaved mark and the close guard.
  const displayName = release.name || t('untitled');
  useEffect(() => {
    void host().setDocumentState({ name: displayName, path: release.path, dirty });
    document.title = `${dirty ? '• ' : ''}${displayName} – Pressroom`;
  }, [displayName, release.path, dirty]);

  // The interface language follows the settings.
  const uiLanguage = interfaceLanguageOf(settings.interfaceLanguage, settings.systemLanguage);
  useEffect(() => {
    if (i18n.language !== uiLanguage) void setInterfaceLanguage(uiLanguage);
  }, [i18n.language, uiLanguage]);

  const onEditorChange = useCallback(() => {
    const { operations } = editor;
    if (operations.some((operation) => operation.type !== 'set_selection')) session.edited(editor);
    else if (operations.length > 0) syncDomSelection(editor);
  }, [editor, session]);

  const editLink = useCallback(() => setLinkEditing(activeLink(editor)?.url ?? ''), [editor]);
  const finishLink = (result: { url: string } | { remove: true } | null) => {
    setLinkEditing(null);
    if (result && 'url' in result) setLink(editor, result.url);
    else if (result) removeLink(editor);
    // Back to the page with the caret where it was (the dialog frame would give the page its focus, not its caret).
    ReactEditor.focus(editor);
  };

  const language = metadata.language;
  // The dateline on the page is written from the details (one source with the exports): a click on it opens them.
  const editDetails = useCallback(() => {
    setDetailsOpen(true);
    requestAnimationFrame(() => document.getElementById('metadata-city')?.focus());
  }, []);
  const releaseDetails = useMemo(
    () => ({ city: metadata.city, date: metadata.date, language, datelineStyle: 'standard' as const, editDetails }),
    [metadata.city, metadata.date, language, editDetails],
  );
  // Our own time format, not Intl's (Chromium has no Kazakh data): 14:05 in every interface language.
  const savedAt = draftSavedAt === null ? null : printInterfaceTime(draftSavedAt);

  return (
    <VariablesContext.Provider value={metadata.variables}>
      <ReleaseDetailsContext.Provider value={releaseDetails}>
      <Slate key={release.key} editor={editor} initialValue={release.document.body as Descendant[]} onChange={onEditorChange}>
        <div className="app">
          <AppHeader
            displayName={displayName}
            dirty={dirty}
            notice={notice}
            onLink={editLink}
            detailsOpen={detailsOpen}
            onToggleDetails={() => setDetailsOpen((open) => !open)}
          />
          {diskAlert && (
            <DiskBanner
              kind={diskAlert.kind}
              name={displayName}
              onReload={() => void session.reloadFromDisk()}
              onKeepMine={() => void session.keepMine()}
              onCompare={() => void session.compareWithDisk()}
              onDismiss={session.dismissDiskAlert}
            />
          )}
          <div className={detailsOpen ? 'app__body' : 'app__body app__body--no-details'}>
            <aside className="app__sidebar">
              <OutlineSidebar revision={revision} />
            </aside>
            <main className="app__page-scroller">
              <article className="page" lang={language}>
                <ReleaseEditable language={language} onLink={editLink} />
              </article>
            </main>
            {detailsOpen && (
              <aside className="app__details">
                <MetadataPanel
                  metadata={metadata}
                  onChange={session.changeMetadata}
                  latinExport={latinExport}
                  onLatinExport={(latin) => {
                    setLatinExport(latin);
                    session.setExportScript(latin ? 'latin' : 'cyrillic');
                  }}
                />
                <TemplatePanels variables={metadata.variables} language={language} onVariablesChange={session.changeVariables} />
              </aside>
            )}
          </div>
          <StatusBar
            revision={revision}
            dirty={dirty}
            draftSavedAt={savedAt}
            documentLanguage={language}
            settings={settings}
            onInterfaceLanguage={(setting) => void session.changeInterfaceLanguage(setting)}
          />
        </div>
        <TemplateFeatures
          editor={editor}
          language={language}
          currentDocument={session.currentDocument}
          onNewDocument={(document) => void session.newFromTemplate(document)}
          onNotice={session.showNotice}
        />
      </Slate>
      </ReleaseDetailsContext.Provider>
      {linkEditing !== null && <LinkDialog initial={linkEditing} onDone={finishLink} />}
      <SessionDialogs session={session} asking={asking} drafts={drafts} />
    </VariablesContext.Provider>
  );
}
