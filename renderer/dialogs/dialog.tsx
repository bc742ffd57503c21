import { useId } from 'react';
import type { ReactNode } from 'react';
import { Button } from '../controls/button';
import { DialogFrame } from './dialog-frame';

export interface DialogButton<T extends string> {
  value: T;
  label: string;
  kind?: 'primary' | 'danger' | 'plain';
  /**
   * A letter of the label that answers the button with Alt (shown underlined, as Windows and GTK show access
   * keys). A dangerous answer ("Don't save") is never the default: it takes a click or its access key.
   */
  accessKey?: string;
}

/** The label with its access key's first occurrence underlined. */
export function labelWithAccessKey(label: string, accessKey: string | undefined): ReactNode {
  if (!accessKey) return label;
  const at = label.toLocaleLowerCase().indexOf(accessKey.toLocaleLowerCase());
  if (at < 0) return label;
  return (
    <>
      {label.slice(0, at)}
      <u className="access-key">{label.slice(at, at + accessKey.length)}</u>
      {label.slice(at + accessKey.length)}
    </>
  );
}

/** The button whose access key is `key` (case-insensitive, as typed with Alt). */
export function buttonForAccessKey<T extends string>(buttons: readonly DialogButton<T>[], key: string): DialogButton<T> | undefined {
  const typed = key.toLocaleLowerCase();
  return buttons.find((button) => button.accessKey !== undefined && button.accessKey.toLocaleLowerCase() === typed);
}

/**
 * The button focus starts on, so Enter answers it: `defaultValue` when given, else the primary button, else the
 * first that is not dangerous. Never a dangerous one by default: Enter on "Save changes?" must not be "Don't
 * save", which closes the window and discards the draft.
 */
export function defaultButton<T extends string>(buttons: readonly DialogButton<T>[], defaultValue?: T): T | undefined {
  if (defaultValue !== undefined) return defaultValue;
  return (buttons.find((button) => button.kind === 'primary') ?? buttons.find((button) => button.kind !== 'danger'))?.value;
}

/**
 * A question with a row of buttons, in the one dialog frame (./dialog-frame.tsx): described by its body, Escape
 * answers `cancelValue`, focus starts on the default button (`defaultButton`) unless the body marks a field
 * `data-autofocus`.
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
  const bodyId = useId();
  const focused = defaultButton(buttons, defaultValue);
  return (
    <DialogFrame
      title={title}
      onCancel={() => onAnswer(cancelValue)}
      size={wide ? 'wide' : undefined}
      describedBy={children ? bodyId : undefined}
      onAccessKey={(key) => {
        const button = buttonForAccessKey(buttons, key);
        if (button) onAnswer(button.value);
        return button !== undefined;
      }}
    >
      {children && (
        <div id={bodyId} className="modal__body">
          {children}
        </div>
      )}
      <div className="modal__buttons">
        {buttons.map((button) => (
          <Button
            key={button.value}
            kind={button.kind ?? 'plain'}
            data-value={button.value}
            data-autofocus={button.value === focused ? true : undefined}
            aria-keyshortcuts={button.accessKey ? `Alt+${button.accessKey.toLocaleUpperCase()}` : undefined}
            onClick={() => onAnswer(button.value)}
          >
            <span>{labelWithAccessKey(button.label, button.accessKey)}</span>
          </Button>
        ))}
      </div>
    </DialogFrame>
  );
}
