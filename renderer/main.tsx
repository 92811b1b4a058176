import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { initI18n } from './i18n/index.js';
import './styles/base.css';
import './styles/forms.css';
import './styles/auth.css';
import './styles/shell.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

await initI18n();
createRoot(container).render(
  <StrictMode>
    <App bridge={window.casefile} />
  </StrictMode>,
);
