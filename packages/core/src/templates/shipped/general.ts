/**
 * General standard messages (fire and smoke, flooding, drinking water, gas leak, power
 * outage) for NL-Alert and BE-Alert. Dutch and English texts stay within the GSM 7-bit
 * alphabet so that an NL-Alert broadcast is not forced into UCS-2.
 */
import type { MessageTemplate } from '../types.js';
import { AREA_LINE, MORE_INFO_ACCOUNT, same, tx } from './text.js';

const HEADLINE = tx(
  '{risk} bij {location}',
  '{risk} at {location}',
  '{risk} : {location}',
  '{risk}: {location}',
);

const AVOID_AREA = tx(
  'Vermijd het gebied.',
  'Avoid the area.',
  'Évitez la zone.',
  'Meiden Sie das Gebiet.',
);

const SHELTER = tx(
  'Ga naar binnen. Sluit ramen en deuren en zet de ventilatie uit.',
  'Go inside. Close windows and doors and switch off ventilation.',
  "Rentrez à l'intérieur. Fermez portes et fenêtres et coupez la ventilation.",
  'Gehen Sie nach drinnen. Schließen Sie Fenster und Türen und schalten Sie die Lüftung aus.',
);

/** Fire with smoke: shelter inside, or avoid the area. */
export const fireSmokeTemplate: MessageTemplate = {
  id: 'fire-smoke',
  version: 1,
  context: 'general',
  profiles: ['nl-alert', 'be-alert'],
  languages: ['nl', 'en', 'fr', 'de'],
  title: tx('Brand en rook', 'Fire and smoke', 'Incendie et fumée', 'Brand und Rauch'),
  description: tx(
    'Grote brand met rook die omwonenden kan treffen.',
    'A large fire whose smoke may affect people nearby.',
    'Un incendie important dont la fumée peut toucher les riverains.',
    'Ein Großbrand, dessen Rauch Anwohner treffen kann.',
  ),
  cap: {
    event: tx('Brand', 'Fire', 'Incendie', 'Brand'),
    categories: ['Fire'],
    responseTypes: ['Shelter'],
    urgency: 'Immediate',
    severity: 'Severe',
    certainty: 'Observed',
    msgType: 'Alert',
    durationMinutes: 60,
  },
  risks: [
    {
      id: 'large-fire',
      label: tx(
        'Grote brand met veel rook',
        'Large fire with a lot of smoke',
        'Incendie important avec beaucoup de fumée',
        'Großbrand mit starker Rauchentwicklung',
      ),
      text: tx(
        'Grote brand met veel rook',
        'Large fire with a lot of smoke',
        'Incendie important avec beaucoup de fumée',
        'Großbrand mit starker Rauchentwicklung',
      ),
    },
    {
      id: 'harmful-smoke',
      label: tx(
        'Brand met schadelijke rook',
        'Fire with harmful smoke',
        'Incendie avec fumée nocive',
        'Brand mit gesundheitsschädlichem Rauch',
      ),
      text: tx(
        'Brand met schadelijke rook',
        'Fire with harmful smoke',
        'Incendie avec fumée nocive',
        'Brand mit gesundheitsschädlichem Rauch',
      ),
      cap: { categories: ['Fire', 'CBRNE'], severity: 'Severe' },
    },
  ],
  defaultRisk: 'large-fire',
  actions: [
    { id: 'shelter', label: SHELTER, text: SHELTER, cap: { responseTypes: ['Shelter'] } },
    {
      id: 'avoid-area',
      label: tx(
        'Vermijd het gebied, houd ramen en deuren dicht',
        'Avoid the area, keep windows and doors closed',
        'Évitez la zone, gardez portes et fenêtres fermées',
        'Meiden Sie das Gebiet, halten Sie Fenster und Türen geschlossen',
      ),
      text: tx(
        'Vermijd het gebied. Houd ramen en deuren gesloten.',
        'Avoid the area. Keep windows and doors closed.',
        'Évitez la zone. Gardez portes et fenêtres fermées.',
        'Meiden Sie das Gebiet. Halten Sie Fenster und Türen geschlossen.',
      ),
      cap: { responseTypes: ['Avoid', 'Shelter'] },
    },
  ],
  defaultAction: 'shelter',
  components: {
    headline: HEADLINE,
    description: AREA_LINE,
    instruction: same('{action}'),
    moreInfo: MORE_INFO_ACCOUNT,
  },
};

