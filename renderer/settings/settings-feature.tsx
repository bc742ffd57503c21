import { useState } from 'react';
import type { OrganisationSettings } from '../../core/checklist/organisation';
import { useCommandHandlers } from '../commands';
import { SettingsDialog } from './settings-dialog';

/**
 * The settings area of the command table (Edit ▸ Settings…, Ctrl+,): opens the organisation's Settings dialog;
 * `onSave` stores what it gives (the session's changeOrganisation) before the dialog closes.
 */
export function SettingsFeature({
  organisation,
  onSave,
  shortcutsPaused,
}: {
  organisation: OrganisationSettings;
  onSave: (settings: OrganisationSettings) => Promise<void>;
  shortcutsPaused?: () => boolean;
}) {
  const [open, setOpen] = useState(false);
  useCommandHandlers<'settings'>({ settings: () => setOpen(true) }, shortcutsPaused ? { shortcutsPaused } : {});
  if (!open) return null;
  return (
    <SettingsDialog
      settings={organisation}
      onCancel={() => setOpen(false)}
      onSave={async (settings) => {
        await onSave(settings);
        setOpen(false);
      }}
    />
  );
}
