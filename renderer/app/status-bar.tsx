import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSlateStatic } from 'slate-react';
import type { Descendant, Editor } from 'slate';
import type { InterfaceLanguageSetting, Settings } from '../../core/api';
import { perBlock } from '../../core/editing/block-cache';
import { countBlock, countSome, NO_TEXT } from '../../core/editing/count-words';
import type { CountProgress, TextCount } from '../../core/editing/count-words';
import { INTERFACE_LANGUAGES } from '../../core/i18n/interface-languages';
import type { ReleaseLanguage } from '../../core/model/types';

/**
 * Each top-level block's count, kept while the block is unchanged: after a key press only the edited block is
 * counted again (well under a millisecond), the others are a look-up each.
 */
const countOf = perBlock(countBlock);
const NOTHING_COUNTED: CountProgress = { next: 0, count: NO_TEXT };
/** Counting done while the status bar renders: enough for the edited block, not for a just-opened 5 MB release. */
const RENDER_BUDGET_MS = 3;
/** The most one idle slice counts before letting the page have the main thread back. */
const SLICE_MS = 8;

/**
 * The release's count as of `revision`, or null while a long release is still being counted. A just-opened
 * 5 MB release (7,700 blocks, ~15 ms to count in Chromium) is counted in idle slices between frames, so opening
 * it shows "counting" for a moment rather than a wrong number or a frozen window.
 */
function useReleaseCount(editor: Editor, revision: number): TextCount | null {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const body = useMemo<readonly Descendant[]>(() => editor.children, [editor, revision]);
  const first = useMemo(() => {
    const end = performance.now() + RENDER_BUDGET_MS;
    return countSome(body, NOTHING_COUNTED, countOf, () => performance.now() >= end);
  }, [body]);
  // Keyed by revision, not by body, so a closed release's blocks are not kept alive here.
  const [finished, setFinished] = useState<{ revision: number; count: TextCount } | null>(null);
  useEffect(() => {
    if (first.next >= body.length) return undefined;
    let progress = first;
    const slice = (deadline: IdleDeadline) => {
      const end = performance.now() + (deadline.didTimeout ? SLICE_MS : Math.min(deadline.timeRemaining(), SLICE_MS));
      progress = countSome(body, progress, countOf, () => performance.now() >= end);
      if (progress.next < body.length) handle = requestIdleCallback(slice, { timeout: 500 });
      else setFinished({ revision, count: progress.count });
    };
    let handle = requestIdleCallback(slice, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }, [body, first, revision]);
  if (first.next >= body.length) return first.count;
  return finished?.revision === revision ? finished.count : null;
}

/** Word and character count (updated when typing pauses), save state, and the interface language switch. */
export function StatusBar({
  revision,
  dirty,
  draftSavedAt,
  documentLanguage,
  settings,
  onInterfaceLanguage,
}: {
  revision: number;
  dirty: boolean;
  draftSavedAt: string | null;
  documentLanguage: ReleaseLanguage;
  settings: Settings;
  onInterfaceLanguage: (setting: InterfaceLanguageSetting) => void;
}) {
  const { t } = useTranslation();
  const editor = useSlateStatic();
  const count = useReleaseCount(editor, revision);
  return (
    <footer className="status-bar">
      <span className="status-bar__count" role="status" aria-live="polite">
        {count ? (
          <>
            <span data-testid="word-count">{t('status.words', { count: count.words })}</span>
            <span className="status-bar__dot" aria-hidden="true">·</span>
            <span data-testid="character-count">{t('status.characters', { count: count.characters })}</span>
            <span className="status-bar__muted"> ({t('status.charactersWithoutSpaces', { count: count.charactersWithoutSpaces })})</span>
          </>
        ) : (
          <span className="status-bar__muted" data-testid="word-count">
            {t('status.counting')}
          </span>
        )}
      </span>
      <span className={dirty ? 'status-bar__state is-dirty' : 'status-bar__state'}>{dirty ? t('status.unsaved') : t('status.saved')}</span>
      {dirty && draftSavedAt && <span className="status-bar__muted">{t('status.draftSaved', { time: draftSavedAt })}</span>}
      <span className="status-bar__spacer" />
      <span className="status-bar__muted">{t('status.documentLanguage', { language: t(`language.${documentLanguage}`) })}</span>
      <label className="status-bar__language">
        <span>{t('interface.language')}</span>
        <select value={settings.interfaceLanguage} onChange={(event) => onInterfaceLanguage(event.target.value as InterfaceLanguageSetting)}>
          <option value="system">{t('interface.system', { language: t(`language.${settings.systemLanguage}`) })}</option>
          {INTERFACE_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </select>
      </label>
    </footer>
  );
}
