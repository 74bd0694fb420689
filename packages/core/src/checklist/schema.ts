/**
 * The JSON Schema (draft 2020-12) of the checklist format, as an object: the same document as
 * `checklist.schema.json` beside this file (a test keeps them equal). It describes the shape
 * only; `parseChecklistDefinition` also checks ids, references and condition cycles.
 */
export const checklistSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:sirene:schema:checklist',
  title: 'Sirene checklist definition',
  description:
    'Data-driven procedure checklist. The shape only: unique ids across sections, references from conditions and gates to items, options, roles and sections, and the absence of condition cycles are checked by parseChecklistDefinition.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'version', 'title', 'roles', 'sections'],
  properties: {
    $schema: { type: 'string' },
    id: { $ref: '#/$defs/id' },
    version: { type: 'integer', minimum: 1 },
    title: { $ref: '#/$defs/text' },
    description: { $ref: '#/$defs/text' },
    source: { type: 'string' },
    roles: { type: 'array', items: { $ref: '#/$defs/role' } },
    sections: { type: 'array', minItems: 1, items: { $ref: '#/$defs/section' } },
    gates: { type: 'array', items: { $ref: '#/$defs/gate' } },
  },
  $defs: {
    id: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
    nonEmpty: { type: 'string', pattern: '\\S' },
    text: {
      description: 'A localized text: English and Dutch required, French and German optional.',
      type: 'object',
      additionalProperties: false,
      required: ['en', 'nl'],
      properties: {
        en: { $ref: '#/$defs/nonEmpty' },
        nl: { $ref: '#/$defs/nonEmpty' },
        fr: { $ref: '#/$defs/nonEmpty' },
        de: { $ref: '#/$defs/nonEmpty' },
      },
    },
    role: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'label'],
      properties: {
        id: { $ref: '#/$defs/id' },
        label: { $ref: '#/$defs/text' },
        description: { $ref: '#/$defs/text' },
      },
    },
    section: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'title', 'items'],
      properties: {
        id: { $ref: '#/$defs/id' },
        title: { $ref: '#/$defs/text' },
        description: { $ref: '#/$defs/text' },
        role: { $ref: '#/$defs/id' },
        when: { $ref: '#/$defs/condition' },
        items: { type: 'array', minItems: 1, items: { $ref: '#/$defs/item' } },
      },
    },
    option: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'label'],
      properties: {
        id: { $ref: '#/$defs/id' },
        label: { $ref: '#/$defs/text' },
      },
    },
    item: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'kind', 'label'],
      properties: {
        id: { $ref: '#/$defs/id' },
        kind: { enum: ['check', 'text', 'name', 'time', 'choice', 'multi-choice'] },
        label: { $ref: '#/$defs/text' },
        help: { $ref: '#/$defs/text' },
        required: { type: 'boolean' },
        role: { $ref: '#/$defs/id' },
        when: { $ref: '#/$defs/condition' },
        options: { type: 'array', minItems: 1, items: { $ref: '#/$defs/option' } },
      },
      if: { properties: { kind: { enum: ['choice', 'multi-choice'] } } },
      then: { required: ['options'] },
      else: { not: { required: ['options'] } },
    },
    condition: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['item', 'equals'],
          properties: { item: { $ref: '#/$defs/id' }, equals: { type: 'string' } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['item', 'includes'],
          properties: { item: { $ref: '#/$defs/id' }, includes: { type: 'string' } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['item', 'done'],
          properties: { item: { $ref: '#/$defs/id' }, done: { type: 'boolean' } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['atLeast', 'of'],
          properties: {
            atLeast: { type: 'integer', minimum: 1 },
            of: {
              type: 'array',
              minItems: 1,
              uniqueItems: true,
              items: { $ref: '#/$defs/id' },
            },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['all'],
          properties: {
            all: { type: 'array', minItems: 1, items: { $ref: '#/$defs/condition' } },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['any'],
          properties: {
            any: { type: 'array', minItems: 1, items: { $ref: '#/$defs/condition' } },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['not'],
          properties: { not: { $ref: '#/$defs/condition' } },
        },
      ],
    },
    gateRule: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['item'],
          properties: { item: { $ref: '#/$defs/id' } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['section'],
          properties: { section: { $ref: '#/$defs/id' } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['atLeast', 'of'],
          properties: {
            atLeast: { type: 'integer', minimum: 1 },
            of: {
              type: 'array',
              minItems: 1,
              uniqueItems: true,
              items: { $ref: '#/$defs/id' },
            },
            label: { $ref: '#/$defs/text' },
          },
        },
      ],
    },
    gate: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'label', 'requires'],
      properties: {
        id: { $ref: '#/$defs/id' },
        label: { $ref: '#/$defs/text' },
        description: { $ref: '#/$defs/text' },
        requires: { type: 'array', minItems: 1, items: { $ref: '#/$defs/gateRule' } },
      },
    },
  },
} as const;
