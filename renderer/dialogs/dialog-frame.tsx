import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

/** What Tab moves between inside a dialog. */
const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

const focusablesIn = (dialog: HTMLElement): HTMLElement[] =>
  [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => !element.hasAttribute('disabled'));

/** The one look (renderer/styles/app.css): every dialog of the app is this box, its buttons ../controls/button.tsx. */
const CLASSES = { backdrop: 'modal-backdrop', box: 'modal', title: 'modal__title' } as const;

/**
 * The renderer's one modal frame; every dialog is drawn in it. role=dialog, labelled by its title (and described
 * by `describedBy`, when given). Focus starts on the element marked `data-autofocus`, else on the first control;
 * Tab and Shift+Tab wrap inside; Escape cancels; when the dialog closes, focus goes back to what had it before,
 * unless it has been put somewhere else meanwhile (the templates area puts it in the editor). A dialog opened
 * inside another handles its own keys: the outer one does not see them.
 */
export function DialogFrame({
  title,
  children,
  onCancel,
  size,
  describedBy,
  closeOnBackdrop = false,
  onAccessKey,
}: {
  title: string;
  children?: ReactNode;
  /** Escape (and a click on the backdrop, with closeOnBackdrop). */
  onCancel: () => void;
  /** `wide` for a list with a preview (gallery, library, comparison), `small` for a short form. */
  size?: 'wide' | 'small';
  describedBy?: string;
  closeOnBackdrop?: boolean;
  /** Alt+letter (no Ctrl or Cmd) inside the dialog: the letter as typed; true when it answered a button. */
  onAccessKey?: (key: string) => boolean;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const classes = CLASSES;

  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement;
    if (dialog) (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? focusablesIn(dialog)[0])?.focus();
    return () => {
      const now = document.activeElement;
      const lost = now === null || now === document.body || (dialog?.contains(now) ?? false);
      if (lost && before instanceof HTMLElement && before.isConnected) before.focus();
    };
    // Focus once, when the dialog opens.
  }, []);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const dialog = ref.current;
    // A key pressed inside a dialog opened within this one is that dialog's.
    if (!dialog || (event.target as Element).closest('[role="dialog"]') !== dialog) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    if (onAccessKey && event.altKey && !event.ctrlKey && !event.metaKey && event.key.length === 1 && onAccessKey(event.key)) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = focusablesIn(dialog).filter((element) => element.closest('[role="dialog"]') === dialog);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && (document.activeElement === first || !dialog.contains(document.activeElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className={classes.backdrop} onMouseDown={closeOnBackdrop ? (event) => event.target === event.currentTarget && onCancel() : undefined}>
      <div
        ref={ref}
        className={size ? `${classes.box} ${classes.box}--${size}` : classes.box}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className={classes.title}>
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
