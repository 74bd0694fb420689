// Define Sirene's elements before React renders them: React 19 sets a prop as a property
// only when the element already has it, so the define files come first.
import '@sirene/area-editor/sirene-area-editor.js';
import '@sirene/message-composer/sirene-message-composer.js';
import '@sirene/cap-preview/sirene-cap-preview.js';
import '@sirene/checklist/sirene-checklist.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './operator.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs a <div id="root"> for the operator page.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
