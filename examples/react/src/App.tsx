// The operator page as a React 19 host. Data flows one way: an element fires a typed event,
// the host keeps what it needs in React state, and passes it to the next element as a
// property (React 19 sets props on custom elements as properties when the element has
// them). Only the host would talk to a backend.
import { useEffect, useRef, useState } from 'react';
import { THEMES, themeCss, type ThemeName } from '@sirene/ui';
import { toCapXml, type ChecklistState, type ChecklistUser } from '@sirene/core';
import type { AreaChangeDetail } from '@sirene/area-editor';
import type { AlertChangeDetail, SireneMessageComposer } from '@sirene/message-composer';
import type { SireneChecklist } from '@sirene/checklist';
import { translate, type HostLang, type TextKey } from './texts';

/** Who is signed in; a real host takes this from its login. */
const OPERATOR: ChecklistUser = {
  id: 'op-17',
  name: 'Carla Opsteller',
  roles: ['decide', 'compose', 'broadcast'],
};
const CHECKLIST_KEY = 'sirene-example-checklist';
const THEME_NAMES = Object.keys(THEMES) as ThemeName[];

function savedChecklist(): ChecklistState | undefined {
  const saved = sessionStorage.getItem(CHECKLIST_KEY);
  return saved ? (JSON.parse(saved) as ChecklistState) : undefined;
}

export function App() {
  const [lang, setLang] = useState<HostLang>('nl');
  const [theme, setTheme] = useState<ThemeName>('default');
  const [area, setArea] = useState<AreaChangeDetail>();
  const [alert, setAlert] = useState<Pick<AlertChangeDetail, 'alert' | 'previous'>>();
  const [previewValid, setPreviewValid] = useState(false);
  const [checklistState, setChecklistState] = useState(savedChecklist);
  const [gate, setGate] = useState({ complete: false, open: 0 });
  const [status, setStatus] = useState<{ key: TextKey } | undefined>();
  const [sentXml, setSentXml] = useState<string>();
  const composer = useRef<SireneMessageComposer>(null);
  const checklist = useRef<SireneChecklist>(null);
  const t = (key: TextKey, params?: Record<string, string | number>) =>
    translate(lang, key, params);

  // The composer builds its first draft from `template-id`, and the checklist evaluates a
  // restored state, without an event: read both once.
  useEffect(() => {
    const draft = composer.current;
    const list = checklist.current;
    if (!draft || !list) return;
    void Promise.all([draft.updateComplete, list.updateComplete]).then(() => {
      const first = draft.alert;
      if (first) setAlert((current) => current ?? { alert: first });
      setGate({ complete: list.complete, open: list.blockers.length });
    });
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'title');
  }, [lang]);

  const ready = alert?.alert.sirene.state === 'ready';
  const blockers: string[] = [];
  if (!gate.complete) blockers.push(t('blocked-checklist', { count: gate.open }));
  if (!ready) blockers.push(t('blocked-ready'));
  if (!previewValid) blockers.push(t('blocked-preview'));

  return (
    <>
      {/* Theming: a shipped theme as page CSS; the tokens inherit into the shadow roots. */}
      <style>{themeCss(THEMES[theme], ':root')}</style>
      <header className="bar">
        <h1>{t('title')}</h1>
        <label>
          <span>{t('language')}</span>
          <select id="lang" value={lang} onChange={(e) => setLang(e.target.value as HostLang)}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          <span>{t('theme')}</span>
          <select id="theme" value={theme} onChange={(e) => setTheme(e.target.value as ThemeName)}>
            {THEME_NAMES.map((name) => (
              <option key={name} value={name}>
                {t(`theme-${name}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main className="operator" data-theme={theme}>
        <div className="column">
          <section className="area" aria-labelledby="h-area">
            <h2 id="h-area">{t('area')}</h2>
            {/* Simple settings are attributes; the event is an `on<event-name>` prop. */}
            <sirene-area-editor
              profile="nl-alert"
              name="area"
              required
              lang={lang}
              onsirene-area-change={(e) => setArea(e.detail)}
            />
          </section>
          <section className="message" aria-labelledby="h-message">
            <h2 id="h-message">{t('message')}</h2>
            <sirene-message-composer
              ref={composer}
              profile="nl-alert"
              template-id="fire-smoke"
              sender="vr-utrecht@nl-alert.nl"
              sender-name="Veiligheidsregio Utrecht"
              autosave-key="example-incident"
              lang={lang}
              // A property: the area editor's detail; its effect area becomes the CAP <area>.
              area={area}
              onsirene-alert-change={(e) => setAlert(e.detail)}
              // A request the host answers: cancelling keeps the draft editable.
              onsirene-ready-request={(e) => {
                if (!area?.valid) {
                  e.preventDefault();
                  setStatus({ key: area ? 'ready-refused' : 'ready-refused-empty' });
                } else {
                  setStatus(undefined);
                }
              }}
            />
          </section>
        </div>
        <div className="column">
          <section className="preview" aria-labelledby="h-preview">
            <h2 id="h-preview">{t('preview')}</h2>
            <sirene-cap-preview
              profile="nl-alert"
              lang={lang}
              alert={alert?.alert}
              previous={alert?.previous}
              onsirene-findings-change={(e) => setPreviewValid(e.detail.valid)}
              onsirene-finding-activate={(e) => void composer.current?.focusField(e.detail.path)}
            />
          </section>
          <aside className="procedure" aria-labelledby="h-procedure">
            <h2 id="h-procedure">{t('procedure')}</h2>
            <div className="send">
              <button
                id="send"
                type="button"
                disabled={blockers.length > 0}
                aria-describedby="send-blockers"
                onClick={() => {
                  if (!alert) return;
                  // A real host POSTs this to its dispatch backend (see host-demo/server).
                  setSentXml(toCapXml(alert.alert.cap));
                  setStatus({ key: 'sent' });
                }}
              >
                {t('send')}
              </button>
              <ul id="send-blockers" aria-live="polite">
                {blockers.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
              <p id="host-status" role="status">
                {status ? t(status.key) : ''}
              </p>
              {sentXml !== undefined && (
                <details id="sent" open>
                  <summary>{t('sent-summary')}</summary>
                  <pre id="sent-xml" tabIndex={0}>
                    {sentXml}
                  </pre>
                </details>
              )}
            </div>
            <sirene-checklist
              ref={checklist}
              checklist-id="nl-alert-procedure"
              lang={lang}
              user={OPERATOR}
              state={checklistState}
              onsirene-checklist-change={(e) => {
                sessionStorage.setItem(CHECKLIST_KEY, JSON.stringify(e.detail.state));
                setChecklistState(e.detail.state);
                setGate({ complete: e.detail.complete, open: e.detail.blockers.length });
              }}
            />
          </aside>
        </div>
      </main>
    </>
  );
}
