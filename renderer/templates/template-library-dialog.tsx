import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileProblem, Settings, TemplateEntry } from '../../core/api';
import { Button, ButtonRow } from '../controls/button';
import { DialogFrame } from '../dialogs/dialog-frame';
import './templates.css';
import { host } from '../host/host';
import { problemText } from '../i18n/file-problems';
import { useTemplates } from './use-templates';

type Message = { kind: 'status' | 'alert'; text: string } | null;

/**
 * "Manage templates…": the user's library (rename, duplicate, delete after asking, export), built-in and team
 * templates (duplicate into the library, export), importing template files, and adding or removing the team's
 * read-only folder.
 */
export function TemplateLibraryDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('templates');
  const { templates, reload } = useTemplates();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<TemplateEntry | null>(null);
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    void host().getSettings({}).then(setSettings);
  }, []);

  const fail = (problem: FileProblem) => setMessage({ kind: 'alert', text: problemText(t, problem) });
  const run = async (action: () => Promise<{ status: string; problem?: FileProblem }>, done: string) => {
    const reply = await action();
    if (reply.status === 'failed' && reply.problem) fail(reply.problem);
    else if (reply.status !== 'cancelled') setMessage({ kind: 'status', text: done });
    await reload();
  };

  const importFiles = async () => {
    const reply = await host().importTemplates({});
    if (reply.status === 'cancelled') return;
    const problems = reply.problems.map((problem) => `${problem.path ?? ''}: ${problemText(t, problem)}`);
    setMessage({
      kind: problems.length ? 'alert' : 'status',
      text: [t('library.imported', { count: reply.templates.length }), ...problems].join('\n'),
    });
    await reload();
  };

  const setTeamFolder = async (remove: boolean) => {
    const reply = await host().setTeamTemplateFolder(remove ? { remove: true } : {});
    if ('status' in reply) return;
    setSettings(reply);
    await reload();
  };

  const groups: { source: TemplateEntry['source']; entries: TemplateEntry[] }[] = (['library', 'team', 'built-in'] as const).map((source) => ({
    source,
    entries: (templates ?? []).filter((entry) => entry.source === source),
  }));

  return (
    <DialogFrame title={t('library.title')} onCancel={onClose} size="wide" closeOnBackdrop>
      <div className="pr-library__actions">
        <Button small onClick={() => void importFiles()}>
          {t('library.import')}
        </Button>
        {settings?.teamTemplateFolder ? (
          <Button small onClick={() => void setTeamFolder(true)}>
            {t('library.removeTeam')}
          </Button>
        ) : (
          <Button small onClick={() => void setTeamFolder(false)}>
            {t('library.addTeam')}
          </Button>
        )}
      </div>
      {settings?.teamTemplateFolder ? <p className="pr-template-meta">{t('library.teamFolder', { folder: settings.teamTemplateFolder })}</p> : null}
      {message ? (
        <p role={message.kind} className={message.kind === 'alert' ? 'form-error' : 'pr-template-meta'}>
          {message.text}
        </p>
      ) : null}
      <div className="pr-library">
        {groups.map(({ source, entries }) => (
          <section key={source} aria-label={t(`source.${source}`)}>
            <h3>{t(`source.${source}`)}</h3>
            {entries.length === 0 ? <p className="pr-template-meta">{t(source === 'library' ? 'library.emptyLibrary' : 'gallery.empty')}</p> : null}
            <ul>
              {entries.map((entry) => (
                <li key={entry.id} className={entry.usable ? undefined : 'pr-unusable'} aria-label={entry.name}>
                  {renaming?.id === entry.id ? (
                    <form
                      className="pr-library__name"
                      onSubmit={(event) => {
                        event.preventDefault();
                        const name = renaming.name.trim();
                        if (!name) return;
                        setRenaming(null);
                        void run(() => host().renameTemplate({ id: entry.id, name }), t('library.renamed'));
                      }}
                    >
                      <input
                        type="text"
                        aria-label={t('library.newName')}
                        value={renaming.name}
                        autoFocus
                        onChange={(event) => setRenaming({ id: entry.id, name: event.target.value })}
                      />
                      <Button small kind="primary" type="submit">
                        {t('common.ok')}
                      </Button>
                      <Button small onClick={() => setRenaming(null)}>
                        {t('common.cancel')}
                      </Button>
                    </form>
                  ) : (
                    <span className="pr-library__name">
                      {entry.name}
                      <span className="pr-template-meta">
                        {t(`language.${entry.language}`)} · {t(`kind.${entry.kind ?? 'release'}`)}
                        {entry.description ? ` · ${entry.description}` : ''}
                      </span>
                      {entry.usable ? null : <span className="pr-template-reason">{problemText(t, entry.problem)}</span>}
                    </span>
                  )}
                  {entry.source === 'library' && renaming?.id !== entry.id ? (
                    <Button small kind="quiet" onClick={() => setRenaming({ id: entry.id, name: entry.name })}>
                      {t('library.rename')}
                    </Button>
                  ) : null}
                  {entry.usable ? (
                    <Button small kind="quiet" onClick={() => void run(() => host().duplicateTemplate({ id: entry.id }), t('library.duplicated'))}>
                      {t('library.duplicate')}
                    </Button>
                  ) : null}
                  {entry.usable ? (
                    <Button small kind="quiet" onClick={() => void run(() => host().exportTemplate({ id: entry.id }), t('library.exported'))}>
                      {t('library.export')}
                    </Button>
                  ) : null}
                  {entry.source === 'library' ? (
                    <Button small kind="quiet" className="button--danger-text" onClick={() => setDeleting(entry)}>
                      {t('library.delete')}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <ButtonRow>
        <Button kind="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      </ButtonRow>
      {deleting ? (
        <DialogFrame title={t('library.confirmDeleteTitle')} onCancel={() => setDeleting(null)} size="small" closeOnBackdrop>
          <div className="modal__body">
            <p>{t('library.confirmDelete', { name: deleting.name })}</p>
          </div>
          <ButtonRow>
            <Button data-autofocus onClick={() => setDeleting(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              kind="danger"
              onClick={() => {
                const id = deleting.id;
                setDeleting(null);
                void run(() => host().deleteTemplate({ id }), t('library.deleted'));
              }}
            >
              {t('library.delete')}
            </Button>
          </ButtonRow>
        </DialogFrame>
      ) : null}
    </DialogFrame>
  );
}
