import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import {
  fromCapXml,
  toCapXml,
  validateCapXml,
  type CapAlert,
  type ProfileName,
} from '@sirene/core';
import '../sirene-cap-preview.js';
import type { SireneCapPreview } from './cap-preview.js';
import type { FindingActivateDetail, FindingsChangeDetail } from './events.js';
import { expectAccessible } from '../../../test/browser/helpers/a11y.js';
import {
  DOCTYPE_XML,
  beAlert,
  lintAlert,
  missingScopeXml,
  nlAlert,
  nlCancel,
  nlSireneAlert,
  nlUpdate,
  ucs2Alert,
} from './test-fixtures.test-helper.js';

type Setup = Partial<Pick<SireneCapPreview, 'alert' | 'xml' | 'previous' | 'profiles' | 'view'>>;

/** Mounts a preview and waits for its first validation. */
async function mount(
  setup: Setup,
  attributes: Record<string, string> = {},
): Promise<{ el: SireneCapPreview; result: FindingsChangeDetail }> {
  const el = document.createElement('sirene-cap-preview');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, setup);
  const result = nextFindings(el);
  document.body.append(el);
  return { el, result: await result };
}

function nextFindings(el: SireneCapPreview): Promise<FindingsChangeDetail> {
  return new Promise((resolve) =>
    el.addEventListener('sirene-findings-change', (e) => resolve(e.detail), { once: true }),
  );
}

const $ = <T extends Element = HTMLElement>(el: SireneCapPreview, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const $$ = (el: SireneCapPreview, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const panel = (el: SireneCapPreview) => $(el, '[role="tabpanel"]:not([hidden])');
const selectedTab = (el: SireneCapPreview) => $(el, '[role="tab"][aria-selected="true"]');

/**
 * Replaces the page's clipboard (with `writeText`, or none that works when it is null)
 * and anchors' click (downloads) with fakes that record what they got; `restore` puts
 * the real ones back.
 */
function fakeClipboardAndDownload(writeText: ((text: string) => Promise<void>) | null = null) {
  const got = { copied: '', download: '', href: '' };
  const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText:
        writeText ??
        (async (text: string) => {
          got.copied = text;
        }),
    },
  });
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    got.download = this.download;
    got.href = this.href;
  };
  const restore = () => {
    HTMLAnchorElement.prototype.click = click;
    delete (navigator as unknown as Record<string, unknown>)['clipboard'];
    if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
  };
  return { got, restore };
}

async function show(el: SireneCapPreview, view: SireneCapPreview['view']) {
  el.view = view;
  await el.updateComplete;
}

/** The XML the XML view shows, without line numbers or finding markers. */
function shownXml(el: SireneCapPreview): string {
  return $$(el, '.line')
    .map((line) => [...line.querySelectorAll('[class^="t-"]')].map((t) => t.textContent).join(''))
    .join('\n');
}

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

