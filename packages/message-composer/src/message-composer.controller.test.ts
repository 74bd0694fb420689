import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  SHIPPED_TEMPLATES,
  applyChecklistAction,
  createChecklistState,
  extremeViolenceGuideline,
  isGsm7,
  validateAlert,
  type CapArea,
  type ChecklistAction,
  type SireneAlert,
} from '@sirene/core';
import {
  adoptAlert,
  applyArea,
  buildAlert,
  checkAlert,
  createState,
  durationOptions,
  fieldForPath,
  findingExcerpt,
  followUp,
  markReady,
  matchPattern,
  measureInfo,
  normalizeArea,
  parseDraft,
  readySummary,
  reopen,
  resolveTemplates,
  sameCap,
  selectTemplate,
  serializeDraft,
  setLocalized,
  setOverride,
  splitForced,
  transliterateLanguage,
  type BuildContext,
  type ComposerState,
} from './message-composer.controller.js';

const NOW = new Date('2026-11-23T02:12:00Z');
const AREA: CapArea = {
  areaDesc: 'Utrecht centrum',
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
const ctx: BuildContext = { templates: SHIPPED_TEMPLATES, now: NOW, lang: 'en' };

function filled(templateId: string, profile: 'nl-alert' | 'be-alert' = 'nl-alert'): ComposerState {
  let state = createState({
    profile,
    mode: 'actual',
    identifier: 'VRU-2026-0042',
    sender: 'vr-utrecht@nl-alert.nl',
    senderName: 'Veiligheidsregio Utrecht',
    templateId,
  });
  state = applyArea(state, normalizeArea(AREA));
  state = {
    ...state,
    location: setLocalized(state.location, 'nl', 'nl', 'Stationsplein, Utrecht'),
  };
  return { ...state, web: 'https://www.nl-alert.nl' };
}

function built(state: ComposerState): SireneAlert {
  const result = buildAlert(state, ctx);
  assert.ok(result.alert, JSON.stringify(result.findings));
  return result.alert;
}

const user = { id: 'u1', name: 'Anna de Vries', roles: ['decide', 'compose', 'broadcast'] };
function policeAdvice(): Record<string, unknown> {
  let state = createChecklistState(extremeViolenceGuideline);
  const actions: ChecklistAction[] = [
    { type: 'set', item: 'advisor-function', value: 'hovd-p' },
    { type: 'set', item: 'advisor-name', value: 'J. Jansen' },
    { type: 'set', item: 'advice-time', value: '2026-11-23T03:05:00+01:00' },
    { type: 'tick', item: 'second-opinion' },
  ];
  for (const action of actions) {
    const r = applyChecklistAction(extremeViolenceGuideline, state, action, { user, now: NOW });
    assert.ok(r.ok);
    state = r.state;
  }
  return { [extremeViolenceGuideline.id]: state };
}

describe('building the alert', () => {
  it('makes a valid alert from every shipped template under each of its profiles', () => {
    for (const template of SHIPPED_TEMPLATES) {
      for (const profile of template.profiles) {
        let state = filled(template.id, profile);
        if (template.cap.msgType === 'Update') {
          state = {
            ...state,
            references: [
              { sender: state.sender, identifier: 'VRU-1', sent: '2026-11-23T02:00:00+01:00' },
            ],
          };
        }
        const build = buildAlert(state, ctx);
        assert.ok(build.alert, `${template.id}/${profile}`);
        const errors = validateAlert(build.alert.cap, { profiles: [profile], now: NOW }).filter(
          (f) => f.severity === 'error',
        );
        assert.deepEqual(errors, [], `${template.id}/${profile}`);
        assert.equal(
          build.alert.cap.infos.length,
          profile === 'nl-alert' ? 2 : 3,
          `${template.id}/${profile} languages`,
        );
      }
    }
  });

  it('keeps building with a placeholder when the location is missing, and reports it at the field once', () => {
    const state = { ...filled('fire-smoke'), location: { all: '', perLang: {} } };
    const build = buildAlert(state, ctx);
    assert.ok(build.alert);
    assert.match(build.alert.cap.infos[0]?.headline ?? '', /\{location\}/);
    assert.deepEqual(
      build.findings.map((f) => `${f.code}@${f.path}`),
      ['template.input.value-required@location'],
    );
    const check = checkAlert(build, ctx);
    assert.equal(check.ready.ok, false);
    assert.equal(
      check.findings.filter((f) => f.code === 'lint.placeholder').length,
      0,
      'no second finding for the same placeholder',
    );
    assert.deepEqual(fieldForPath('location', state, build.languages), { id: 'f-location' });
  });

  it('uses the operator’s own text over the template’s and can reset it', () => {
    const state = setOverride(filled('fire-smoke'), 'en', 'headline', 'Big fire near the station');
    const alert = built(state);
    assert.equal(alert.cap.infos[1]?.headline, 'Big fire near the station');
    assert.equal(
      alert.cap.infos[0]?.headline,
      'Grote brand met veel rook bij Stationsplein, Utrecht',
    );
    const base = buildAlert(state, ctx).base.en?.headline;
    const reset = setOverride(state, 'en', 'headline', undefined);
    assert.equal(built(reset).cap.infos[1]?.headline, base);
    assert.deepEqual(reset.overrides, {});
  });

  it('writes Exercise and the exercise note in exercise mode', () => {
    const alert = built({ ...filled('fire-smoke'), mode: 'exercise' });
    assert.equal(alert.cap.status, 'Exercise');
    assert.match(alert.cap.note ?? '', /Oefening/);
  });

  it('uses per-language texts of the fixed components', () => {
    let state = filled('fire-smoke');
    state = { ...state, effectArea: setLocalized(state.effectArea, 'nl', 'nl', 'het centrum') };
    state = { ...state, effectArea: setLocalized(state.effectArea, 'en', 'nl', 'the centre') };
    const alert = built(state);
    assert.equal(alert.cap.infos[0]?.description, 'Dit geldt voor het centrum.');
    assert.equal(alert.cap.infos[1]?.description, 'This applies to the centre.');
    assert.equal(alert.cap.infos[1]?.areas[0]?.areaDesc, 'the centre');
  });

  it('keeps the duration in expires and shows it in the summary', () => {
    const alert = built({ ...filled('fire-smoke'), durationMinutes: 90 });
    const summary = readySummary(alert);
    assert.equal(summary.durationMinutes, 90);
    assert.equal(summary.expires?.toISOString(), '2026-11-23T03:42:00.000Z');
    assert.equal(summary.title, 'Grote brand met veel rook bij Stationsplein, Utrecht');
    assert.equal(summary.shapes.polygons, 1);
  });
});

describe('checks', () => {
  it('flags “verzamel bij het station” in extreme violence, with its excerpt, and blocks ready', () => {
    const state = setOverride(
      filled('nl-alert-extreme-violence'),
      'nl',
      'instruction',
      'Verzamel bij het station.',
    );
    const build = buildAlert(state, ctx);
    const check = checkAlert(build, ctx);
    const gather = check.findings.find((f) => f.code === 'lint.gather-at-place');
    assert.ok(gather);
    assert.equal(gather.path, 'infos[0].instruction');
    assert.match(findingExcerpt(build.alert, gather) ?? '', /verzamel bij/i);
    assert.deepEqual(fieldForPath(gather.path, state, build.languages), {
      id: 'f-instruction-nl',
      lang: 'nl',
      details: 'info',
    });
    assert.equal(check.ready.ok, false);
  });

  it('allows ready for extreme violence only when police advice and second opinion are recorded', () => {
    const state = filled('nl-alert-extreme-violence');
    const before = checkAlert(buildAlert(state, ctx), ctx);
    assert.deepEqual(before.ready.findings.map((f) => f.code).sort(), [
      'lint.police-advice-missing',
      'lint.second-opinion-missing',
    ]);
    const after = checkAlert(buildAlert({ ...state, procedure: policeAdvice() }, ctx), ctx);
    assert.equal(after.ready.ok, true, JSON.stringify(after.ready.findings));
  });

  it('points findings of the fixed components at their controls', () => {
    const state = filled('fire-smoke');
    const langs = buildAlert(state, ctx).languages;
    assert.deepEqual(fieldForPath('infos[1].instruction', state, langs), { id: 'f-action' });
    assert.deepEqual(fieldForPath('infos[1].headline', state, langs), {
      id: 'f-location-en',
      lang: 'en',
    });
    assert.deepEqual(fieldForPath('infos[0].expires', state, langs), { id: 'f-duration' });
    assert.deepEqual(fieldForPath('identifier', state, langs), {
      id: 'f-identifier',
      details: 'alert',
    });
    assert.equal(fieldForPath('sirene.procedure', state, langs), undefined);
  });
});

describe('reading an alert back', () => {
  it('recovers the fixed components and rebuilds the same CAP', () => {
    let state = filled('fire-smoke');
    state = { ...state, risk: 'harmful-smoke', action: 'avoid-area', account: '@vru' };
    state = setOverride(state, 'en', 'contact', '0800-1234');
    const alert = built(state);
    const adopted = adoptAlert(alert, { ...ctx, profile: 'nl-alert' });
    assert.equal(adopted.templateId, 'fire-smoke');
    assert.equal(adopted.risk, 'harmful-smoke');
    assert.equal(adopted.action, 'avoid-area');
    assert.equal(adopted.location.all, 'Stationsplein, Utrecht');
    assert.equal(adopted.effectArea.all, 'Utrecht centrum');
    const again = buildAlert({ ...adopted, sent: alert.cap.sent }, ctx).alert;
    assert.ok(sameCap(again?.cap, alert.cap), 'same CAP after the round trip');
  });

  it('keeps texts it cannot attribute to the template as the operator’s own', () => {
    const alert = built(filled('flooding'));
    const info = alert.cap.infos[0];
    assert.ok(info);
    info.headline = 'Dijk doorgebroken bij Culemborg';
    info.parameters = [{ valueName: 'x', value: 'y' }];
    const adopted = adoptAlert(alert, { ...ctx, profile: 'nl-alert' });
    assert.equal(adopted.overrides.nl?.headline, 'Dijk doorgebroken bij Culemborg');
    const again = buildAlert({ ...adopted, sent: alert.cap.sent }, ctx).alert;
    assert.ok(sameCap(again?.cap, alert.cap));
  });

  it('matches text patterns', () => {
    assert.equal(
      matchPattern('{risk} bij {location}', 'Brand bij De Dam', { risk: 'Brand' }, 'location'),
      'De Dam',
    );
    assert.equal(
      matchPattern('{risk} bij {location}', 'Iets anders', { risk: 'Brand' }, 'location'),
      undefined,
    );
  });
});

describe('follow-up and end messages', () => {
  const running = (): SireneAlert => {
    const alert = built(filled('fire-smoke'));
    return { ...alert, sirene: { ...alert.sirene, state: 'stopped' } };
  };
  const options = { ...ctx, profile: 'nl-alert' as const, identifier: 'VRU-2026-0043' };

  it('prefills an update with references to the running alert', () => {
    const r = followUp(running(), 'update', options);
    assert.ok(r.ok);
    const alert = built(r.state);
    assert.equal(alert.cap.msgType, 'Update');
    assert.deepEqual(alert.cap.references, [
      {
        sender: 'vr-utrecht@nl-alert.nl',
        identifier: 'VRU-2026-0042',
        sent: running().cap.sent,
      },
    ]);
    assert.equal(alert.cap.identifier, 'VRU-2026-0043');
    assert.equal(alert.cap.infos[0]?.headline, running().cap.infos[0]?.headline);
  });

  it('prefills an end message from the end-of-situation template', () => {
    const r = followUp(running(), 'end', options);
    assert.ok(r.ok);
    const alert = built(r.state);
    assert.equal(alert.cap.msgType, 'Update');
    assert.deepEqual(alert.cap.infos[0]?.responseTypes, ['AllClear']);
    assert.equal(alert.cap.references.length, 1);
    assert.match(alert.cap.infos[0]?.description ?? '', /Stationsplein, Utrecht/);
    const errors = validateAlert(alert.cap, { profiles: ['nl-alert'], now: NOW }).filter(
      (f) => f.severity === 'error',
    );
    assert.deepEqual(errors, []);
    const cancel = followUp(running(), 'end', { ...options, endMsgType: 'Cancel' });
    assert.ok(cancel.ok);
    assert.equal(built(cancel.state).cap.msgType, 'Cancel');
  });

  it('refuses while the running alert is still broadcasting', () => {
    const alert = running();
    const r = followUp(
      { ...alert, sirene: { ...alert.sirene, state: 'broadcasting' } },
      'end',
      options,
    );
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.finding.code, 'lifecycle.follow-up-while-broadcasting');
  });
});

