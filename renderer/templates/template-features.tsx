import { useLayoutEffect, useState } from 'react';
import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import { Placeholders } from '../../core/editing/with-placeholders';
import type { ReleaseLanguage, PressroomDocument } from '../../core/model/types';
import { insertSection } from '../../core/templates/insert-section';
import { useCommandHandlers } from '../commands';
import { InsertSectionMenu } from './insert-section-menu';
import { asReactEditor } from './react-editor';
import { SaveAsTemplateDialog } from './save-as-template-dialog';
import { templateCommandHandlers, type TemplateDialog } from './template-commands';
import { TemplateGallery } from './template-gallery';
import { TemplateLibraryDialog } from './template-library-dialog';

/** Bodies of releases just made from a template, until their editor has started on the first blank. */
const madeFromTemplate = new WeakSet<object>();

type Open = TemplateDialog | null;

/**
 * The templates area's dialogs, opened by the menu actions of area 'templates' (core/commands.ts:
 * 'new-from-template', 'insert-section', 'save-as-template', 'manage-templates'), whether they come from the
 * native menu, their shortcut or a toolbar button: all three reach it through the command dispatcher.
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
  language: ReleaseLanguage;
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
  // new document, so the mark is kept on the new body itself, which becomes the editor's children.) It is done
  // as the page is first laid out, before any click can reach it, and never over a place the user has chosen.
  useLayoutEffect(() => {
    if (!madeFromTemplate.has(editor.children)) return;
    madeFromTemplate.delete(editor.children);
    if (editor.selection) return;
    try {
      if (Placeholders.selectNext(editor)) ReactEditor.focus(asReactEditor(editor));
    } catch {
      // The editor is not on screen yet: the user starts wherever they click.
    }
  }, [editor]);

  useCommandHandlers<'templates'>(
    templateCommandHandlers((which) => {
      if (which === 'save-as') setSnapshot(currentDocument());
      setOpen(which);
    }),
  );

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