/** Flooding: leave the area, go to a higher floor, or avoid the area. */
export const floodingTemplate: MessageTemplate = {
  id: 'flooding',
  version: 1,
  context: 'general',
  profiles: ['nl-alert', 'be-alert'],
  languages: ['nl', 'en', 'fr', 'de'],
  title: tx('Overstroming', 'Flooding', 'Inondation', 'Überschwemmung'),
  description: tx(
    'Dreigende of plaatselijke overstroming (dijk, rivier, hevige regen).',
    'Expected or local flooding (dike, river, heavy rain).',
    'Inondation attendue ou locale (digue, rivière, fortes pluies).',
    'Drohende oder örtliche Überschwemmung (Deich, Fluss, Starkregen).',
  ),
  cap: {
    event: tx('Overstroming', 'Flooding', 'Inondation', 'Überschwemmung'),
    categories: ['Met'],
    responseTypes: ['Evacuate'],
    urgency: 'Immediate',
    severity: 'Severe',
    certainty: 'Likely',
    msgType: 'Alert',
    durationMinutes: 60,
  },
  risks: [
    {
      id: 'flooding-expected',
      label: tx(
        'Kans op overstroming',
        'Risk of flooding',
        "Risque d'inondation",
        'Überschwemmungsgefahr',
      ),
      text: tx(
        'Kans op overstroming',
        'Risk of flooding',
        "Risque d'inondation",
        'Überschwemmungsgefahr',
      ),
      cap: { urgency: 'Expected', certainty: 'Likely' },
    },
    {
      id: 'flooding',
      label: tx('Overstroming', 'Flooding', 'Inondation', 'Überschwemmung'),
      text: tx('Overstroming', 'Flooding', 'Inondation', 'Überschwemmung'),
      cap: { certainty: 'Observed' },
    },
  ],
  defaultRisk: 'flooding-expected',
  actions: [
    {
      id: 'evacuate',
      label: tx(
        'Verlaat het gebied',
        'Leave the area',
        'Quittez la zone',
        'Verlassen Sie das Gebiet',
      ),
      text: tx(
        'Verlaat het gebied. Ga naar familie of vrienden buiten het gebied.',
        'Leave the area. Stay with family or friends outside the area.',
        'Quittez la zone. Allez chez de la famille ou des amis hors de la zone.',
        'Verlassen Sie das Gebiet. Gehen Sie zu Familie oder Freunden außerhalb des Gebiets.',
      ),
      cap: { responseTypes: ['Evacuate'] },
    },
    {
      id: 'go-upstairs',
      label: tx(
        'Blijf binnen, ga naar boven',
        'Stay inside, go upstairs',
        "Restez à l'intérieur, montez à l'étage",
        'Bleiben Sie im Haus, gehen Sie nach oben',
      ),
      text: tx(
        'Blijf binnen en ga naar een hogere verdieping.',
        'Stay indoors and go to a higher floor.',
        "Restez à l'intérieur et montez à un étage supérieur.",
        'Bleiben Sie im Haus und gehen Sie in ein höheres Stockwerk.',
      ),
      cap: { responseTypes: ['Shelter'] },
    },
    { id: 'avoid-area', label: AVOID_AREA, text: AVOID_AREA, cap: { responseTypes: ['Avoid'] } },
  ],
  defaultAction: 'evacuate',
  components: {
    headline: HEADLINE,
    description: AREA_LINE,
    instruction: same('{action}'),
    moreInfo: MORE_INFO_ACCOUNT,
  },
};