describe('<sirene-cap-preview>', () => {
  describe('phone view', () => {
    it('shows each language as a phone shows it, titled after the profile', async () => {
      const { el, result } = await mount({ alert: nlAlert(), profiles: ['nl-alert'] });
      expect(result.valid).to.equal(true);
      const phones = $$(el, '[part="phone"]');
      expect(phones.map((p) => p.getAttribute('lang'))).to.deep.equal(['nl-NL', 'en-GB']);
      expect(phones[0]!.textContent).to.contain(
        'Grote brand in Rotterdam-Noord. Er komt veel rook vrij.',
      );
      expect(phones[1]!.textContent).to.contain('Large fire in Rotterdam-Noord');
      // The caption names the language and keeps its tag on one line (never "nl-" / "NL").
      const caption = phones[0]!.querySelector('figcaption')!;
      expect(caption.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
        'Info 1: Dutch (Netherlands) · nl-NL',
      );
      expect(caption.querySelector('.nowrap')?.textContent).to.equal('nl-NL');
      expect(getComputedStyle(caption.querySelector('.nowrap')!).whiteSpace).to.equal('nowrap');
      expect(phones[0]!.querySelector('.title')!.textContent).to.equal('NL-Alert');
      expect(phones[0]!.textContent).to.contain('Rotterdam-Noord');
      expect(phones[0]!.querySelector('.stamp')!.textContent).to.match(
        /^\d\d-\d\d-\d{4} \d\d:\d\d$/,
      );
      expect(el.shadowRoot!.querySelector('[part="banner"]')).to.equal(null);
      await expectAccessible(el);
    });

    it('marks an exercise unmistakably: a band on every card and a banner, in words', async () => {
      const { el } = await mount(
        { alert: nlAlert('Exercise'), profiles: ['nl-alert'] },
        { lang: 'nl' },
      );
      const bands = $$(el, '.band').map((b) => b.textContent?.trim());
      expect(bands).to.deep.equal(['OEFENING / EXERCISE', 'OEFENING / EXERCISE']);
      expect($(el, '.screen').dataset['watermark']).to.equal('OEFENING / EXERCISE');
      expect($(el, '[part="banner"]').textContent).to.contain('Oefening');
      // The banner stays in every view.
      await show(el, 'xml');
      expect($(el, '[part="banner"]').textContent).to.contain('Exercise');
      await expectAccessible(el);
    });

    it('shows a BE-Alert in three languages, with UCS-2 text counted as such', async () => {
      const { el } = await mount({ alert: beAlert(), profiles: ['be-alert'] });
      expect($$(el, '[part="phone"] .title').map((t) => t.textContent)).to.deep.equal([
        'BE-Alert',
        'BE-Alert',
        'BE-Alert',
      ]);
      el.alert = ucs2Alert();
      el.profiles = ['nl-alert'];
      await el.updateComplete;
      const measures = $$(el, '.measure:not(.ucs2)').map((m) => m.textContent ?? '');
      expect(measures[0]).to.contain('UCS-2');
      expect(measures[1]).to.contain('GSM-7');
      const forced = $$(el, '.ucs2');
      expect(forced).to.have.length(1);
      expect(forced[0]!.textContent).to.contain('U+201C');
      await expectAccessible(el);
    });
  });

  describe('XML view', () => {
    const cases: [string, () => CapAlert, ProfileName][] = [
      ['an NL-Alert (nl + en)', nlAlert, 'nl-alert'],
      ['a BE-Alert (nl, fr, de)', beAlert, 'be-alert'],
    ];
    for (const [name, fixture, profile] of cases) {
      it(`shows ${name} as CAP that reads back the same and passes the schema in the browser`, async () => {
        const { el, result } = await mount({ alert: fixture(), profiles: [profile], view: 'xml' });
        expect(result).to.deep.equal({ valid: true, findings: [] });
        const xml = shownXml(el);
        const back = fromCapXml(xml);
        expect(back.ok).to.equal(true);
        if (back.ok) expect(back.alert).to.deep.equal(fixture());
        const report = await validateCapXml(xml, { profiles: [profile] });
        expect(report.findings.filter((f) => f.severity === 'error')).to.deep.equal([]);
        expect($(el, '[part="code"]').getAttribute('aria-label')).to.match(/^CAP XML, \d+ lines$/);
        expect($(el, '.t-tag').textContent).to.equal('alert');
        await expectAccessible(el);
      });
    }

    it('copies the XML and announces it, and downloads it named after the identifier', async () => {
      const { el } = await mount({ alert: nlAlert(), view: 'xml' });
      const { got, restore } = fakeClipboardAndDownload();
      try {
        const [copy, download] = $$(el, '.toolbar button');
        copy!.click();
        await new Promise((r) => setTimeout(r, 50));
        expect(got.copied).to.equal(shownXml(el));
        expect($(el, '.visually-hidden[role="status"]').textContent).to.equal(
          'CAP XML copied to the clipboard.',
        );
        download!.click();
        expect(`${got.download} ${got.href.slice(0, 5)}`).to.equal('VRR-2026-0000123.xml blob:');
      } finally {
        restore();
      }
    });
  });

  describe('validation', () => {
    it('gives schema-valid CAP for every fixture under every profile', async () => {
      const { el } = await mount({ alert: nlAlert() });
      for (const fixture of [nlAlert, beAlert]) {
        for (const profile of ['nl-alert', 'be-alert', 'eu-alert', 'ipaws'] as const) {
          const next = nextFindings(el);
          el.alert = fixture();
          el.profiles = [profile];
          const { findings } = await next;
          const schema = findings.filter((f) => f.source === 'schema' || f.source === 'xml');
          expect(schema, `${fixture.name} / ${profile}`).to.deep.equal([]);
        }
      }
    });

    it('switches findings with the profile attribute', async () => {
      const { el, result } = await mount({ alert: nlAlert() }, { profile: 'ipaws' });
      expect(result.valid).to.equal(false);
      expect(result.findings.map((f) => f.code)).to.include('profile.ipaws.cmamTextRequired');
      expect(el.valid).to.equal(false);

      let next = nextFindings(el);
      el.setAttribute('profile', 'eu-alert');
      expect((await next).findings).to.deep.equal([]);
      expect(el.valid).to.equal(true);

      next = nextFindings(el);
      el.setAttribute('profile', 'be-alert');
      const be = await next;
      expect(be.valid).to.equal(true);
      expect(be.findings.map((f) => [f.code, f.path])).to.deep.include([
        'profile.be-alert.otherLanguage',
        'infos[1].language',
      ]);
      await show(el, 'findings');
      expect(panel(el).textContent).to.contain('Info 2 (en-GB) › Language');
      await expectAccessible(el);
    });

    it('delivers only the newest result when the alert changes while it is checked', async () => {
      const { el } = await mount({ alert: nlAlert(), profiles: ['nl-alert'] });
      const results: FindingsChangeDetail[] = [];
      el.addEventListener('sirene-findings-change', (e) => results.push(e.detail));
      el.alert = beAlert();
      await el.updateComplete;
      expect(el.pending).to.equal(true);
      expect($(el, '[part="status"]').hasAttribute('data-checking')).to.equal(true);
      el.alert = lintAlert();
      await new Promise((r) => setTimeout(r, 1500));
      expect(results).to.have.length(1);
      expect(results[0]!.findings.map((f) => f.code)).to.include('profile.nl-alert.webMissing');
      expect($(el, '[part="status"] [role="status"]').textContent).to.contain(
        'No errors for CAP 1.2 and profiles NL-Alert',
      );
    });

    it('checks the profile a Sirene alert names when none is given', async () => {
      const { result } = await mount({ alert: nlSireneAlert() });
      expect(result).to.deep.equal({ valid: true, findings: [] });
      const { result: wrong } = await mount({
        alert: { ...nlSireneAlert(), sirene: { ...nlSireneAlert().sirene, profile: 'be-alert' } },
      });
      expect(wrong.findings.map((f) => f.code)).to.include('profile.be-alert.otherLanguage');
    });

    it('shows XML it refuses as findings and a clear message, never throwing', async () => {
      const { el, result } = await mount({ xml: DOCTYPE_XML });
      expect(result.valid).to.equal(false);
      expect(result.findings.map((f) => f.code)).to.deep.equal(['xml.doctype-forbidden']);
      expect(panel(el).textContent).to.contain('cannot be read as a CAP 1.2 alert');
      await show(el, 'xml');
      expect(panel(el).textContent).to.contain('cannot be read as a CAP 1.2 alert');
      expect(shownXml(el)).to.equal(DOCTYPE_XML);
      expect($(el, '.t-doctype').textContent).to.contain('<!DOCTYPE alert');
      await show(el, 'findings');
      const finding = $(el, '[part="finding"]');
      expect(finding.dataset['code']).to.equal('xml.doctype-forbidden');
      expect(finding.textContent).to.contain('Error');
      await expectAccessible(el);
    });

    it('reports an alert model of the wrong shape as findings', async () => {
      const broken = { ...nlAlert(), infos: 'none' } as unknown as CapAlert;
      const { el, result } = await mount({ alert: broken });
      expect(result.findings.map((f) => [f.code, f.path])).to.deep.equal([
        ['json.not-array', 'infos'],
      ]);
      expect(panel(el).textContent).to.contain('cannot be turned into CAP XML');
    });
  });

  describe('findings view', () => {
    it('groups findings by severity with icon, word, message and readable field', async () => {
      const { el } = await mount({ alert: lintAlert(), profiles: ['nl-alert'], view: 'findings' });
      const headings = $$(el, '.findings h3').map((h) => h.textContent?.trim());
      expect(headings).to.deep.equal(['Warnings (4)']);
      const first = $(el, '[part="finding"]');
      expect(first.querySelector('svg')).to.not.equal(null);
      expect(first.querySelector('.word')!.textContent?.trim()).to.equal('Warning');
      expect(first.querySelector('.message')!.textContent).to.not.equal('');
      expect(first.querySelector('button')!.textContent).to.match(
        /Go to field:\s+Info 1 \(nl-NL\) › /,
      );
      await expectAccessible(el);
    });

    it('says what was checked when nothing is wrong', async () => {
      const { el } = await mount({ alert: nlAlert(), profiles: ['nl-alert'], view: 'findings' });
      expect(panel(el).textContent).to.contain(
        'No problems found for CAP 1.2 and profiles NL-Alert, EU-Alert',
      );
      expect($(el, '[role="tab"]#tab-findings').textContent?.trim()).to.equal('Findings (0)');
    });

    it('takes the operator to the line of a schema finding', async () => {
      const { el, result } = await mount({ xml: missingScopeXml(), view: 'findings' });
      expect(result.findings.some((f) => f.line === 8)).to.equal(true);
      const lineButton = $$(el, '[part="finding"] button').find((b) =>
        b.textContent?.includes('Line 8'),
      )!;
      expect(lineButton.getAttribute('aria-label')).to.equal('Show line 8 in the XML');
      lineButton.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.view).to.equal('xml');
      const marked = $(el, '.line.marked');
      expect(marked.dataset['line']).to.equal('8');
      expect(el.shadowRoot!.activeElement).to.equal(marked);
      await expectAccessible(el);
    });
  });

  describe('keyboard', () => {
    it('keeps focus in the open panel when a new check takes away the focused finding', async () => {
      const { el } = await mount({ xml: missingScopeXml(), view: 'findings' });
      const button = $$(el, '[part="finding"] button')[0]!;
      button.focus();
      const next = nextFindings(el);
      el.xml = undefined;
      el.alert = nlAlert(); // valid: its findings list has none of the old buttons
      await next;
      await el.updateComplete;
      expect(button.isConnected, 'the focused button went').to.equal(false);
      expect(document.activeElement?.localName).to.equal('sirene-cap-preview');
      expect(el.shadowRoot!.activeElement?.id).to.equal('panel-findings');
    });

    it('moves between tabs with the arrow keys, Home and End', async () => {
      const { el } = await mount({ alert: nlAlert(), previous: nlAlert() });
      selectedTab(el).focus();
      const focused = () => el.shadowRoot!.activeElement?.id;
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.view).to.equal('xml');
      expect(focused()).to.equal('tab-xml');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.view).to.equal('diff');
      expect(focused()).to.equal('tab-diff');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused()).to.equal('tab-phone');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focused()).to.equal('tab-diff');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(el.view).to.equal('phone');
      expect($$(el, '[role="tab"][tabindex="0"]').map((t) => t.id)).to.deep.equal(['tab-phone']);
      // Tab leaves the tab list for the panel.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(panel(el));
    });

    it('asks the host to focus a finding’s field when it is activated with Enter', async () => {
      const { el } = await mount({ alert: lintAlert(), profiles: ['nl-alert'] });
      selectedTab(el).focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.view).to.equal('findings');
      const requested = new Promise<FindingActivateDetail>((resolve) =>
        document.addEventListener('sirene-finding-activate', (e) => resolve(e.detail), {
          once: true,
        }),
      );
      await sendKeys({ press: 'Tab' }); // the panel
      await sendKeys({ press: 'Tab' }); // the first finding's field
      expect(el.shadowRoot!.activeElement?.getAttribute('data-path')).to.equal('infos[0].web');
      await sendKeys({ press: 'Enter' });
      const detail = await requested;
      expect(detail.path).to.equal('infos[0].web');
      expect(detail.finding.code).to.equal('profile.nl-alert.webMissing');
    });
    it('keyboard path (README): tabs, panels, Copy, Download, findings and lines', async () => {
      const before = document.createElement('button');
      before.textContent = 'Before';
      document.body.append(before);
      // One copy of the XML: it holds the current minute, which may change during the test.
      const xml = missingScopeXml();
      const { el } = await mount({ xml, previous: nlAlert() });
      const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
      const press = async (key: string) => {
        await sendKeys({ press: key });
        await el.updateComplete;
      };
      const shiftTab = async () => {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
      };
      const announced = () => $(el, '.visually-hidden[role="status"]').textContent;
      const result = $(el, '[part="status"] [role="status"]');
      expect(result.getAttribute('aria-live')).to.equal('polite');
      expect(result.textContent?.trim()).to.equal('Not ready to send: 2 errors.');

      // The tab list is one Tab stop: the selected tab.
      before.focus();
      await press('Tab');
      expect(focused()?.id).to.equal('tab-phone');
      expect($$(el, '[role="tab"][tabindex="0"]').map((t) => t.id)).to.deep.equal(['tab-phone']);
      // Arrows wrap, Home and End jump; focusing a tab shows its view.
      await press('ArrowLeft');
      expect([el.view, focused()?.id]).to.deep.equal(['diff', 'tab-diff']);
      await press('ArrowDown');
      expect([el.view, focused()?.id]).to.deep.equal(['phone', 'tab-phone']);
      await press('End');
      expect(selectedTab(el).id).to.equal('tab-diff');
      await press('ArrowUp');
      expect(selectedTab(el).id).to.equal('tab-findings');
      await press('Home');
      expect([el.view, focused()?.id]).to.deep.equal(['phone', 'tab-phone']);

      // Unreadable XML: Tab reaches the panel, then “Show findings”, which opens Findings.
      await press('Tab');
      expect(focused()?.id).to.equal('panel-phone');
      await press('Tab');
      expect(focused()?.textContent?.trim()).to.equal('Show findings');
      await press('Enter');
      await el.updateComplete;
      expect([el.view, focused()?.id]).to.deep.equal(['findings', 'tab-findings']);

      // CAP XML: panel, (notice), Copy, Download, the XML region; each action is announced.
      await press('Home');
      await press('ArrowRight');
      expect(selectedTab(el).id).to.equal('tab-xml');
      const { got, restore } = fakeClipboardAndDownload();
      try {
        await press('Tab'); // the panel
        await press('Tab');
        expect(focused()?.textContent?.trim()).to.equal('Show findings');
        await press('Tab');
        expect(focused()?.textContent?.trim()).to.equal('Copy');
        await press('Enter');
        await new Promise((r) => setTimeout(r, 50));
        expect(got.copied).to.equal(xml);
        expect(announced()).to.equal('CAP XML copied to the clipboard.');
        expect(focused()?.textContent?.trim()).to.equal('Copy');
        await press('Tab');
        expect(focused()?.textContent?.trim()).to.equal('Download');
        await press(' ');
        await el.updateComplete;
        expect(got.download).to.equal('alert.xml');
        expect(announced()).to.equal('Saving alert.xml.');
        expect(focused()?.textContent?.trim()).to.equal('Download');
      } finally {
        restore();
      }
      await press('Tab');
      expect(focused()?.getAttribute('part')).to.equal('code');
      // The XML scrolls with the arrow keys.
      el.style.setProperty('--sirene-cap-preview-code-height', '4rem');
      await press('ArrowDown');
      await press('ArrowDown');
      expect(focused()!.scrollTop).to.be.greaterThan(0);
      // Shift+Tab walks back to the one tab stop of the tab list.
      for (let i = 0; i < 5; i++) await shiftTab();
      expect(focused()?.id).to.equal('tab-xml');

      // Findings: “Go to field” asks the host to focus the field, “Line n” shows the line.
      await press('ArrowRight');
      expect(el.view).to.equal('findings');
      const activated: FindingActivateDetail[] = [];
      el.addEventListener('sirene-finding-activate', (e) => activated.push(e.detail));
      await press('Tab'); // the panel
      await press('Tab');
      expect(focused()?.dataset['path']).to.equal('scope');
      await press('Enter');
      expect(activated.map((d) => d.path)).to.deep.equal(['scope']);
      expect(focused()?.dataset['path']).to.equal('scope');
      await press('Tab');
      expect(focused()?.getAttribute('aria-label')).to.equal('Show line 2 in the XML');
      await press('Tab');
      await press('Tab');
      expect(focused()?.getAttribute('aria-label')).to.equal('Show line 8 in the XML');
      await press('Enter');
      await el.updateComplete;
      expect(el.view).to.equal('xml');
      expect(selectedTab(el).id).to.equal('tab-xml');
      expect(focused()?.className).to.contain('marked');
      expect(focused()?.dataset['line']).to.equal('8');
      expect(activated).to.have.length(1);
      await expectAccessible(el);

      // Changes: a long value is folded; Enter on its summary unfolds it.
      const previous = nlAlert();
      const update = nlUpdate(previous);
      update.infos[0]!.description = 'Er komt veel rook vrij. '.repeat(10).trim();
      el.xml = undefined;
      el.alert = update;
      el.previous = previous;
      el.view = 'phone';
      await el.updateComplete;
      selectedTab(el).focus();
      await press('End');
      expect(el.view).to.equal('diff');
      await press('Tab'); // the panel
      await press('Tab');
      expect(focused()?.tagName).to.equal('SUMMARY');
      await press('Enter');
      expect(focused()!.closest('details')!.open).to.equal(true);
      await expectAccessible(el);
    });

    it('keeps focus on Copy when it copies without the asynchronous clipboard', async () => {
      const { el } = await mount({ alert: nlAlert(), view: 'xml' });
      const { restore } = fakeClipboardAndDownload(() => Promise.reject(new Error('not allowed')));
      try {
        const copy = $$(el, '.toolbar button')[0]!;
        copy.focus();
        await sendKeys({ press: 'Enter' });
        await new Promise((r) => setTimeout(r, 50));
        expect($(el, '.visually-hidden[role="status"]').textContent).to.not.equal('');
        expect(document.activeElement?.localName).to.equal('sirene-cap-preview');
        expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Copy');
        expect(el.shadowRoot!.activeElement === copy).to.equal(true);
      } finally {
        restore();
      }
    });
  });

  describe('changes view', () => {
    it('shows what an update changes compared with the alert it follows', async () => {
      const previous = nlAlert();
      const { el } = await mount({ alert: nlUpdate(previous), previous, view: 'diff' });
      const text = panel(el).textContent ?? '';
      expect(text).to.contain('Message type: Alert → Update');
      expect(text).to.contain('References the previous message.');
      const row = $(el, 'tr[data-path="infos[0].instruction"]');
      expect(row.querySelector('th')!.textContent?.trim()).to.equal('Info 1 (nl-NL) › Instruction');
      expect(row.querySelector('del')!.textContent).to.equal(
        'Ga naar binnen. Sluit ramen en deuren en zet de ventilatie uit.',
      );
      expect(row.querySelector('ins')!.textContent).to.equal(
        'Blijf binnen. Houd ramen en deuren gesloten tot 06:00.',
      );
      expect(row.textContent).to.contain('Changed');
      await expectAccessible(el);
    });

    it('warns when a follow-up does not reference the previous message', async () => {
      const previous = nlAlert();
      const next = { ...nlUpdate(previous), references: [] };
      const { el } = await mount({ alert: next, previous, view: 'diff' }, { lang: 'nl' });
      expect(panel(el).textContent).to.contain('Waarschuwing:');
      expect(panel(el).textContent).to.contain('Verwijst niet naar het vorige bericht');
    });

    it('takes the previous message as CAP XML too', async () => {
      const previous = nlAlert();
      const { el } = await mount({
        alert: nlCancel(previous),
        previous: toCapXml(previous),
        view: 'diff',
      });
      expect(panel(el).textContent).to.contain('Message type: Alert → Cancel');
      expect($(el, 'tr[data-path="infos[1].headline"] ins').textContent).to.contain(
        'End of NL-Alert',
      );
    });

    it('hides the Changes tab without a previous alert', async () => {
      const { el } = await mount({ alert: nlAlert(), view: 'diff' });
      expect($$(el, '[role="tab"]').map((t) => t.id)).to.deep.equal([
        'tab-phone',
        'tab-xml',
        'tab-findings',
      ]);
      expect(selectedTab(el).id).to.equal('tab-phone');
    });
  });

  it('says there is nothing to preview, and withdraws its verdict when the alert goes', async () => {
    const { el } = await mount({ alert: nlAlert(), profiles: ['nl-alert'] });
    expect(el.valid).to.equal(true);
    const next = nextFindings(el);
    el.alert = undefined;
    expect(await next).to.deep.equal({ valid: false, findings: [] });
    await el.updateComplete;
    expect(panel(el).textContent).to.contain('Nothing to preview yet');
    expect($(el, '#tab-findings').textContent?.trim()).to.equal('Findings (0)');
    await expectAccessible(el);
  });

  it('speaks Dutch when the page does', async () => {
    document.documentElement.lang = 'nl';
    const { el } = await mount({ alert: lintAlert(), profiles: ['nl-alert'], view: 'findings' });
    expect($$(el, '[role="tab"]').map((t) => t.textContent?.trim())).to.deep.equal([
      'Telefoon',
      'CAP XML',
      'Bevindingen (4)',
    ]);
    expect(panel(el).textContent).to.contain('Info 1 (nl-NL) › Webadres');
    expect($(el, '.word').textContent?.trim()).to.equal('Waarschuwing');
    await expectAccessible(el);
  });
});
