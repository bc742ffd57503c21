import { useId } from 'react';
import type { ReactNode } from 'react';
import { DialogFrame } from './dialog-frame';

export interface DialogButton<T extends string> {
  value: T;
  label: string;
  kind?: 'primary' | 'danger' | 'plain';
}

/**
 * A question with a row of buttons, in the one dialog frame (./dialog-frame.tsx): described by its body, Escape
 * answers `cancelValue`, focus starts on the default button (`defaultValue`, else the first) unless the body
 * marks a field `data-autofocus`.
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
  const focused = defaultValue ?? buttons[0]?.value;
  return (
    <DialogFrame title={title} onCancel={() => onAnswer(cancelValue)} size={wide ? 'wide' : undefined} describedBy={children ? bodyId : undefined}>
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
            data-autofocus={button.value === focused ? true : undefined}
            className={`button button--${button.kind ?? 'plain'}`}
            onClick={() => onAnswer(button.value)}
          >
            {button.label}
          </button>
        ))}
      </div>
    </DialogFrame>
  );
}
