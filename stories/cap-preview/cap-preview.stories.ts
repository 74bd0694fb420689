import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CapAlert } from '@sirene/core';
import '../../packages/cap-preview/sirene-cap-preview.ts';
import {
  DOCTYPE_XML,
  beAlert,
  lintAlert,
  missingScopeXml,
  nlAlert,
  nlCancel,
  nlUpdate,
  ucs2Alert,
} from '../../packages/cap-preview/src/test-fixtures.test-helper.js';

interface Args {
  alert?: CapAlert;
  xml?: string;
  previous?: CapAlert;
  profile: string;
  view: 'phone' | 'xml' | 'findings' | 'diff';
  lang: 'en' | 'nl' | 'fr' | 'de';
}

const meta: Meta<Args> = {
  title: 'Elements/CAP preview',
  component: 'sirene-cap-preview',
  tags: ['autodocs'],
  argTypes: {
    view: { control: 'inline-radio', options: ['phone', 'xml', 'findings', 'diff'] },
    lang: { control: 'inline-radio', options: ['en', 'nl', 'fr', 'de'] },
    profile: {
      control: 'select',
      options: ['', 'nl-alert', 'be-alert', 'eu-alert', 'ipaws', 'nl-alert,ipaws'],
    },
    alert: { control: false },
    xml: { control: false },
    previous: { control: false },
  },
  args: { profile: 'nl-alert', view: 'phone', lang: 'en' },
  parameters: {
    docs: {
      description: {
        component:
          'Check a warning before it goes out: as phones show it, as CAP XML, against every finding of the schema and the chosen profiles, and — for an update or cancel — what changed.',
      },
    },
  },
  render: (args) => html`
    <sirene-cap-preview
      lang=${args.lang}
      profile=${args.profile}
      view=${args.view}
      .alert=${args.alert}
      .xml=${args.xml}
      .previous=${args.previous}
      @sirene-finding-activate=${(e: CustomEvent<{ path: string }>) =>
        console.log('sirene-finding-activate', e.detail.path)}
    ></sirene-cap-preview>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** An NL-Alert in Dutch and English, checked against the NL-Alert profile. */
export const NlAlert: Story = { args: { alert: nlAlert(), lang: 'nl' } };

/** A BE-Alert in Dutch, French and German, in Brussels time. */
export const BeAlert: Story = { args: { alert: beAlert(), profile: 'be-alert', lang: 'fr' } };

/** Cell-broadcast text limits only (EU-Alert). */
export const EuAlert: Story = { args: { alert: nlAlert(), profile: 'eu-alert', view: 'findings' } };

/** An NL-Alert checked against IPAWS: the US profile asks for things NL-Alert never has. */
export const Ipaws: Story = { args: { alert: nlAlert(), profile: 'ipaws', view: 'findings' } };

/** Curly quotes and a dash pasted from a word processor force UCS-2: fewer characters per page. */
export const Ucs2Text: Story = { args: { alert: ucs2Alert(), view: 'phone' } };

/** Warnings only: no web address and a two-day broadcast. */
export const LintWarnings: Story = { args: { alert: lintAlert(), view: 'findings', lang: 'nl' } };

/** Exercise status: a band on every card and a banner in every view. */
export const ExerciseMode: Story = { args: { alert: nlAlert('Exercise'), lang: 'nl' } };

/** The same exercise in the XML view: the banner stays. */
export const ExerciseXml: Story = { args: { alert: nlAlert('Exercise'), view: 'xml' } };

/** An update with new action advice, compared with the alert it follows. */
export const UpdateDiff: Story = {
  args: { alert: nlUpdate(), previous: nlAlert(), view: 'diff' },
};

/** The end message of the alert, compared with it. */
export const CancelDiff: Story = {
  args: { alert: nlCancel(), previous: nlAlert(), view: 'diff', lang: 'nl' },
};

/** The end message as a phone shows it. */
export const CancelPhone: Story = {
  args: { alert: nlCancel(), previous: nlAlert(), view: 'phone' },
};

/** Pasted CAP XML that breaks the schema: the finding links to its line. */
export const SchemaError: Story = {
  args: { xml: missingScopeXml(), profile: '', view: 'findings' },
};

/** Pasted XML with a DOCTYPE is refused, shown as a finding, never thrown. */
export const RefusedXml: Story = { args: { xml: DOCTYPE_XML, profile: '', view: 'xml' } };

/** Nothing given yet. */
export const Empty: Story = { args: { profile: '' } };
