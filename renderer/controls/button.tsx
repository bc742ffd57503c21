import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Icon } from './icons';
import type { IconName } from './icons';

/**
 * The app's one button: every dialog, panel and the page's own controls (an award ceremony's "Add recipient")
 * use it, so they share a look (renderer/styles/app.css, `.button`). `primary` is the answer Enter gives in a
 * dialog, `danger` one that throws something away, `quiet` a button without a border (in a list or on the page).
 */
export type ButtonKind = 'primary' | 'danger' | 'plain' | 'quiet';

export const buttonClass = (kind: ButtonKind = 'plain', small = false): string => `button button--${kind}${small ? ' button--small' : ''}`;

export function Button({
  kind = 'plain',
  small = false,
  icon,
  children,
  className,
  type = 'button',
  ...rest
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & {
  kind?: ButtonKind;
  small?: boolean;
  icon?: IconName;
  type?: 'button' | 'submit';
  children?: ReactNode;
}) {
  return (
    <button type={type} className={className ? `${buttonClass(kind, small)} ${className}` : buttonClass(kind, small)} {...rest}>
      {icon && <Icon name={icon} size={small ? 14 : 16} />}
      {children}
    </button>
  );
}

/** A dialog's row of answers, at its foot, right-aligned (the frame's `.modal__buttons`). */
export function ButtonRow({ children, start }: { children: ReactNode; start?: ReactNode }) {
  return (
    <div className="modal__buttons">
      {start && <div className="modal__buttons-start">{start}</div>}
      {children}
    </div>
  );
}
