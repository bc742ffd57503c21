import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/app.css';
import './styles/editor.css';
import { App } from './app/app';
import { hasHost, host } from './host/host';
import { initI18n, interfaceLanguageOf } from './i18n';

/** Starts the app: settings first (they choose the interface language), then the window. */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  if (!hasHost()) {
    const i18n = await initI18n('en');
    root.render(<p className="no-host">{i18n.t('noHost')}</p>);
    return;
  }
  const settings = await host().getSettings({});
  await initI18n(interfaceLanguageOf(settings.interfaceLanguage, settings.systemLanguage));
  root.render(
    <StrictMode>
      <App initialSettings={settings} />
    </StrictMode>,
  );
}

void start();
