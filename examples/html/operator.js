// The host of the operator page: it wires Sirene's elements together the way DESIGN.md
// draws it. Elements never talk to each other; each fires a typed event, and the host sets
// a property on the next one. Everything is loaded from the rollup bundle (./dist/browser/),
// so this page needs no build step.
import { THEMES, themeCss } from './dist/browser/sirene-ui.js';
import { toCapXml } from './dist/browser/sirene-core.js';
import './dist/browser/sirene-area-editor.js';
import './dist/browser/sirene-message-composer.js';
import './dist/browser/sirene-cap-preview.js';
import './dist/browser/sirene-checklist.js';

/** The host's own texts; the elements translate themselves from their `lang` attribute. */
const TEXTS = {
  nl: {
    title: 'Sirene — operatorpagina (voorbeeld)',
    language: 'Taal',
    theme: 'Thema',
    'theme-default': 'Standaard',
    'theme-dark': 'Donker',
    'theme-high-contrast': 'Hoog contrast',
    area: '1. Gebied',
    message: '2. Bericht',
    preview: '3. Controle',
    procedure: 'Stappenplan',
    send: 'Uitzenden',
    'sent-summary': 'CAP-bericht dat de host zou versturen',
    'blocked-checklist': 'Het stappenplan is nog niet af: {count} open.',
    'blocked-ready': 'Het bericht is nog niet gereed gemeld.',
    'blocked-preview': 'De controle van het CAP-bericht is nog niet foutloos.',
    'ready-refused': 'Niet gereed gemeld: het gebied heeft nog fouten. Herstel ze op de kaart.',
    'ready-refused-empty': 'Niet gereed gemeld: teken eerst het gebied op de kaart.',
    sent: 'Dit voorbeeld heeft geen meldkamer-backend: hieronder staat de CAP 1.2 XML die de host nu zou versturen.',
  },
  en: {
    title: 'Sirene — operator page (example)',
    language: 'Language',
    theme: 'Theme',
    'theme-default': 'Default',
    'theme-dark': 'Dark',
    'theme-high-contrast': 'High contrast',
    area: '1. Area',
    message: '2. Message',
    preview: '3. Check',
    procedure: 'Procedure',
    send: 'Broadcast',
    'sent-summary': 'CAP message the host would send',
    'blocked-checklist': 'The procedure is not finished: {count} open.',
    'blocked-ready': 'The message is not marked ready yet.',
    'blocked-preview': 'The CAP check still shows errors.',
    'ready-refused': 'Not marked ready: the area still has errors. Repair them on the map.',
    'ready-refused-empty': 'Not marked ready: draw the area on the map first.',
    sent: 'This example has no dispatch backend: below is the CAP 1.2 XML the host would send now.',
  },
};

/** Who is signed in; a real host takes this from its login. */
const OPERATOR = {
  id: 'op-17',
  name: 'Carla Opsteller',
  roles: ['decide', 'compose', 'broadcast'],
};
const CHECKLIST_KEY = 'sirene-example-checklist';

const $ = (selector) => document.querySelector(selector);
const editor = $('sirene-area-editor');
const composer = $('sirene-message-composer');
const preview = $('sirene-cap-preview');
const checklist = $('sirene-checklist');
const elements = [editor, composer, preview, checklist];

/** What the host knows, from the elements' events. */
const host = {
  lang: 'nl',
  area: undefined,
  alert: undefined,
  ready: false,
  previewValid: false,
  checklistComplete: false,
  checklistOpen: 0,
  status: '',
};

const t = (key, params = {}) =>
  TEXTS[host.lang][key].replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));

// --- Rich data goes in through properties -------------------------------------------------
checklist.user = OPERATOR;
const savedChecklist = sessionStorage.getItem(CHECKLIST_KEY);
if (savedChecklist) checklist.state = JSON.parse(savedChecklist);

// --- Events come out, typed; the host passes them on as properties ------------------------
editor.addEventListener('sirene-area-change', (e) => {
  host.area = e.detail;
  // The composer takes the whole detail: the effect area becomes the CAP <area>.
  composer.area = e.detail;
});

composer.addEventListener('sirene-alert-change', (e) => {
  host.alert = e.detail.alert;
  host.ready = e.detail.alert.sirene.state === 'ready';
  preview.alert = e.detail.alert;
  preview.previous = e.detail.previous;
  render();
});

// A request the host answers: the operator confirmed "mark ready". Cancelling it keeps the
// draft editable; here the host refuses while the area editor reports an error.
composer.addEventListener('sirene-ready-request', (e) => {
  if (!host.area || !host.area.valid) {
    e.preventDefault();
    host.status = t(host.area ? 'ready-refused' : 'ready-refused-empty');
  } else {
    host.status = '';
  }
  render();
});

preview.addEventListener('sirene-findings-change', (e) => {
  host.previewValid = e.detail.valid;
  render();
});
preview.addEventListener('sirene-finding-activate', (e) => {
  void composer.focusField(e.detail.path);
});

checklist.addEventListener('sirene-checklist-change', (e) => {
  sessionStorage.setItem(CHECKLIST_KEY, JSON.stringify(e.detail.state));
  host.checklistComplete = e.detail.complete;
  host.checklistOpen = e.detail.blockers.length;
  render();
});

$('#send').addEventListener('click', () => {
  if (!host.alert) return;
  // A real host POSTs this to its dispatch backend (see host-demo/server).
  $('#sent-xml').textContent = toCapXml(host.alert.cap);
  $('#sent').hidden = false;
  $('#sent').open = true;
  host.status = t('sent');
  render();
});

// --- Simple settings are attributes -------------------------------------------------------
$('#lang').addEventListener('change', (e) => setLang(e.target.value));
function setLang(lang) {
  host.lang = lang;
  document.documentElement.lang = lang;
  for (const el of elements) el.setAttribute('lang', lang);
  for (const node of document.querySelectorAll('[data-text]'))
    node.textContent = t(node.dataset.text);
  document.title = t('title');
  render();
}

// --- Theming: a shipped theme as page CSS; the tokens inherit into the shadow roots --------
$('#theme').addEventListener('change', (e) => setTheme(e.target.value));
function setTheme(name) {
  document.documentElement.dataset.theme = name;
  $('#sirene-theme').textContent = themeCss(THEMES[name] ?? {}, ':root');
}

/** The send gate: the checklist's gate, the message marked ready, and a clean CAP check. */
function render() {
  const blockers = [];
  if (!host.checklistComplete) blockers.push(t('blocked-checklist', { count: host.checklistOpen }));
  if (!host.ready) blockers.push(t('blocked-ready'));
  if (!host.previewValid) blockers.push(t('blocked-preview'));
  $('#send').disabled = blockers.length > 0;
  $('#send-blockers').replaceChildren(
    ...blockers.map((text) => Object.assign(document.createElement('li'), { textContent: text })),
  );
  $('#host-status').textContent = host.status;
}

// Start: the elements are defined by the imports above; read their first state.
setTheme('default');
setLang(document.documentElement.lang || 'nl');
await Promise.all(elements.map((el) => el.updateComplete));
host.alert = composer.alert;
host.ready = composer.ready;
if (host.alert) preview.alert = host.alert;
host.checklistComplete = checklist.complete;
host.checklistOpen = checklist.blockers.length;
render();
