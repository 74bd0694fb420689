import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  loadDefaultBoundaryLayer,
  populationFromBoundaries,
  type PopulationInput,
  type SireneArea,
} from '@sirene/geo';
import rotterdamCsv from '../../packages/geo/data/synthetic/rotterdam.csv?raw';
import drentheCsv from '../../packages/geo/data/synthetic/drenthe.csv?raw';
import '../../packages/overshoot-estimator/sirene-overshoot-estimator.ts';
import '../../packages/area-editor/sirene-area-editor.ts';
import type { SireneAreaChangeEvent } from '../../packages/area-editor/src/index.js';
import type { SireneAreaSuggestEvent } from '../../packages/overshoot-estimator/src/index.js';

interface Args {
  lang: string;
  mode: string;
  cells: string;
  area: SireneArea | null;
  /** Residents: the embedded municipal totals (spread evenly), or none. */
  residents: 'municipal totals' | 'none';
}

/**
 * Residents from the embedded municipal totals (CBS 2023, Statbel 2020) around the
 * networks: spread evenly over each municipality, and the element says so.
 */
async function municipalPopulation(): Promise<PopulationInput> {
  return populationFromBoundaries(await loadDefaultBoundaryLayer(), [4.2, 51.8, 6.8, 53.0]);
}

function box(w: number, s: number, e: number, n: number): SireneArea {
  return {
    effect: [
      {
        type: 'Polygon',
        coordinates: [
          [
            [w, s],
            [e, s],
            [e, n],
            [w, n],
            [w, s],
          ],
        ],
      },
    ],
    source: [],
  };
}

/** Rotterdam centre around the Maas, from Coolsingel to Kop van Zuid: a dense urban network. */
const ROTTERDAM_AREA: SireneArea = {
  effect: [
    {
      type: 'Polygon',
      coordinates: [
        [
          [4.465, 51.905],
          [4.49, 51.903],
          [4.5, 51.915],
          [4.488, 51.926],
          [4.468, 51.924],
          [4.465, 51.905],
        ],
      ],
    },
  ],
  source: [],
};

/** A heath fire south of Dwingeloo, south-west Drenthe: tall masts, long reach. */
const DRENTHE_AREA = box(6.4, 52.8, 6.48, 52.85);

const logSuggest = (e: SireneAreaSuggestEvent) =>
  console.log('sirene-area-suggest', { insetKm: e.detail.insetKm, shape: e.detail.shape });

const meta: Meta<Args> = {
  title: 'Elements/Overshoot estimator',
  component: 'sirene-overshoot-estimator',
  tags: ['autodocs'],
  args: {
    lang: 'en',
    mode: 'any-overlap',
    cells: rotterdamCsv,
    area: ROTTERDAM_AREA,
    residents: 'municipal totals',
  },
  loaders: [async () => ({ population: await municipalPopulation() })],
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'nl', 'fr', 'de'] },
    mode: { control: 'inline-radio', options: ['any-overlap', 'site-inside', 'geofence'] },
    cells: { control: false },
    area: { control: 'object' },
    residents: { control: 'inline-radio', options: ['municipal totals', 'none'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Who else receives a cell-broadcast alert: the overshoot beyond the drawn area per operator and for all networks, each figure with its uncertainty band, and on the map the grid squares behind the figures. The networks are synthetic (packages/geo/data/synthetic), not real operators; residents are the municipal totals spread evenly over each municipality.',
      },
    },
  },
  render: (args, { loaded }) => html`
    <sirene-overshoot-estimator
      lang=${args.lang}
      mode=${args.mode}
      .cells=${args.cells}
      .area=${args.area}
      .population=${args.residents === 'none' ? null : (loaded['population'] as PopulationInput)}
      @sirene-area-suggest=${logSuggest}
    ></sirene-overshoot-estimator>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** A city: Rotterdam centre with a dense synthetic network of three operators. */
export const Rotterdam: Story = {};

/** A rural area: few, tall masts reach far, so the overshoot is large. */
export const Drenthe: Story = {
  args: { cells: drentheCsv, area: DRENTHE_AREA },
};

/**
 * Belgian LB-SMS (site-inside): only masts inside the area send, so coverage inside can be
 * missed — drawn dotted on the map and counted in the figures.
 */
export const SiteInside: Story = {
  args: { mode: 'site-inside', lang: 'fr' },
};

/** Without residents data the element says residents are not estimated. */
export const WithoutResidents: Story = {
  args: { residents: 'none' },
};

/** Geofence mode: newer phones check their location; older phones (shown beside) do not. */
export const Geofence: Story = {
  args: { mode: 'geofence', lang: 'nl' },
};

/** Broken cell data: the rows with problems are listed and left out; nothing throws. */
export const BadInput: Story = {
  args: {
    cells: [
      'id,operator,lon,lat,azimuth_deg,height_m,frequency_mhz,erp_dbw',
      'a,Alpha,4.47,north,120,30,800,30',
      'b,Alpha,4.47,51.92,400,30,800,30',
      'c,Alpha,4.48,51.91,90,30,9000,30',
      'd,Bravo,4.49,51.915,,30,800,',
    ].join('\n'),
  },
};

/**
 * Live with the area editor: the host wires `sirene-area-change` to the estimator's
 * `area`, and `sirene-area-suggest` back to the editor's `value`. Edit the area
 * (keyboard or mouse) and the figures follow.
 */
export const WithAreaEditor: Story = {
  render: (args, { loaded }) => {
    const onChange = (e: SireneAreaChangeEvent) => {
      const est = document.querySelector('sirene-overshoot-estimator');
      if (est) est.area = e.detail.area;
    };
    const onSuggest = (e: SireneAreaSuggestEvent) => {
      const editor = document.querySelector('sirene-area-editor');
      const est = document.querySelector('sirene-overshoot-estimator');
      if (editor) editor.value = e.detail.area;
      if (est) est.area = e.detail.area;
    };
    return html`
      <div
        style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(min(28rem,100%),1fr))"
      >
        <sirene-area-editor
          lang=${args.lang}
          style="height:560px"
          .value=${args.area}
          @sirene-area-change=${onChange}
        ></sirene-area-editor>
        <sirene-overshoot-estimator
          lang=${args.lang}
          mode=${args.mode}
          .cells=${args.cells}
          .area=${args.area}
          .population=${loaded['population'] as PopulationInput}
          @sirene-area-suggest=${onSuggest}
        ></sirene-overshoot-estimator>
      </div>
    `;
  },
};