describe('channels and transliteration', () => {
  it('counts pages and finds the characters that force UCS-2', () => {
    let state = filled('fire-smoke');
    state = { ...state, location: setLocalized(state.location, 'nl', 'nl', 'Café ’t Hoekje') };
    const alert = built(state);
    const m = measureInfo(alert.cap.infos[0]!);
    assert.equal(m.cellBroadcast.encoding, 'UCS-2');
    assert.deepEqual(
      m.cellBroadcast.forcedUcs2.map((c) => c.char),
      ['’'],
    );
    const parts = splitForced(m.text, m.cellBroadcast.forcedUcs2);
    assert.deepEqual(
      parts.filter((p) => p.forced).map((p) => p.text),
      ['’'],
    );
    assert.equal(parts.map((p) => p.text).join(''), m.text);
  });

  it('transliterates one language through the fixed components, leaving the others', () => {
    let state = filled('fire-smoke');
    state = { ...state, location: setLocalized(state.location, 'nl', 'nl', 'Café ’t Hoekje') };
    const next = transliterateLanguage(state, 'nl', ctx);
    assert.equal(next.location.all, "Café 't Hoekje");
    assert.equal(next.location.perLang.en, 'Café ’t Hoekje', 'English keeps its text');
    assert.deepEqual(next.overrides, {}, 'the headline still follows the location');
    const alert = built(next);
    assert.ok(isGsm7(alert.cap.infos[0]?.headline ?? ''));
  });

  it('turns template text that forces UCS-2 into the operator’s own, transliterated', () => {
    const state = filled('fire-smoke', 'be-alert');
    const before = built(state).cap.infos[1]!;
    assert.equal(measureInfo(before).cellBroadcast.encoding, 'UCS-2', 'French template text');
    const next = transliterateLanguage(state, 'fr', ctx);
    const after = built(next).cap.infos[1]!;
    assert.equal(measureInfo(after).cellBroadcast.encoding, 'GSM-7');
    assert.ok(next.overrides.fr?.instruction);
  });
});

