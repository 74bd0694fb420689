// Define Sirene's elements, then mount the Vue app that wires them.
import '@sirene/area-editor/sirene-area-editor.js';
import '@sirene/message-composer/sirene-message-composer.js';
import '@sirene/cap-preview/sirene-cap-preview.js';
import '@sirene/checklist/sirene-checklist.js';
import { createApp } from 'vue';
import App from './App.vue';
import './operator.css';

createApp(App).mount('#app');
