import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CapArea } from '../model/cap.js';
import { composeChannelText, measureText } from '../text/index.js';
import { gsm7Septets } from '../text/gsm7.js';
import { validateAlert } from '../validation/validate.js';
import type { Lang } from '../validation/finding.js';
import { instantiateTemplate, type TemplateInput } from './instantiate.js';
import { parseMessageTemplate } from './parse.js';
import { extremeViolenceTemplate, getShippedTemplate, SHIPPED_TEMPLATES } from './shipped/index.js';
import type { TemplateProfile } from './types.js';

const AREA: CapArea = {
  areaDesc: '',
  polygons: [
    [
      [5.1, 52.08],
      [5.12, 52.08],
      [5.12, 52.1],
      [5.1, 52.1],
      [5.1, 52.08],
    ],
  ],
  circles: [],
  geocodes: [],
};

const SENT = new Date('2026-11-23T02:12:00Z');
const NOW = new Date('2026-11-23T02:13:00Z');

/** Realistic input with the longest optional parts filled, so length checks are worst case. */
function input(profile: TemplateProfile, languages: Lang[]): TemplateInput {
  return {
    profile,
    languages,
    identifier: 'VRU-2026-0042',
    sender: 'vr-utrecht@nl-alert.nl',
    senderName: {
      nl: 'Veiligheidsregio Utrecht',
      en: 'Utrecht Safety Region',
      fr: 'Région de sécurité d’Utrecht',
      de: 'Sicherheitsregion Utrecht',
    },
    location: 'Stationsplein en Jaarbeursplein, Utrecht',
    effectArea: {
      nl: 'het centrum van Utrecht binnen de singels',
      en: 'the centre of Utrecht within the canals',
      fr: 'le centre d’Utrecht à l’intérieur des canaux',
      de: 'die Innenstadt von Utrecht innerhalb der Grachten',
    },
    area: AREA,
    sent: SENT,
    web: 'https://www.veiligheidsregioutrecht.nl/actueel',
    account: '@VRUtrecht',
    references: [
      {
        sender: 'vr-utrecht@nl-alert.nl',
        identifier: 'VRU-2026-0041',
        sent: '2026-11-23T02:00:00+01:00',
      },
    ],
  };
}

const LANGUAGE_SETS: Record<TemplateProfile, Lang[][]> = {
  'nl-alert': [['nl', 'en'], ['nl']],
  'be-alert': [['nl', 'fr', 'de'], ['fr', 'nl', 'de'], ['de']],
};

test('every shipped template, for each of its systems and language sets, makes an alert that validates without errors and fits 15 pages', () => {
  let checked = 0;
  for (const template of SHIPPED_TEMPLATES) {
    for (const profile of template.profiles) {
      for (const languages of LANGUAGE_SETS[profile]) {
        const label = `${template.id} ${profile} ${languages.join('+')}`;
        const result = instantiateTemplate(template, input(profile, languages));
        assert.ok(result.ok, `${label}: ${JSON.stringify(!result.ok && result.findings)}`);
        const { alert } = result;
        const errors = validateAlert(alert.cap, { profiles: [profile], now: NOW }).filter(
          (f) => f.severity === 'error',
        );
        assert.deepEqual(errors, [], label);
        assert.deepEqual(
          alert.cap.infos.map((i) => i.language?.slice(0, 2)),
          languages,
          label,
        );
        for (const info of alert.cap.infos) {
          // The channel adds "NL-Alert dd-mm-yyyy hh:mm: " itself; count it too.
          const text = `NL-Alert 23-11-2026 03:12: ${composeChannelText(info)}`;
          const measure = measureText(text, 'cell-broadcast');
          assert.ok(measure.fits, `${label} ${info.language}: ${measure.segments} pages`);
          assert.doesNotMatch(text, /\{\w*\}/, `${label}: a placeholder was left`);
        }
        checked++;
      }
    }
  }
  // Two NL-Alert-only templates × 2 sets, one BE-Alert-only × 3, six for both × 5.
  assert.equal(checked, 2 * 2 + 1 * 3 + 6 * 5);
});

