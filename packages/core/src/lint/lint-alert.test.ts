import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extremeViolenceGuideline } from '../checklist/definitions/extreme-violence.js';
import { nlAlertProcedure } from '../checklist/definitions/nl-alert-procedure.js';
import { applyChecklistAction, createChecklistState } from '../checklist/engine.js';
import { serializeState } from '../checklist/serialize.js';
import type { ChecklistAction, ChecklistDefinition, ChecklistState } from '../checklist/types.js';
import type { CapArea } from '../model/cap.js';
import type { SireneAlert } from '../model/sirene.js';
import { instantiateTemplate, type TemplateInput } from '../templates/instantiate.js';
import {
  extremeViolenceTemplate,
  fireSmokeTemplate,
  SHIPPED_TEMPLATES,
} from '../templates/shipped/index.js';
import type { MessageTemplate } from '../templates/types.js';
import {
  canMarkReady,
  checkPoliceAdvice,
  lintAlert,
  POLICE_ADVICE_ITEMS,
  resolveLintContext,
} from './lint-alert.js';

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
const NOW = new Date('2026-11-23T02:13:00Z');
const INPUT: TemplateInput = {
  identifier: 'VRU-2026-0042',
  sender: 'vr-utrecht@nl-alert.nl',
  senderName: 'Veiligheidsregio Utrecht',
  location: 'Stationsplein, Utrecht',
  area: AREA,
  sent: new Date('2026-11-23T02:12:00Z'),
  web: 'https://www.politie.nl',
  references: [
    {
      sender: 'vr-utrecht@nl-alert.nl',
      identifier: 'VRU-2026-0041',
      sent: '2026-11-23T02:00:00+01:00',
    },
  ],
};

function make(template: MessageTemplate, extra: Partial<TemplateInput> = {}): SireneAlert {
  const result = instantiateTemplate(template, { ...INPUT, ...extra });
  assert.ok(result.ok, JSON.stringify(!result.ok && result.findings));
  return result.alert;
}

const user = { id: 'u1', name: 'Anna de Vries', roles: ['decide', 'compose', 'broadcast'] };

/** A checklist state after the given actions, each of which must be accepted. */
function fill(def: ChecklistDefinition, actions: ChecklistAction[]): ChecklistState {
  let state = createChecklistState(def);
  for (const action of actions) {
    const result = applyChecklistAction(def, state, action, { user, now: NOW });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
    state = result.state;
  }
  return state;
}

const ADVICE: ChecklistAction[] = [
  { type: 'set', item: 'advisor-function', value: 'hovd-p' },
  { type: 'set', item: 'advisor-name', value: 'J. Jansen' },
  { type: 'set', item: 'advice-time', value: '2026-11-23T03:05:00+01:00' },
];
const SECOND_OPINION: ChecklistAction = { type: 'tick', item: 'second-opinion' };

const codes = (findings: { code: string; path: string }[]): string[] =>
  findings.map((f) => `${f.code}@${f.path}`);

test('the item ids the lint relies on exist in the shipped checklists, with the expected kinds', () => {
  for (const { definition, advice, secondOpinion } of Object.values(POLICE_ADVICE_ITEMS)) {
    const items = new Map(definition.sections.flatMap((s) => s.items).map((i) => [i.id, i.kind]));
    assert.deepEqual(
      advice.map((id) => items.get(id)),
      ['choice', 'name', 'time'],
      definition.id,
    );
    assert.equal(items.get(secondOpinion), 'check', definition.id);
  }
});

test('alerts made from every shipped template lint clean (no warnings or errors besides the police advice)', () => {
  for (const template of SHIPPED_TEMPLATES) {
    for (const profile of template.profiles) {
      for (const risk of template.risks) {
        for (const action of template.actions) {
          const alert = make(template, { profile, choices: { risk: risk.id, action: action.id } });
          const findings = lintAlert(alert).filter(
            (f) =>
              f.severity !== 'info' &&
              f.code !== 'lint.police-advice-missing' &&
              f.code !== 'lint.second-opinion-missing',
          );
          assert.deepEqual(findings, [], `${template.id} ${profile} ${risk.id} ${action.id}`);
        }
      }
    }
  }
});

test('lintAlert points into the info block and field, with the range inside that field', () => {
  const alert = make(fireSmokeTemplate);
  const en = alert.cap.infos[1]!;
  en.instruction = 'Go inside. Close windows and doors. DO NOT GO OUTSIDE!!';
  en.web = 'http://www.vru.nl';
  const findings = lintAlert(alert, { lang: 'nl' });
  assert.deepEqual(codes(findings), [
    'lint.all-caps@infos[1].instruction',
    'lint.exclamation@infos[1].instruction',
    'lint.insecure-url@infos[1].web',
  ]);
  const caps = findings[0]!;
  assert.equal(en.instruction.slice(caps.range!.start, caps.range!.end), 'DO NOT GO OUTSIDE');
  assert.match(caps.message, /staat in hoofdletters/);
});

test('each block is read in its own language: a Dutch gather call in the Dutch block, none in English', () => {
  const alert = make(extremeViolenceTemplate);
  alert.cap.infos[0]!.instruction = 'Verzamel bij het stadhuis.';
  alert.cap.infos[1]!.description = 'Terrorist attack suspected.';
  const findings = lintAlert(alert).filter(
    (f) => f.code.startsWith('lint.') && f.path.startsWith('infos'),
  );
  assert.deepEqual(codes(findings), [
    'lint.gather-at-place@infos[0].instruction',
    'lint.motive@infos[1].description',
  ]);
  assert.ok(findings.every((f) => f.severity === 'error'));
});

