import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import { FindBar } from '../find/find-bar';
import { noDecorations, type Decorate } from '../find/find-decorations';
import { syncDomSelection } from '../editor/sync-dom-selection';
import { setCopySource } from '../editor/with-copy';
import { formatOptionsOf } from '../../core/formats/export';
import { installEditorTestHook } from '../editor/editor-test-hook';
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
import { setEditorHouseDash, typesetRelease } from '../../core/editing/with-typography';
import { markSelection } from '../editor/mark-language';
import { useCommandHandlers } from '../commands';
import { SessionDialogs } from './session-dialogs';
import { StatusBar } from './status-bar';
import { useSessionCommands } from './use-session-commands';
import { PublicationPanel } from './publication-panel';
import { checkRelease } from '../../core/checklist/checklist';
import { spellingClient } from '../spelling/use-spelling';
import { houseDashOf, organisationSettingsOf } from '../../core/checklist/organisation';
import { SettingsFeature } from '../settings/settings-feature';
import { ChecklistButton } from '../checklist/checklist-button';
import { ChecklistPanel } from '../checklist/checklist-panel';

/**
 * The window: header and toolbar, the changed-on-disk banner, outline, page, details, status bar, and the
 * dialogs. What happens to the release — open, save, drafts, recovery, close — is the document session's
 * (renderer/session/document-session.ts); this component lays it out and passes the user's actions on.
 */
/** The width from which the outline, the page and the details panel sit side by side (app.css's media queries). */
export const WIDE_WINDOW_PX = 1280;

export function App({ initialSettings }: { initialSettings: Settings }) {
  const { t, i18n } = useTranslation();
  const [asking] = useState(createAsking);
  // The pre-publication checklist's panel; export with errors can open it (reviewChecklist).
  const [checklistOpen, setChecklistOpen] = useState(false);
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
      reviewChecklist: () => setChecklistOpen(true),
    }),
  );
  const { release, metadata, dirty, revision, draftSavedAt, notice, diskAlert, drafts, settings } = useSessionState(session);
  const { editor } = release;
  const [linkEditing, setLinkEditing] = useState<string | null>(null);
  // Panels: in a window narrower than WIDE_WINDOW_PX the details panel starts closed (it then opens over the page,
  // renderer/styles/app.css), so the text column keeps its width.
  const [detailsOpen, setDetailsOpen] = useState(() => window.innerWidth >= WIDE_WINDOW_PX);
  const [outlineOpen, setOutlineOpen] = useState(true);
  // The window made narrower than that: the details panel closes rather than lie over the text.
  useEffect(() => {
    const wide = window.matchMedia(`(min-width: ${WIDE_WINDOW_PX}px)`);
    const follow = () => {
      if (!wide.matches) setDetailsOpen(false);
    };
    wide.addEventListener('change', follow);
    return () => wide.removeEventListener('change', follow);
  }, []);
  // The find bar's highlights on the page: a new function only when its matches change.
  const [decorate, setDecorate] = useState<Decorate>(() => noDecorations);
  const onFindDecorate = useCallback((next: Decorate) => setDecorate(() => next), []);
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
      // Edit ▸ Language of selection: the selected words marked as written in that language, one undo step.
      'span-language-ru': () => markSelection(editor, 'ru'),
      'span-language-kk': () => markSelection(editor, 'kk'),
      'span-language-en': () => markSelection(editor, 'en'),
      'span-language-release': () => markSelection(editor, null),
    },
    { shortcutsPaused: asking.isOpen },
  );
  // A release just shown: its save text is prepared in idle slices (see DocumentSession.prepareSaveText).
  useEffect(() => session.prepareSaveText(editor), [session, editor]);
  // Only when the Chromium property test asked for it before the app started (see editor-test-hook.ts).
  useEffect(() => installEditorTestHook(editor), [editor]);

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

  const organisation = organisationSettingsOf(settings.organisation);
  // A copy writes the words as the exports do: the release's details and the organisation's datelines and dash.
  const copying = { metadata, options: formatOptionsOf(organisation) };
  const copyDetails = useRef(copying);
  copyDetails.current = copying;
  useEffect(() => setCopySource(editor, () => copyDetails.current), [editor]);
  // Worked out while the panel is open, again after each pause in typing (revision) and each change of details.
  const findings = useMemo(
    // Misspelled words are the worker's verdicts so far (the squiggles on the page): none is waited for here.
    () => (checklistOpen ? checkRelease(session.currentDocument(), { limits: organisation.checklist, spelling: (word, language) => spellingClient()?.verdict(word, language) }) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [checklistOpen, revision, metadata, settings, session],
  );
  const toggleChecklist = () => {
    setChecklistOpen((open) => !open);
    setDetailsOpen(true);
  };

  const language = metadata.language;
  // The dateline on the page is written from the details (one source with the exports): a click on it opens them.
  const editDetails = useCallback(() => {
    setDetailsOpen(true);
    requestAnimationFrame(() => document.getElementById('metadata-city')?.focus());
  }, []);
  // …in the organisation's dateline style for the release's language (Edit ▸ Settings…), with its agency line.
  const { style: datelineStyle, agency } = organisation.datelines[language];
  const releaseDetails = useMemo(
    () => ({ city: metadata.city, date: metadata.date, language, datelineStyle, agency, editDetails }),
    [metadata.city, metadata.date, language, datelineStyle, agency, editDetails],
  );
  // Typing, paste and the Typography command set the organisation's house dash (the language's own when unset).
  const dash = houseDashOf(organisation);
  useEffect(() => setEditorHouseDash(editor, dash), [editor, dash]);
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
            outlineOpen={outlineOpen}
            onToggleOutline={() => setOutlineOpen((open) => !open)}
          >
            <ChecklistButton open={checklistOpen} onToggle={toggleChecklist} />
          </AppHeader>
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
          <div className={`app__body${detailsOpen ? '' : ' app__body--no-details'}${outlineOpen ? '' : ' app__body--no-outline'}`}>
            {outlineOpen && (
              <aside className="app__sidebar">
                <OutlineSidebar revision={revision} />
              </aside>
            )}
            <main className="app__page-scroller">
              <FindBar key={release.key} editor={editor} variables={metadata.variables} onVariablesChange={session.changeVariables} revision={revision} onDecorate={onFindDecorate} />
              <article className="page" lang={language}>
                <ReleaseEditable language={language} onLink={editLink} decorate={decorate} onNotice={session.showNotice} />
              </article>
            </main>
            {detailsOpen && (
              <aside className="app__details">
                {checklistOpen && <ChecklistPanel findings={findings} limits={organisation.checklist} onClose={() => setChecklistOpen(false)} />}
                <MetadataPanel
                  metadata={metadata}
                  onChange={session.changeMetadata}
                  latinExport={latinExport}
                  onLatinExport={(latin) => {
                    setLatinExport(latin);
                    session.setExportScript(latin ? 'latin' : 'cyrillic');
                  }}
                />
                <PublicationPanel metadata={metadata} onChange={session.changeMetadata} />
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
      <SettingsFeature
        organisation={organisation}
        shortcutsPaused={asking.isOpen}
        onSave={async (next) => {
          await session.changeOrganisation(next);
          session.showNotice(i18n.t('settings:saved'));
        }}
      />
      <SessionDialogs session={session} asking={asking} drafts={drafts} />
    </VariablesContext.Provider>
  );
}
