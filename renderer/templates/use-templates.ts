import { useCallback, useEffect, useState } from 'react';
import type { TemplateEntry } from '../../core/api';
import { host } from '../host/host';

/** The template list from the host (built-in, library, team), reloaded on demand. */
export function useTemplates(): { templates: TemplateEntry[] | null; reload: () => Promise<void> } {
  const [templates, setTemplates] = useState<TemplateEntry[] | null>(null);
  const reload = useCallback(async () => {
    setTemplates(await host().listTemplates({}));
  }, []);
  useEffect(() => {
    let live = true;
    void host()
      .listTemplates({})
      .then((list) => {
        if (live) setTemplates(list);
      });
    return () => {
      live = false;
    };
  }, []);
  return { templates, reload };
}
