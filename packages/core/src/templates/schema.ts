import {
  CAP_CATEGORIES,
  CAP_CERTAINTIES,
  CAP_RESPONSE_TYPES,
  CAP_SEVERITIES,
  CAP_URGENCIES,
} from '../model/cap.js';

/**
 * The JSON Schema (draft 2020-12) of the message template format, as an object: the same
 * document as `template.schema.json` beside this file (a test keeps them equal). It
 * describes the shape for editors; `parseMessageTemplate` also checks that every text has
 * every declared language, that defaults name existing risks and actions, and that
 * patterns use known placeholders only.
 */
export const messageTemplateSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:sirene:schema:message-template',
  title: 'Sirene message template',
  description:
    'A standard public warning: the fixed components (risk, location, action advice, more information) as text patterns per language, lists of risks and actions to pick from, and CAP defaults. Checked fully by parseMessageTemplate.',
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'version',
    'context',
    'profiles',
    'languages',
    'title',
    'description',
    'cap',
    'risks',
    'defaultRisk',
    'actions',
    'defaultAction',
    'components',
  ],
  properties: {
    $schema: { type: 'string' },
    id: { $ref: '#/$defs/id' },
    version: { type: 'integer', minimum: 1 },
    context: { enum: ['general', 'extreme-violence', 'end', 'test'] },
    profiles: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { enum: ['nl-alert', 'be-alert'] },
    },
    languages: {
      description: 'Languages every text of the template is given in.',
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { $ref: '#/$defs/lang' },
    },
    title: { $ref: '#/$defs/text' },
    description: { $ref: '#/$defs/text' },
    source: { type: 'string', pattern: '\\S' },
    cap: {
      type: 'object',
      additionalProperties: false,
      required: [
        'event',
        'categories',
        'responseTypes',
        'urgency',
        'severity',
        'certainty',
        'msgType',
        'durationMinutes',
      ],
      properties: {
        event: { $ref: '#/$defs/plainText' },
        categories: { $ref: '#/$defs/categories' },
        responseTypes: { $ref: '#/$defs/responseTypes' },
        urgency: { $ref: '#/$defs/urgency' },
        severity: { $ref: '#/$defs/severity' },
        certainty: { $ref: '#/$defs/certainty' },
        msgType: { enum: ['Alert', 'Update'] },
        durationMinutes: { type: 'integer', minimum: 1, maximum: 10080 },
      },
    },
    risks: { type: 'array', minItems: 1, items: { $ref: '#/$defs/risk' } },
    defaultRisk: { $ref: '#/$defs/id' },
    actions: { type: 'array', minItems: 1, items: { $ref: '#/$defs/option' } },
    defaultAction: { $ref: '#/$defs/id' },
    components: {
      type: 'object',
      additionalProperties: false,
      required: ['headline', 'instruction', 'moreInfo'],
      properties: {
        headline: { $ref: '#/$defs/pattern' },
        description: { $ref: '#/$defs/optionalPattern' },
        instruction: { $ref: '#/$defs/pattern' },
        moreInfo: { $ref: '#/$defs/pattern' },
      },
    },
    web: { type: 'string', format: 'uri', pattern: '^https://' },
  },
  $defs: {
    id: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
    lang: { enum: ['nl', 'en', 'fr', 'de'] },
    text: {
      description: 'A text per language; every language of `languages` is required.',
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        nl: { type: 'string', pattern: '\\S' },
        en: { type: 'string', pattern: '\\S' },
        fr: { type: 'string', pattern: '\\S' },
        de: { type: 'string', pattern: '\\S' },
      },
    },
    plainText: {
      description: 'A text per language without placeholders.',
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        nl: { $ref: '#/$defs/noPlaceholder' },
        en: { $ref: '#/$defs/noPlaceholder' },
        fr: { $ref: '#/$defs/noPlaceholder' },
        de: { $ref: '#/$defs/noPlaceholder' },
      },
    },
    noPlaceholder: { type: 'string', pattern: '^(?![\\s\\S]*\\{\\w*\\})[\\s\\S]*\\S' },
    pattern: {
      description:
        'A text pattern per language. Placeholders: {risk} {action} {location} {area} {time} {date} {sender} {web} {account}. A line whose placeholders are not all given is left out.',
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        nl: { $ref: '#/$defs/patternText' },
        en: { $ref: '#/$defs/patternText' },
        fr: { $ref: '#/$defs/patternText' },
        de: { $ref: '#/$defs/patternText' },
      },
    },
    optionalPattern: {
      description: 'Like pattern, but the texts may be empty.',
      type: 'object',
      additionalProperties: false,
      properties: {
        nl: { $ref: '#/$defs/patternTextOrEmpty' },
        en: { $ref: '#/$defs/patternTextOrEmpty' },
        fr: { $ref: '#/$defs/patternTextOrEmpty' },
        de: { $ref: '#/$defs/patternTextOrEmpty' },
      },
    },
    patternText: {
      type: 'string',
      pattern:
        '^(?=[\\s\\S]*\\S)(?:[^{]|\\{(?:risk|action|location|area|time|date|sender|web|account)\\})*$',
    },
    patternTextOrEmpty: {
      type: 'string',
      pattern: '^(?:[^{]|\\{(?:risk|action|location|area|time|date|sender|web|account)\\})*$',
    },
    categories: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: {
        enum: [...CAP_CATEGORIES],
      },
    },
    responseTypes: {
      type: 'array',
      uniqueItems: true,
      items: {
        enum: [...CAP_RESPONSE_TYPES],
      },
    },
    urgency: { enum: [...CAP_URGENCIES] },
    severity: { enum: [...CAP_SEVERITIES] },
    certainty: { enum: [...CAP_CERTAINTIES] },
    capOverrides: {
      type: 'object',
      additionalProperties: false,
      properties: {
        event: { $ref: '#/$defs/plainText' },
        categories: { $ref: '#/$defs/categories' },
        responseTypes: { $ref: '#/$defs/responseTypes' },
        urgency: { $ref: '#/$defs/urgency' },
        severity: { $ref: '#/$defs/severity' },
        certainty: { $ref: '#/$defs/certainty' },
      },
    },
    option: {
      description: 'An action advice to pick from.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'label', 'text'],
      properties: {
        id: { $ref: '#/$defs/id' },
        label: { $ref: '#/$defs/text' },
        text: { $ref: '#/$defs/plainText' },
        cap: { $ref: '#/$defs/capOverrides' },
      },
    },
    risk: {
      description: 'A risk to pick from; `defaultAction` names the action that goes with it.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'label', 'text'],
      properties: {
        id: { $ref: '#/$defs/id' },
        label: { $ref: '#/$defs/text' },
        text: { $ref: '#/$defs/plainText' },
        cap: { $ref: '#/$defs/capOverrides' },
        defaultAction: { $ref: '#/$defs/id' },
      },
    },
  },
} as const;
