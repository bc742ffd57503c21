import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import './templates.css';

/** A modal dialog: labelled by its title, Escape closes it, focus starts inside. */
export function DialogFrame({ title, onClose, children, small }: { title: string; onClose: () => void; children: ReactNode; small?: boolean }) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('input, textarea, select, button:not([disabled])');
    first?.focus();
  }, []);
  return (
    <div className="pr-dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        ref={ref}
        className={small ? 'pr-dialog pr-dialog--small' : 'pr-dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
