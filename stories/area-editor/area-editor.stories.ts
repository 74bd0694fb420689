import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { loadDefaultBoundaryLayer, unionAdminAreas, type SireneArea } from '@sirene/geo';
import { pdokRdNew, type BaseLayerConfig } from '@sirene/ui';
import '../../packages/area-editor/sirene-area-editor.ts';
import type { SireneAreaChangeEvent } from '../../packages/area-editor/src/index.js';

interface Args {
  profile: string;
  lang: string;
  readonly: boolean;
  snap: boolean;
  tool: string;
  target: string;
  value: SireneArea | null;
  baseLayer: BaseLayerConfig;
}

/** A bow-tie in Utrecht: the outline crosses itself at 52.09 N, 5.12 E. */
const BOWTIE: SireneArea = {
  effect: [
    {
      type: 'Polygon',
      coordinates: [
        [
          [5.1, 52.08],
          [5.14, 52.1],
          [5.14, 52.08],
          [5.1, 52.1],
          [5.1, 52.08],
        ],
      ],
    },
  ],
  source: [],
};

/** A 2.5 km circle around a chemical fire in the port of Rotterdam, its source a 300 m circle. */
const CIRCLE: SireneArea = {
  effect: [{ type: 'Circle', center: [4.3057, 51.9003], radiusKm: 2.5 }],
  source: [{ type: 'Circle', center: [4.3057, 51.9003], radiusKm: 0.3 }],
};

const log = (e: SireneAreaChangeEvent) =>
  console.log('sirene-area-change', {
    areaKm2: e.detail.measures.effect.areaKm2,
    valid: e.detail.valid,
    capArea: e.detail.capArea,
  });

const meta: Meta<Args> = {
  title: 'Elements/Area editor',
  component: 'sirene-area-editor',
  tags: ['autodocs'],
  args: {
    profile: 'nl-alert',
    lang: 'en',
    readonly: false,
    snap: false,
    tool: 'select',
    target: 'effect',
    value: null,
    baseLayer: { type: 'boundaries' },
  },
  argTypes: {
    profile: { control: 'select', options: ['nl-alert', 'be-alert', 'eu-alert', 'ipaws'] },
    lang: { control: 'inline-radio', options: ['en', 'nl', 'fr', 'de'] },
    tool: {
      control: 'select',
      options: [
        'select',
        'polygon',
        'rectangle',
        'circle',
        'freehand',
        'buffer',
        'municipality',
        'edit',
        'move',
      ],
    },
    target: { control: 'inline-radio', options: ['effect', 'source'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Draw the effect area (broadcast) and the source area (incident) of an alert. Focus the map and use the arrow keys and Enter to draw without a mouse.',
      },
    },
  },
  render: (args) =>
    html`<sirene-area-editor
      profile=${args.profile}
      lang=${args.lang}
      tool=${args.tool}
      target=${args.target}
      ?readonly=${args.readonly}
      ?snap=${args.snap}
      .value=${args.value}
      .baseLayer=${args.baseLayer}
      @sirene-area-change=${log}
    ></sirene-area-editor>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing drawn yet: choose a tool, or focus the map and press P for a polygon. */
export const Empty: Story = {};

/** Utrecht and Nieuwegein picked with the municipality tool; their union is the effect area. */
export const MunicipalityPicked: Story = {
  args: { tool: 'municipality', lang: 'nl' },
  loaders: [
    async () => {
      const layer = await loadDefaultBoundaryLayer();
      const union = unionAdminAreas(layer, ['GM0344', 'GM0356']);
      return { area: { effect: union.shape ? [union.shape] : [], source: [] } as SireneArea };
    },
  ],
  render: (args, { loaded }) =>
    html`<sirene-area-editor
      profile=${args.profile}
      lang=${args.lang}
      tool=${args.tool}
      .value=${(loaded as { area: SireneArea }).area}
      @sirene-area-change=${log}
    ></sirene-area-editor>`,
};

/**
 * BE-Alert in French: Liège and Seraing picked from the Belgian municipalities (Statbel).
 * Their union has 202 points, more than the BE-Alert profile allows (100): the finding
 * offers to simplify it in one click.
 */
export const BeAlertLiegeFrench: Story = {
  args: { tool: 'municipality', lang: 'fr', profile: 'be-alert' },
  loaders: [
    async () => {
      const layer = await loadDefaultBoundaryLayer();
      const union = unionAdminAreas(layer, ['62063', '62096']);
      return { area: { effect: union.shape ? [union.shape] : [], source: [] } as SireneArea };
    },
  ],
  render: MunicipalityPicked.render,
};

/** A polygon that crosses itself: the finding is pinned where it crosses, with its one-click repair. */
export const SelfIntersecting: Story = {
  args: { value: BOWTIE },
};

/** A circle: effect area 2.5 km, source area 300 m (dotted). Radius can be typed in metres. */
export const Circle: Story = {
  args: { value: CIRCLE, tool: 'circle' },
};

/** Read-only: the area and its findings, without tools or repairs. */
export const ReadOnly: Story = {
  args: { value: CIRCLE, readonly: true },
};

/**
 * Dark theme: the host sets the tokens and the map's own custom properties, here on the
 * element itself; on any ancestor or `:root` works the same, as the tokens inherit into
 * the element. The map colours are the area editor's own properties (no global token).
 */
export const DarkTheme: Story = {
  args: { value: BOWTIE },
  render: (args) =>
    html`<div style="background: #15181c; padding: 1rem;">
      <sirene-area-editor
        style="
        --sirene-color-text: #f2f2f2;
        --sirene-color-text-muted: #c8c8c8;
        --sirene-color-surface: #15181c;
        --sirene-color-surface-raised: #22272e;
        --sirene-color-border: #9aa4b0;
        --sirene-color-accent: #7cb7ff;
        --sirene-color-on-accent: #0b0d10;
        --sirene-color-focus: #ffd166;
        --sirene-color-danger: #ff8a8a;
        --sirene-color-warning: #ffcc66;
        --sirene-area-editor-effect-color: #7cb7ff;
        --sirene-area-editor-source-color: #ffb86b;
        --sirene-area-editor-land-color: #2a2f36;
        --sirene-area-editor-water-color: #0e1a26;
        --sirene-area-editor-border-color: #6c7785;
        --sirene-area-editor-label-color: #d8dde3;
      "
        profile=${args.profile}
        lang=${args.lang}
        .value=${args.value}
        @sirene-area-change=${log}
      ></sirene-area-editor>
    </div>`,
};

/**
 * PDOK's BRT-Achtergrondkaart in the Dutch RD New grid (EPSG:28992) as the base map:
 * `baseLayer = pdokRdNew('grijs')`. Tiles need the network; the municipal borders stay
 * drawn over them (and are all there is offline).
 */
export const RdNewBaseMap: Story = {
  args: { value: CIRCLE, baseLayer: pdokRdNew('grijs'), lang: 'nl' },
};
