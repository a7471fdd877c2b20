import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { browserStorage } from './data/storage';
import { createI18n, languageFor } from './i18n';
import { detectPlatform } from './platform';
import { registerServiceWorker } from './pwa/register';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import './styles.css';

const params = new URLSearchParams(location.search);
const i18n = createI18n(languageFor(navigator.language));

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App
        platform={detectPlatform()}
        storage={browserStorage}
        launch={{ serviceUrl: params.get('service') ?? undefined, code: params.get('code') ?? undefined }}
      />
      <UpdatePrompt />
    </I18nextProvider>
  </StrictMode>,
);

registerServiceWorker();
