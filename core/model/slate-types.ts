import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { FormattedText, ReleaseElement } from './types';

/** Registers the release's element and text types with Slate, once for the whole code base. */
declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & HistoryEditor;
    Element: ReleaseElement;
    Text: FormattedText;
  }
}

export {};