/** Drinking water: boil it, or do not drink it. */
export const drinkingWaterTemplate: MessageTemplate = {
  id: 'drinking-water',
  version: 1,
  context: 'general',
  profiles: ['nl-alert', 'be-alert'],
  languages: ['nl', 'en', 'fr', 'de'],
  title: tx('Drinkwater', 'Drinking water', 'Eau potable', 'Trinkwasser'),
  description: tx(
    'Het kraanwater is verontreinigd of niet te vertrouwen.',
    'Tap water is contaminated or cannot be trusted.',
    "L'eau du robinet est contaminée ou douteuse.",
    'Das Leitungswasser ist verunreinigt oder nicht vertrauenswürdig.',
  ),
  cap: {
    event: tx(
      'Verontreinigd drinkwater',
      'Contaminated drinking water',
      'Eau potable contaminée',
      'Verunreinigtes Trinkwasser',
    ),
    categories: ['Health'],
    responseTypes: ['Avoid'],
    urgency: 'Immediate',
    severity: 'Severe',
    certainty: 'Likely',
    msgType: 'Alert',
    durationMinutes: 60,
  },
  risks: [
    {
      id: 'contaminated',
      label: tx(
        'Drinkwater verontreinigd',
        'Drinking water contaminated',
        'Eau potable contaminée',
        'Trinkwasser verunreinigt',
      ),
      text: tx(
        'Drinkwater verontreinigd',
        'Drinking water contaminated',
        'Eau potable contaminée',
        'Trinkwasser verunreinigt',
      ),
    },
  ],
  defaultRisk: 'contaminated',
  actions: [
    {
      id: 'boil',
      label: tx(
        'Kook kraanwater',
        'Boil tap water',
        "Faites bouillir l'eau",
        'Kochen Sie Leitungswasser ab',
      ),
      text: tx(
        'Kook kraanwater minstens 1 minuut voordat u het drinkt of gebruikt voor eten.',
        'Boil tap water for at least 1 minute before you drink it or use it for food.',
        "Faites bouillir l'eau du robinet au moins 1 minute avant de la boire ou de cuisiner avec.",
        'Kochen Sie Leitungswasser mindestens 1 Minute ab, bevor Sie es trinken oder damit kochen.',
      ),
      cap: { responseTypes: ['Execute'] },
    },
    {
      id: 'do-not-drink',
      label: tx(
        'Drink geen kraanwater',
        'Do not drink tap water',
        "Ne buvez pas l'eau du robinet",
        'Trinken Sie kein Leitungswasser',
      ),
      text: tx(
        'Drink geen kraanwater. Gebruik water uit flessen.',
        'Do not drink tap water. Use bottled water.',
        "Ne buvez pas l'eau du robinet. Utilisez de l'eau en bouteille.",
        'Trinken Sie kein Leitungswasser. Verwenden Sie Wasser aus Flaschen.',
      ),
      cap: { responseTypes: ['Avoid'] },
    },
  ],
  defaultAction: 'boil',
  components: {
    headline: HEADLINE,
    description: AREA_LINE,
    instruction: same('{action}'),
    moreInfo: MORE_INFO_ACCOUNT,
  },
};

/** Gas leak: leave the area without fire or sparks, or stay inside with windows closed. */
export const gasLeakTemplate: MessageTemplate = {
  id: 'gas-leak',
  version: 1,
  context: 'general',
  profiles: ['nl-alert', 'be-alert'],
  languages: ['nl', 'en', 'fr', 'de'],
  title: tx('Gaslek', 'Gas leak', 'Fuite de gaz', 'Gasleck'),
  description: tx(
    'Gaslek met gevaar voor brand, explosie of vergiftiging.',
    'A gas leak with a danger of fire, explosion or poisoning.',
    "Une fuite de gaz avec risque d'incendie, d'explosion ou d'intoxication.",
    'Ein Gasleck mit Brand-, Explosions- oder Vergiftungsgefahr.',
  ),
  cap: {
    event: tx('Gaslek', 'Gas leak', 'Fuite de gaz', 'Gasleck'),
    categories: ['Safety'],
    responseTypes: ['Evacuate'],
    urgency: 'Immediate',
    severity: 'Severe',
    certainty: 'Observed',
    msgType: 'Alert',
    durationMinutes: 60,
  },
  risks: [
    {
      id: 'gas-leak',
      label: tx('Gaslek', 'Gas leak', 'Fuite de gaz', 'Gasleck'),
      text: tx('Gaslek', 'Gas leak', 'Fuite de gaz', 'Gasleck'),
    },
  ],
  defaultRisk: 'gas-leak',
  actions: [
    {
      id: 'leave-area',
      label: tx(
        'Verlaat het gebied',
        'Leave the area',
        'Quittez la zone',
        'Verlassen Sie das Gebiet',
      ),
      text: tx(
        'Verlaat het gebied. Rook niet en gebruik geen open vuur.',
        'Leave the area. Do not smoke or use open flames.',
        "Quittez la zone. Ne fumez pas et n'utilisez pas de flamme nue.",
        'Verlassen Sie das Gebiet. Rauchen Sie nicht und benutzen Sie kein offenes Feuer.',
      ),
      cap: { responseTypes: ['Evacuate'] },
    },
    {
      id: 'stay-inside',
      label: tx('Blijf binnen', 'Stay inside', "Restez à l'intérieur", 'Bleiben Sie drinnen'),
      text: tx(
        'Blijf binnen. Sluit ramen en deuren en zet de ventilatie uit.',
        'Stay inside. Close windows and doors and switch off ventilation.',
        "Restez à l'intérieur. Fermez portes et fenêtres et coupez la ventilation.",
        'Bleiben Sie drinnen. Schließen Sie Fenster und Türen und schalten Sie die Lüftung aus.',
      ),
      cap: { responseTypes: ['Shelter'] },
    },
    { id: 'avoid-area', label: AVOID_AREA, text: AVOID_AREA, cap: { responseTypes: ['Avoid'] } },
  ],
  defaultAction: 'leave-area',
  components: {
    headline: HEADLINE,
    description: AREA_LINE,
    instruction: same('{action}'),
    moreInfo: MORE_INFO_ACCOUNT,
  },
};

