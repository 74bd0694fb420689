import { expect } from '@esm-bundle/chai';
import { LitElement, html } from 'lit';
import { LocalizeController, inheritedLang } from './localize.js';
import { RequestError, SireneEvent, SireneRequestEvent, request } from './events.js';
import { FormController } from './form.js';
import { TOKEN_DEFAULTS, base, tokens } from './tokens.js';
import { darkTheme, highContrastTheme, themeCss } from './themes.js';
import { expectAccessible } from '../../../test/browser/helpers/a11y.js';

const catalog = { hello: { en: 'Hello {name}', nl: 'Hallo {name}', fr: 'Bonjour {name}' } };

class TestLocalized extends LitElement {
  static override styles = [tokens, base];
  readonly l10n = new LocalizeController(this);
  override render() {
    return html`<p>${this.l10n.t(catalog, 'hello', { name: 'Anna' })}</p>`;
  }
}
customElements.define('test-localized', TestLocalized);

// French arrives when asked for, as an element's messages.fr.ts would; `release` lets it in.
const lazyCatalog = { bye: { en: 'Bye {name}', nl: 'Dag {name}' } };
let release: () => void = () => {};
let frLoads = 0;
const lazyTexts = {
  catalog: lazyCatalog,
  fr: async () => {
    frLoads++;
    await new Promise<void>((resolve) => (release = resolve));
    return { bye: 'Au revoir {name}' };
  },
};

class TestLazy extends LitElement {
  readonly l10n = new LocalizeController(this, lazyTexts);
  override render() {
    return html`<p>${this.l10n.t(lazyCatalog, 'bye', { name: 'Anna' })}</p>
      <p>${this.l10n.t(catalog, 'hello', { name: 'Anna' })}</p>`;
  }
}
customElements.define('test-lazy', TestLazy);

class TestField extends LitElement {
  static formAssociated = true;
  readonly form = new FormController(this);
}
customElements.define('test-field', TestField);

// A macrotask, not requestAnimationFrame: rAF does not run in background test pages.
const nextFrame = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

describe('LocalizeController', () => {
  it('takes the language of the nearest ancestor, across shadow roots', async () => {
    const outer = document.createElement('div');
    outer.lang = 'nl-BE';
    const holder = document.createElement('div');
    const shadow = holder.attachShadow({ mode: 'open' });
    const el = document.createElement('test-localized') as TestLocalized;
    shadow.append(el);
    outer.append(holder);
    document.body.append(outer);
    await el.updateComplete;
    expect(inheritedLang(el)).to.equal('nl-BE');
    expect(el.l10n.lang).to.equal('nl');
    expect(el.shadowRoot!.textContent).to.contain('Hallo Anna');
  });

  it('follows its own lang attribute and the document language as they change', async () => {
    const el = document.createElement('test-localized') as TestLocalized;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Hello Anna');
    document.documentElement.lang = 'nl';
    await nextFrame();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Hallo Anna');
    el.lang = 'fr';
    await nextFrame();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Bonjour Anna');
    el.lang = 'de';
    await nextFrame();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent, 'German falls back to English until translated').to.contain(
      'Hello Anna',
    );
  });

  it('loads a lazy language before switching to it, never showing a mix, and only once', async () => {
    const el = document.createElement('test-lazy') as TestLazy;
    el.lang = 'nl';
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Dag Anna').and.contain('Hallo Anna');
    el.lang = 'fr';
    const ready = el.l10n.ready;
    await nextFrame();
    await el.updateComplete;
    expect(el.l10n.lang, 'still Dutch while the French texts load').to.equal('nl');
    expect(el.shadowRoot!.textContent).to.contain('Dag Anna').and.contain('Hallo Anna');
    release();
    await ready;
    await el.updateComplete;
    expect(el.l10n.lang).to.equal('fr');
    expect(el.shadowRoot!.textContent).to.contain('Au revoir Anna').and.contain('Bonjour Anna');
    const second = document.createElement('test-lazy') as TestLazy;
    second.lang = 'fr';
    document.body.append(second);
    await second.l10n.ready;
    await second.updateComplete;
    expect(second.shadowRoot!.textContent).to.contain('Au revoir Anna');
    expect(frLoads, 'the French texts are imported once per page').to.equal(1);
  });

  it('formats dates in the Dutch way, in Amsterdam time', async () => {
    const el = document.createElement('test-localized') as TestLocalized;
    el.lang = 'nl';
    document.body.append(el);
    await el.updateComplete;
    expect(el.l10n.dateTime('2026-11-23T02:12:00Z')).to.equal('23-11-2026, 03:12');
    expect(el.l10n.number(1234.5)).to.equal('1.234,5');
  });

  it('renders accessible text with the tokens', async () => {
    const el = document.createElement('test-localized') as TestLocalized;
    document.body.append(el);
    await el.updateComplete;
    expect(getComputedStyle(el).getPropertyValue('--sirene-color-accent').trim()).to.equal(
      '#0b4f9c',
    );
    await expectAccessible(el);
  });

  it('lets a theme on the page reach inside the shadow root, and a theme on a container win locally', async () => {
    const style = document.createElement('style');
    style.textContent =
      ':root { --sirene-color-text: rgb(10, 20, 30); } .dark { --sirene-color-text: rgb(240, 240, 240); }';
    document.head.append(style);
    try {
      const plain = document.createElement('test-localized') as TestLocalized;
      const dark = document.createElement('div');
      dark.className = 'dark';
      const themed = document.createElement('test-localized') as TestLocalized;
      dark.append(themed);
      document.body.append(plain, dark);
      await Promise.all([plain.updateComplete, themed.updateComplete]);
      const color = (el: TestLocalized) =>
        getComputedStyle(el.shadowRoot!.querySelector('p')!).color;
      expect(color(plain)).to.equal('rgb(10, 20, 30)');
      expect(color(themed)).to.equal('rgb(240, 240, 240)');
    } finally {
      style.remove();
    }
  });
});

