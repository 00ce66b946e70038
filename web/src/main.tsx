import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { ApiKeyProvider } from './auth/ApiKeyProvider.js';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* Provides the urql client, made for the tab's API key (if any). */}
    <ApiKeyProvider>
      <App />
    </ApiKeyProvider>
  </StrictMode>,
);
