import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

export interface DialogButton<T extends string> {
  value: T;
  label: string;
  kind?: 'primary' | 'danger' | 'plain';
}

/**
 * An accessible modal dialog of the app: role=dialog, labelled by its title and described by its body, Escape
 * cancels, focus starts on the default button and stays inside (Tab wraps).
 */
export function Dialog<T extends string>({
  title,
  children,
  buttons,
  onAnswer,
  cancelValue,
  defaultValue,
  wide,
}: {
  title: string;
  children?: ReactNode;
  buttons: DialogButton<T>[];
  onAnswer: (value: T) => void;
  cancelValue: T;
  defaultValue?: T;
  wide?: boolean;
}) {
  const titleId = useId();
  const bodyId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const previous = useRef<Element | null>(null);

  useEffect(() => {
    previous.current = document.activeElement;
    const target =
      ref.current?.querySelector<HTMLElement>('[data-autofocus]') ??
      ref.current?.querySelector<HTMLElement>(`button[data-value="${defaultValue ?? buttons[0]?.value ?? ''}"]`) ??
      ref.current?.querySelector<HTMLElement>('button');
    target?.focus();
    return () => {
      if (previous.current instanceof HTMLElement && previous.current.isConnected) previous.current.focus();
    };
    // Focus once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const trapTab = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onAnswer(cancelValue);
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>('button, input, select, textarea, [tabindex="0"]')].filter((el) => !el.hasAttribute('disabled'));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="modal-backdrop">
      <div
        ref={ref}
        className={wide ? 'modal modal--wide' : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={children ? bodyId : undefined}
        onKeyDown={trapTab}
      >
        <h2 id={titleId} className="modal__title">
          {title}
        </h2>
        {children && (
          <div id={bodyId} className="modal__body">
            {children}
          </div>
        )}
        <div className="modal__buttons">
          {buttons.map((button) => (
            <button
              key={button.value}
              type="button"
              data-value={button.value}
              className={`button button--${button.kind ?? 'plain'}`}
              onClick={() => onAnswer(button.value)}
            >
              {button.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