describe('events', () => {
  it('SireneEvent bubbles out of shadow roots with its detail', () => {
    const holder = document.createElement('div');
    const shadow = holder.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    document.body.append(holder);
    let got: unknown;
    document.body.addEventListener(
      'sirene-test-change',
      (e) => (got = (e as SireneEvent<{ n: number }>).detail),
      { once: true },
    );
    inner.dispatchEvent(new SireneEvent('sirene-test-change', { n: 1 }));
    expect(got).to.deep.equal({ n: 1 });
  });

  it('request resolves with the host answer, and rejects when nobody answers or it is aborted', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const make = (detail: ConstructorParameters<typeof SireneRequestEvent<string, number>>[1]) =>
      new SireneRequestEvent<string, number>('sirene-test-request', detail);

    const unanswered = await request(el, make, 'q', new AbortController().signal).catch(
      (e: unknown) => e,
    );
    expect(unanswered).to.be.instanceOf(RequestError);
    expect((unanswered as RequestError).reason).to.equal('unanswered');

    const listener = (e: Event) => {
      const detail = (e as SireneRequestEvent<string, number>).detail;
      detail.respond(new Promise((r) => setTimeout(() => r(detail.query.length), 10)));
    };
    document.addEventListener('sirene-test-request', listener);
    expect(await request(el, make, 'four', new AbortController().signal)).to.equal(4);

    const controller = new AbortController();
    const pending = request(el, make, 'abc', controller.signal).catch((e: unknown) => e);
    controller.abort();
    expect(((await pending) as RequestError).reason).to.equal('aborted');
    document.removeEventListener('sirene-test-request', listener);
  });
});

describe('FormController', () => {
  it('submits the value with the form and reports validity from findings', async () => {
    const form = document.createElement('form');
    const field = document.createElement('test-field') as TestField;
    field.setAttribute('name', 'alert');
    form.append(field);
    document.body.append(form);
    field.form.setValue('{"x":1}');
    expect(new FormData(form).get('alert')).to.equal('{"x":1}');
    field.form.setFindings([
      { code: 'x', severity: 'error', path: '', message: 'Draw an area first.', source: 'rules' },
    ]);
    expect(field.form.validity.valid).to.equal(false);
    expect(field.form.validationMessage).to.equal('Draw an area first.');
    expect(form.checkValidity()).to.equal(false);
    field.form.setFindings([
      { code: 'y', severity: 'warning', path: '', message: 'Check it.', source: 'rules' },
    ]);
    expect(form.checkValidity()).to.equal(true);
  });
});

describe('themes', () => {
  // WCAG 2.1 relative luminance and contrast ratio of two #rrggbb colours.
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it('every shipped colour theme meets WCAG AA contrast for text, accents and borders', () => {
    for (const [name, partial] of Object.entries({
      default: {},
      dark: darkTheme,
      'high-contrast': highContrastTheme,
    })) {
      const t = { ...TOKEN_DEFAULTS, ...partial } as Record<string, string>;
      const surfaces = [t['--sirene-color-surface']!, t['--sirene-color-surface-raised']!];
      for (const surface of surfaces) {
        for (const fg of [
          'text',
          'text-muted',
          'accent',
          'danger',
          'warning',
          'success',
          'exercise',
        ]) {
          expect(
            contrast(t[`--sirene-color-${fg}`]!, surface),
            `${name}: ${fg} on ${surface}`,
          ).to.be.at.least(4.5);
        }
        expect(contrast(t['--sirene-color-border']!, surface), `${name}: border`).to.be.at.least(3);
        expect(contrast(t['--sirene-color-focus']!, surface), `${name}: focus`).to.be.at.least(3);
      }
      expect(
        contrast(t['--sirene-color-on-accent']!, t['--sirene-color-accent']!),
        `${name}: on-accent`,
      ).to.be.at.least(4.5);
      expect(
        contrast(t['--sirene-color-on-exercise']!, t['--sirene-color-exercise']!),
        `${name}: on-exercise`,
      ).to.be.at.least(4.5);
    }
  });

  it('themeCss applies a theme under a selector, down into the elements', async () => {
    const style = document.createElement('style');
    style.textContent = themeCss(darkTheme, '.night');
    document.head.append(style);
    try {
      const night = document.createElement('div');
      night.className = 'night';
      const el = document.createElement('test-localized') as TestLocalized;
      night.append(el);
      document.body.append(night);
      await el.updateComplete;
      expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).color).to.equal(
        'rgb(242, 242, 242)',
      );
    } finally {
      style.remove();
    }
  });
});
