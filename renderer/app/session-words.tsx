import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { Notice } from '../session/document-session';
import type { Question } from '../session/ports';
import type { DialogButton } from '../dialogs/dialog';
import { describeProblem } from './problem-text';

/** A session question as a dialog: its title, body and buttons in the interface language. */
export interface QuestionDialog {
  title: string;
  body: ReactNode;
  buttons: DialogButton<string>[];
  cancelValue: string;
}

/** The name of the release in a question: the file's, or "Untitled". */
const nameOf = (t: TFunction, name: string) => name || t('untitled');

/** The questions drawn as a row of buttons (File ▸ Recover discarded… is a list of its own, recover-discarded-dialog.tsx). */
export type ButtonQuestion = Exclude<Question, { kind: 'recover-discarded' }>;

export function questionDialog(t: TFunction, question: ButtonQuestion): QuestionDialog {
  switch (question.kind) {
    case 'unsaved-changes':
      return {
        title: t('unsaved.title', { name: nameOf(t, question.name) }),
        body: <p>{t('unsaved.body')}</p>,
        buttons: [
          { value: 'dont-save', label: t('unsaved.dontSave'), kind: 'danger', accessKey: t('unsaved.dontSaveKey') },
          { value: 'cancel', label: t('common.cancel') },
          { value: 'save', label: t('unsaved.save'), kind: 'primary', accessKey: t('unsaved.saveKey') },
        ],
        cancelValue: 'cancel',
      };
    case 'changed-on-disk':
      return {
        title: t('changed.title', { name: nameOf(t, question.name) }),
        body: <p>{t('changed.body')}</p>,
        buttons: [
          { value: 'cancel', label: t('common.cancel') },
          { value: 'save-as', label: t('changed.saveAs') },
          { value: 'overwrite', label: t('changed.overwrite'), kind: 'danger' },
        ],
        cancelValue: 'cancel',
      };
    case 'problem': {
      const text = describeProblem(t, question.problem);
      return {
        title: text.title,
        body: (
          <>
            <p>{text.body}</p>
            {text.lines.map((line) => (
              <p key={line} className="modal__detail">
                {line}
              </p>
            ))}
          </>
        ),
        buttons: [{ value: 'ok', label: t('common.ok'), kind: 'primary' }],
        cancelValue: 'ok',
      };
    }
    case 'overwrite-exports': {
      const names = question.paths.map((path) => path.split(/[\\/]/u).pop()).join(', ');
      return {
        title: t('publishing:overwriteTitle'),
        body: <p>{t('publishing:overwriteMessage', { folder: question.folder, names })}</p>,
        buttons: [
          { value: 'cancel', label: t('common.cancel') },
          { value: 'overwrite', label: t('publishing:overwrite'), kind: 'danger' },
        ],
        cancelValue: 'cancel',
      };
    }
    case 'export-with-errors':
      return {
        title: t('checklist:exportQuestion.title'),
        body: <p>{t('checklist:exportQuestion.message', { count: question.errors, first: t(`checklist:rules.${question.first.rule}`, question.first.values) })}</p>,
        buttons: [
          { value: 'cancel', label: t('common.cancel') },
          { value: 'review', label: t('checklist:exportQuestion.review'), kind: 'primary' },
          { value: 'export', label: t('checklist:exportQuestion.exportAnyway'), kind: 'danger' },
        ],
        cancelValue: 'cancel',
      };
    case 'about':
      return {
        title: t('about.title'),
        body: <p>{t('about.body')}</p>,
        buttons: [{ value: 'ok', label: t('common.close'), kind: 'primary' }],
        cancelValue: 'ok',
      };
  }
}

/** A session notice in the interface language. */
export function noticeText(t: TFunction, notice: Notice): string {
  switch (notice.kind) {
    case 'saved':
      return t('notice.saved', { name: notice.name });
    case 'reloaded':
      return t('notice.reloaded');
    case 'restored':
      return t('notice.restored');
    case 'imported':
      return t('notice.imported');
    case 'migrated':
      return t('notice.migrated', { version: notice.version });
    case 'exported':
      return t('publishing:exported', { paths: notice.paths.join(', ') });
    case 'exported-all':
      return t('publishing:exportedAll', { folder: notice.folder });
    case 'printed':
      return t('publishing:printed');
    case 'print-unavailable':
      return t('publishing:printUnavailable');
    case 'text':
      return notice.text;
  }
}