describe('area, durations, lifecycle and drafts', () => {
  it('reads the area editor’s value and its change detail', () => {
    const effect = [{ type: 'Polygon' as const, coordinates: [AREA.polygons[0]!] }];
    const fromShapes = normalizeArea({
      effect,
      source: [],
      effectDesc: 'Centrum',
      sourceDesc: 'Station',
    });
    assert.equal(fromShapes.capArea?.polygons.length, 1);
    assert.equal(fromShapes.capArea?.areaDesc, 'Centrum');
    assert.equal(fromShapes.sourceDesc, 'Station');
    const detail = normalizeArea({ area: { effect, source: [] }, capArea: AREA });
    assert.equal(detail.effectDesc, 'Utrecht centrum');
    assert.deepEqual(normalizeArea(42), {});
    let state = createState({ profile: 'nl-alert', mode: 'actual', identifier: 'x' });
    state = applyArea(state, fromShapes);
    assert.equal(state.location.all, 'Station');
    state = {
      ...state,
      location: { all: 'Typed', perLang: {} },
      fromArea: { ...state.fromArea, location: false },
    };
    state = applyArea(state, { ...fromShapes, sourceDesc: 'Elsewhere' });
    assert.equal(state.location.all, 'Typed', 'what the operator typed stays');
  });

  it('offers the standard durations and keeps an unusual one', () => {
    assert.ok(durationOptions(60).includes(60));
    assert.deepEqual(durationOptions(45).slice(0, 3), [15, 30, 45]);
  });

  it('freezes the send time when ready and releases it on reopen', () => {
    const ready = markReady(filled('fire-smoke'), NOW);
    assert.equal(ready.state, 'ready');
    assert.equal(ready.sent, '2026-11-23T03:12:00+01:00');
    const later = { ...ctx, now: new Date('2026-11-23T05:00:00Z') };
    assert.equal(buildAlert(ready, later).alert?.cap.sent, '2026-11-23T03:12:00+01:00');
    assert.equal(buildAlert(ready, later).alert?.sirene.state, 'ready');
    assert.equal(reopen(ready).sent, undefined);
  });

  it('stores and reads drafts, and ignores anything else', () => {
    const state = selectTemplate(filled('fire-smoke'), SHIPPED_TEMPLATES[2]!);
    const stored = serializeDraft(state, NOW);
    assert.deepEqual(parseDraft(stored)?.state, state);
    assert.equal(parseDraft(stored)?.savedAt, NOW.toISOString());
    for (const bad of [
      null,
      '',
      '{',
      '42',
      '{"v":2}',
      JSON.stringify({ v: 1, savedAt: 'x', state: {} }),
    ]) {
      assert.equal(parseDraft(bad), undefined, String(bad));
    }
  });

  it('checks the host’s templates and rejects broken ones with findings', () => {
    const own = { ...structuredClone(SHIPPED_TEMPLATES[1]!), id: 'own-fire' };
    const broken = { id: 'broken', version: 0 };
    const { templates, rejected } = resolveTemplates([SHIPPED_TEMPLATES[0], own, broken], 'en');
    assert.deepEqual(
      templates.map((t) => t.id),
      ['nl-alert-extreme-violence', 'own-fire'],
    );
    assert.equal(rejected[0]?.id, 'broken');
    assert.ok((rejected[0]?.findings.length ?? 0) > 0);
  });
});
