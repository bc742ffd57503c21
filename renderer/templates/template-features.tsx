import { useEffect, useState } from 'react';
import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import type { MenuAction } from '../../core/api';
import { Placeholders } from '../../core/editing/with-placeholders';
import type { Language, PressroomDocument } from '../../core/model/types';
import { insertSection } from '../../core/templates/insert-section';
import { host } from '../app/host';
import { InsertSectionMenu } from './insert-section-menu';
import { asReactEditor } from './react-editor';
import { SaveAsTemplateDialog } from './save-as-template-dialog';
import { TemplateGallery } from './template-gallery';
import { TemplateLibraryDialog } from './template-library-dialog';

/** Bodies of releases just made from a template, until their editor has started on the first blank. */
const madeFromTemplate = new WeakSet<object>();

type Open = 'gallery' | 'insert' | 'save-as' | 'library' | null;

const ACTIONS: Partial<Record<MenuAction, Open>> = {
  'new-from-template': 'gallery',
  'insert-section': 'insert',
  'save-as-template': 'save-as',
  'manage-templates': 'library',
};

/** Whether a menu action belongs to the templates area (the app's own command handler can skip these). */
export const isTemplateAction = (action: MenuAction): boolean => action in ACTIONS;

/**
 * The templates area's dialogs, opened by the menu actions 'new-from-template', 'insert-section',
 * 'save-as-template' and 'manage-templates' (from the native menu, or `openTemplateDialog` for buttons).
 */
export function TemplateFeatures({
  editor,
  language,
  currentDocument,
  onNewDocument,
  onNotice,
}: {
  /** The live editor, for Insert section. */
  editor: Editor;
  /** The open document's language: the gallery's starting filter and the sections offered. */
  language: Language;
  /** The document as it stands now (metadata and body), for Save as template. */
  currentDocument: () => PressroomDocument;
  /** Opens a new, unsaved release made from a template (the app asks about unsaved changes first if it must). */
  onNewDocument: (document: PressroomDocument) => void;
  /** Shows a short confirmation (e.g. "template saved"), if the app has a place for it. */
  onNotice?: (text: string) => void;
}) {
  const [open, setOpen] = useState<Open>(null);
  const [snapshot, setSnapshot] = useState<PressroomDocument | null>(null);
  // A release just made from a template starts on its first blank. (This component is remounted with each
  // new document, so the mark is kept on the new body itself, which becomes the editor's children.)
  useEffect(() => {
    if (!madeFromTemplate.has(editor.children)) return;
    madeFromTemplate.delete(editor.children);
    try {
      if (Placeholders.selectNext(editor)) ReactEditor.focus(asReactEditor(editor));
    } catch {
      // The editor is not on screen yet: the user starts wherever they click.
    }
  }, [editor]);

  useEffect(() => {
    const show = (which: Open) => {
      if (which === 'save-as') setSnapshot(currentDocument());
      setOpen(which);
    };
    const unsubscribe = host().onCommand((command) => {
      if (command.type !== 'menu') return;
      const which = ACTIONS[command.action];
      if (which) show(which);
    });
    const onRequest = (event: Event) => {
      const action = (event as CustomEvent<MenuAction>).detail;
      const which = ACTIONS[action];
      if (which) show(which);
    };
    window.addEventListener(TEMPLATE_DIALOG_EVENT, onRequest);
    return () => {
      unsubscribe();
      window.removeEventListener(TEMPLATE_DIALOG_EVENT, onRequest);
    };
  }, [currentDocument]);

  const close = () => {
    setOpen(null);
    try {
      ReactEditor.focus(asReactEditor(editor));
    } catch {
      // The editor may be gone (a new document is being opened): nothing to focus.
    }
  };

  if (open === 'gallery') {
    return (
      <TemplateGallery
        initialLanguage={language}
        onClose={close}
        onCreate={(document) => {
          setOpen(null);
          madeFromTemplate.add(document.body);
          onNewDocument(document);
        }}
      />
    );
  }
  if (open === 'insert') {
    return (
      <InsertSectionMenu
        language={language}
        onClose={close}
        onInsert={(blocks) => {
          insertSection(editor, blocks);
          close();
        }}
      />
    );
  }
  if (open === 'save-as' && snapshot) {
    return (
      <SaveAsTemplateDialog
        document={snapshot}
        onClose={close}
        onSaved={(template) => {
          close();
          onNotice?.(template.name);
        }}
      />
    );
  }
  if (open === 'library') return <TemplateLibraryDialog onClose={close} />;
  return null;
}

const TEMPLATE_DIALOG_EVENT = 'pressroom:template-dialog';

/** Opens one of the templates dialogs from a toolbar button or shortcut, as the menu action would. */
export function openTemplateDialog(action: 'new-from-template' | 'insert-section' | 'save-as-template' | 'manage-templates'): void {
  window.dispatchEvent(new CustomEvent<MenuAction>(TEMPLATE_DIALOG_EVENT, { detail: action }));
}