test('a block without action advice or more information is reported at its instruction and web', () => {
  const alert = make(fireSmokeTemplate, { web: undefined });
  alert.cap.infos[0]!.instruction = 'Er is veel rook.';
  assert.deepEqual(codes(lintAlert(alert)), [
    'lint.no-action@infos[0].instruction',
    'lint.no-more-info@infos[0].web',
    'lint.no-more-info@infos[1].web',
  ]);
});

test('extreme violence requires the recorded police advice and second opinion, in either checklist', () => {
  const alert = make(extremeViolenceTemplate);
  assert.deepEqual(codes(lintAlert(alert)), [
    'lint.police-advice-missing@sirene.procedure',
    'lint.second-opinion-missing@sirene.procedure',
  ]);

  alert.sirene.procedure = {
    [extremeViolenceGuideline.id]: fill(extremeViolenceGuideline, ADVICE),
  };
  assert.deepEqual(codes(lintAlert(alert)), ['lint.second-opinion-missing@sirene.procedure']);

  alert.sirene.procedure = {
    [extremeViolenceGuideline.id]: serializeState(
      fill(extremeViolenceGuideline, [...ADVICE, SECOND_OPINION]),
    ),
  };
  assert.deepEqual(codes(lintAlert(alert)), [], 'a serialized state counts too');

  // The police-advice section of the NL-Alert procedure, shown when "extreme violence?" is yes.
  alert.sirene.procedure = {
    [nlAlertProcedure.id]: fill(nlAlertProcedure, [
      { type: 'set', item: 'extreme-violence', value: 'yes' },
      { type: 'set', item: 'police-advisor-function', value: 'ovd-oc' },
      { type: 'set', item: 'police-advisor-name', value: 'P. de Boer' },
      { type: 'set', item: 'police-advice-time', value: '2026-11-23T03:04:00+01:00' },
      { type: 'tick', item: 'second-opinion' },
    ]),
  };
  assert.deepEqual(codes(checkPoliceAdvice(alert)), []);

  alert.sirene.procedure = { [extremeViolenceGuideline.id]: { format: 1, checklist: 'other' } };
  assert.deepEqual(codes(checkPoliceAdvice(alert)), [
    'lint.procedure-invalid@sirene.procedure.nl-alert-extreme-violence',
    'lint.police-advice-missing@sirene.procedure',
    'lint.second-opinion-missing@sirene.procedure',
  ]);
});

test('the context comes from the template, the checklists or the options; the phase from the scenario', () => {
  const fire = make(fireSmokeTemplate);
  assert.deepEqual(resolveLintContext(fire), { context: 'general' });
  assert.deepEqual(resolveLintContext(make(extremeViolenceTemplate)), {
    context: 'extreme-violence',
  });

  fire.sirene.procedure = {
    [nlAlertProcedure.id]: fill(nlAlertProcedure, [
      { type: 'set', item: 'extreme-violence', value: 'yes' },
    ]),
  };
  assert.equal(resolveLintContext(fire).context, 'extreme-violence');

  fire.sirene.procedure = {
    [extremeViolenceGuideline.id]: fill(extremeViolenceGuideline, [
      { type: 'set', item: 'scenario', value: 'after-phase' },
    ]),
  };
  assert.deepEqual(resolveLintContext(fire), { context: 'extreme-violence', phase: 'after' });
  assert.deepEqual(resolveLintContext(fire, { context: 'general', phase: 'acute' }), {
    context: 'general',
    phase: 'acute',
  });

  // In the after-phase a revealed direction of flight is a warning.
  fire.cap.infos[0]!.description = 'De dader is gevlucht richting Zeist.';
  assert.ok(lintAlert(fire).some((f) => f.code === 'lint.search-area' && f.severity === 'warning'));
});

test('canMarkReady combines lifecycle, validation errors, lint errors and the police requirements', () => {
  const now = { now: NOW };
  const fire = make(fireSmokeTemplate);
  assert.deepEqual(canMarkReady(fire, now), { ok: true, findings: [] });

  const ev = make(extremeViolenceTemplate);
  const blocked = canMarkReady(ev, { ...now, lang: 'nl' });
  assert.equal(blocked.ok, false);
  assert.deepEqual(codes(blocked.findings), [
    'lint.police-advice-missing@sirene.procedure',
    'lint.second-opinion-missing@sirene.procedure',
  ]);
  assert.match(blocked.findings[0]!.message, /geen politieadvies vastgelegd/);

  ev.sirene.procedure = {
    [extremeViolenceGuideline.id]: fill(extremeViolenceGuideline, [...ADVICE, SECOND_OPINION]),
  };
  assert.deepEqual(canMarkReady(ev, now), { ok: true, findings: [] });

  ev.cap.infos[0]!.headline = 'Terroristische aanslag bij Stationsplein';
  ev.cap.infos[0]!.areas = [];
  ev.sirene.state = 'broadcasting';
  assert.deepEqual(codes(canMarkReady(ev, now).findings), [
    'lifecycle.still-broadcasting@sirene.state',
    'profile.nl-alert.areaRequired@infos[0].areas',
    'lint.motive@infos[0].headline',
  ]);

  // Warnings do not block: "go to" in extreme violence needs a look, not a stop.
  const go = make(extremeViolenceTemplate);
  go.sirene.procedure = ev.sirene.procedure;
  go.cap.infos[0]!.instruction = 'Ga naar het Stationsplein.';
  assert.equal(canMarkReady(go, now).ok, true);
  assert.ok(
    lintAlert(go).some((f) => f.code === 'lint.gather-at-place' && f.severity === 'warning'),
  );
});

test('an end message (Cancel) is not asked for action advice or police advice', () => {
  const alert = make(extremeViolenceTemplate);
  alert.cap.msgType = 'Cancel';
  alert.cap.infos[0]!.instruction = '';
  assert.deepEqual(codes(lintAlert(alert)), []);
});
