// The CAP workbench: the reference host's first page, on the browser bundle of
// @sirene/core. Everything entered is kept in sessionStorage, so a reload loses nothing.
import { measureText, transliterateToGsm7, validateCapXml } from '/dist/browser/sirene-core.js';

const $ = (id) => document.getElementById(id);
const xml = $('xml');
const text = $('text');
const lang = $('lang');
const STORE = 'sirene.workbench.v1';

const words = {
  nl: {
    valid: 'Geldig',
    invalid: 'Ongeldig',
    errors: 'fouten',
    warnings: 'waarschuwingen',
    fits: 'past',
    tooLong: 'te lang',
    pages: 'pagina’s',
    parts: 'delen',
    forced: 'UCS-2 door',
    left: 'over',
    checking: 'Bezig met controleren…',
    whole: '(hele bericht)',
  },
  en: {
    valid: 'Valid',
    invalid: 'Invalid',
    errors: 'errors',
    warnings: 'warnings',
    fits: 'fits',
    tooLong: 'too long',
    pages: 'pages',
    parts: 'parts',
    forced: 'UCS-2 forced by',
    left: 'left',
    checking: 'Checking…',
    whole: '(whole message)',
  },
};
const t = () => words[lang.value] ?? words.en;

function save() {
  sessionStorage.setItem(
    STORE,
    JSON.stringify({ xml: xml.value, text: text.value, lang: lang.value }),
  );
}

async function restore() {
  const saved = JSON.parse(sessionStorage.getItem(STORE) ?? 'null');
  if (saved) {
    xml.value = saved.xml;
    text.value = saved.text;
    lang.value = saved.lang;
  } else {
    xml.value = await (await fetch('./samples/nl-alert-exercise.xml')).text();
  }
}

async function validate() {
  const verdict = $('verdict');
  verdict.className = '';
  verdict.textContent = t().checking;
  const profiles = [...document.querySelectorAll('input[name=profile]:checked')].map(
    (i) => i.value,
  );
  const report = await validateCapXml(xml.value, { profiles, lang: lang.value });
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  verdict.className = report.valid ? 'ok' : 'bad';
  verdict.textContent = `${report.valid ? t().valid : t().invalid}: ${errors} ${t().errors}, ${warnings} ${t().warnings}`;
  const table = $('findings');
  const body = table.tBodies[0];
  body.replaceChildren(
    ...report.findings.map((f) => {
      const row = document.createElement('tr');
      const cells = [
        f.severity,
        f.code,
        [f.line ? `r. ${f.line}` : '', f.path].filter(Boolean).join(' ') || t().whole,
        f.message,
      ];
      cells.forEach((value, i) => {
        const cell = document.createElement('td');
        if (i === 0) cell.className = f.severity;
        if (i === 1) {
          const code = document.createElement('code');
          code.textContent = value;
          cell.append(code);
        } else cell.textContent = value;
        row.append(cell);
      });
      return row;
    }),
  );
  table.hidden = report.findings.length === 0;
}

function highlight(value, forced) {
  const at = new Set(forced.map((f) => f.index));
  const out = document.createElement('p');
  [...value].reduce((index, ch) => {
    if (at.has(index)) {
      const mark = document.createElement('mark');
      mark.textContent = ch;
      out.append(mark);
    } else out.append(ch);
    return index + ch.length;
  }, 0);
  return out;
}

function measure() {
  const box = $('measures');
  box.replaceChildren(
    ...['cell-broadcast', 'sms', 'wea'].map((channel) => {
      const m = measureText(text.value, channel);
      const div = document.createElement('div');
      div.className = `measure${m.fits ? '' : ' too-long'}`;
      const h = document.createElement('h3');
      h.textContent = `${channel}: ${m.fits ? t().fits : t().tooLong.toUpperCase()}`;
      const p = document.createElement('p');
      p.textContent = `${m.encoding} · ${m.characters} · ${m.segments}/${m.maxSegments} ${{ sms: t().parts, wea: t().messages }[channel] ?? t().pages} · ${m.remaining} ${t().left}`;
      div.append(h, p);
      if (m.forcedUcs2.length) {
        const why = document.createElement('p');
        why.textContent = `${t().forced}: ${m.forcedUcs2.map((f) => `“${f.char}”${f.suggestion !== undefined ? ` → “${f.suggestion}”` : ''}`).join(', ')}`;
        div.append(why, highlight(text.value, m.forcedUcs2));
      }
      return div;
    }),
  );
}

await restore();
measure();
$('validate').addEventListener('click', validate);
$('transliterate').addEventListener('click', () => {
  text.value = transliterateToGsm7(text.value).text;
  save();
  measure();
});
text.addEventListener('input', () => {
  save();
  measure();
});
xml.addEventListener('input', save);
lang.addEventListener('change', () => {
  document.documentElement.lang = lang.value;
  save();
  measure();
  validate();
});
document.documentElement.lang = lang.value;
validate();
