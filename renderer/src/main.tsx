import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

// Without the bridge every call would fail with an obscure TypeError; say what is wrong instead.
if (!('shootdesk' in window)) throw new Error('window.shootdesk is missing: open this page in Shootdesk or through its browser bridge');
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