/** Major power outage: keep 112 free, help neighbours, listen to the regional broadcaster. */
export const powerOutageTemplate: MessageTemplate = {
  id: 'power-outage',
  version: 1,
  context: 'general',
  profiles: ['nl-alert', 'be-alert'],
  languages: ['nl', 'en', 'fr', 'de'],
  title: tx('Stroomstoring', 'Power outage', 'Panne de courant', 'Stromausfall'),
  description: tx(
    'Grote, langdurige stroomstoring.',
    'A major, lasting power outage.',
    'Une panne de courant importante et durable.',
    'Ein großer, länger andauernder Stromausfall.',
  ),
  cap: {
    event: tx('Stroomstoring', 'Power outage', 'Panne de courant', 'Stromausfall'),
    categories: ['Infra'],
    responseTypes: ['Monitor'],
    urgency: 'Immediate',
    severity: 'Moderate',
    certainty: 'Observed',
    msgType: 'Alert',
    durationMinutes: 60,
  },
  risks: [
    {
      id: 'major-outage',
      label: tx(
        'Grote stroomstoring',
        'Major power outage',
        'Panne de courant importante',
        'Großer Stromausfall',
      ),
      text: tx(
        'Grote stroomstoring',
        'Major power outage',
        'Panne de courant importante',
        'Großer Stromausfall',
      ),
    },
  ],
  defaultRisk: 'major-outage',
  actions: [
    {
      id: 'emergency-only',
      label: tx(
        'Bel 112 alleen bij levensgevaar',
        'Call 112 only when lives are at risk',
        'Appelez le 112 seulement en cas de danger de mort',
        'Wählen Sie 112 nur bei Lebensgefahr',
      ),
      text: tx(
        'Bel 112 alleen bij levensgevaar. Help buren die hulp nodig hebben.',
        'Call 112 only when lives are at risk. Help neighbours who need assistance.',
        "Appelez le 112 seulement en cas de danger de mort. Aidez les voisins qui ont besoin d'aide.",
        'Wählen Sie 112 nur bei Lebensgefahr. Helfen Sie Nachbarn, die Hilfe brauchen.',
      ),
      cap: { responseTypes: ['Monitor'] },
    },
    {
      id: 'listen-radio',
      label: tx(
        'Luister naar de regionale omroep',
        'Listen to the regional broadcaster',
        'Écoutez la radio régionale',
        'Hören Sie den Regionalsender',
      ),
      text: tx(
        'Luister naar de regionale omroep voor meer nieuws.',
        'Listen to the regional broadcaster for updates.',
        'Écoutez la radio régionale pour suivre la situation.',
        'Hören Sie den Regionalsender für weitere Meldungen.',
      ),
      cap: { responseTypes: ['Monitor'] },
    },
  ],
  defaultAction: 'emergency-only',
  components: {
    headline: HEADLINE,
    description: AREA_LINE,
    instruction: same('{action}'),
    moreInfo: MORE_INFO_ACCOUNT,
  },
};
