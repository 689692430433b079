import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app';
import { pickBridge } from './bridge/kiosk-bridge';
import { createViewStore } from './bridge/use-view';
import { connectDevClient } from './dev/dev-client';
import { DevPanel } from './dev/dev-panel';
import { setupI18n } from './i18n/setup-i18n';
import './styles/kiosk-fonts.css'; // generated at build time from locales/*/locale.json
import './styles/base.css';
import './styles/screens.css';
import './styles/keyboard.css';
import './styles/accessibility.css';
import './styles/dev-panel.css';

const i18n = setupI18n('ar');
const { bridge, mode } = pickBridge();
const store = createViewStore(bridge);
// the dev channel exists only in browser dev mode; in Electron there is no panel at all
const dev = mode.kind === 'browser' ? connectDevClient(window.location, mode.token) : undefined;

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App store={store} bridge={bridge} mode={mode} />
      {dev && <DevPanel client={dev} />}
    </I18nextProvider>
  </StrictMode>,
);
