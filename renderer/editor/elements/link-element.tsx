import type { MouseEvent } from 'react';
import type { RenderElementProps } from 'slate-react';
import { useElementTranslation } from '../element-translation';
import type { LinkElement as LinkNode } from '../../../core/model/types';
import { safeUrl } from '../../../core/model/safe-url';
import { host } from '../../host/host';

/**
 * A link: only http, https and mailto (safeUrl); Ctrl/Cmd+click opens it outside the app, a plain click edits.
 * No href: nothing in the page can navigate; the host opens the parsed URL.
 */
export function LinkElement({ attributes, children, element }: RenderElementProps & { element: LinkNode }) {
  const { t } = useElementTranslation();
  const url = safeUrl(element.url);
  const open = (event: MouseEvent) => {
    if (!(event.ctrlKey || event.metaKey) || !url) return;
    event.preventDefault();
    void host().openExternal({ url });
  };
  return (
    <a {...attributes} className="link" data-url={url ?? undefined} title={t('link.title', { url: element.url })} onClick={open}>
      {children}
    </a>
  );
}