test('NL-Alert texts (Dutch and English) stay in GSM 7-bit, so no broadcast is forced into UCS-2', () => {
  for (const template of SHIPPED_TEMPLATES.filter((t) => t.profiles.includes('nl-alert'))) {
    for (const risk of template.risks) {
      for (const action of template.actions) {
        const result = instantiateTemplate(template, {
          ...input('nl-alert', ['nl', 'en']),
          choices: { risk: risk.id, action: action.id },
        });
        assert.ok(result.ok);
        const warnings = validateAlert(result.alert.cap, { profiles: ['nl-alert'], now: NOW });
        assert.deepEqual(
          warnings.filter((f) => f.code === 'profile.eu-alert.ucs2Forced'),
          [],
          `${template.id} ${risk.id} ${action.id}`,
        );
      }
    }
  }
});

test('French and German texts leave GSM 7-bit only for their own letters, never for punctuation', () => {
  // A typographic apostrophe or quote, a no-break space or a dash forces a BE-Alert SMS
  // or broadcast into UCS-2 (70 instead of 160 characters a part, so more paid parts);
  // ê or ô cannot be helped without misspelling French.
  const wrong: string[] = [];
  let checked = 0;
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'fr' || key === 'de') && typeof v === 'string') {
          checked += 1;
          const outside = [...v].filter((c) => gsm7Septets(c) === undefined && !/\p{L}/u.test(c));
          if (outside.length) wrong.push(`${path}.${key}: ${outside.join(' ')} in ${v}`);
        } else walk(v, `${path}.${key}`);
      }
    }
  };
  for (const template of SHIPPED_TEMPLATES) walk(template, template.id);
  assert.ok(checked > 200, `only ${checked} texts found`);
  assert.deepEqual(wrong, []);
});

test('every shipped template passes parseMessageTemplate unchanged', () => {
  for (const template of SHIPPED_TEMPLATES) {
    const parsed = parseMessageTemplate(JSON.parse(JSON.stringify(template)));
    assert.ok(parsed.ok, `${template.id}: ${JSON.stringify(!parsed.ok && parsed.findings)}`);
    assert.deepEqual(parsed.template, template);
  }
  assert.equal(new Set(SHIPPED_TEMPLATES.map((t) => t.id)).size, SHIPPED_TEMPLATES.length);
  assert.equal(getShippedTemplate('gas-leak')?.context, 'general');
  assert.equal(getShippedTemplate('no-such-template'), undefined);
});

test('the shipped set covers the issue: extreme violence, fire, flooding, water, gas, power, test, end', () => {
  const contexts = new Map(SHIPPED_TEMPLATES.map((t) => [t.id, t.context]));
  assert.equal(contexts.get('nl-alert-extreme-violence'), 'extreme-violence');
  for (const id of ['fire-smoke', 'flooding', 'drinking-water', 'gas-leak', 'power-outage']) {
    assert.equal(contexts.get(id), 'general', id);
  }
  assert.equal(contexts.get('end-of-situation'), 'end');
  assert.equal(contexts.get('nl-alert-test'), 'test');
  assert.equal(contexts.get('be-alert-test'), 'test');
});

// The table of seeds/001 (Richtlijn inzet NL-Alert bij extreem geweld, 4f), copied here
// verbatim so the test does not depend on files outside the repository.
test('the extreme-violence template holds the guideline table: Dutch labels verbatim, row pairing as defaults', () => {
  const t = extremeViolenceTemplate;
  assert.deepEqual(
    t.risks.map((r) => r.label.nl),
    [
      'Grote schietpartij',
      'Groot steekincident',
      'Explosie',
      'Dreiging',
      'Bomdreiging',
      'Lock-down terrorismescenario',
    ],
  );
  assert.deepEqual(
    t.actions.map((a) => a.label.nl),
    [
      'Verlaat direct het gebied',
      'Verlaat direct het gebied óf verberg je',
      'Volg instructies op van hulpdiensten',
      'Geef hulpdiensten de ruimte',
      'Volg instructies op van autoriteiten',
    ],
  );
  assert.deepEqual(Object.fromEntries(t.risks.map((r) => [r.id, r.defaultAction])), {
    'large-shooting': 'leave-area',
    'large-stabbing': 'leave-or-hide',
    explosion: 'follow-emergency-services',
    threat: 'give-room',
    'bomb-threat': 'follow-authorities',
    lockdown: 'follow-authorities',
  });
  // Never name the motive in what the public reads, in any language.
  for (const risk of t.risks) {
    for (const text of Object.values(risk.text)) assert.doesNotMatch(text, /terr/i, risk.id);
  }
  // The seed's more-information cell: "Volg voor meer informatie (bv Twitter-account)".
  assert.ok(t.components.moreInfo.nl?.startsWith('Volg voor meer informatie {account}'));
});
