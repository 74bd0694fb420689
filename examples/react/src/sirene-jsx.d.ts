// JSX typing for Sirene's tags. React 19 sets a prop on a custom element as a property when
// the element has it (rich data: `area`, `alert`, `user`, `state`), otherwise as an attribute
// (`template-id`, `checklist-id`), and turns `on<event-name>` props into event listeners
// for that exact event name (`onsirene-area-change` listens to `sirene-area-change`).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SireneAreaChangeEvent, SireneAreaEditor } from '@sirene/area-editor';
import type {
  SireneAlertChangeEvent,
  SireneMessageComposer,
  SireneReadyRequestEvent,
} from '@sirene/message-composer';
import type {
  SireneCapPreview,
  SireneFindingActivateEvent,
  SireneFindingsChangeEvent,
} from '@sirene/cap-preview';
import type { SireneChecklist, SireneChecklistChangeEvent } from '@sirene/checklist';

/** The usual HTML attributes (`lang`, `id`, `class`, `ref`, …) of an element class. */
type Html<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;
/** Properties and attributes a tag takes, all optional. */
type Props<E, K extends keyof E> = Partial<Pick<E, K>>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'sirene-area-editor': Html<SireneAreaEditor> &
        Props<
          SireneAreaEditor,
          | 'baseLayer'
          | 'boundaries'
          | 'view'
          | 'profile'
          | 'readonly'
          | 'required'
          | 'name'
          | 'snap'
          | 'target'
          | 'tool'
        > & {
          /** The area (property); also accepts GeoJSON. */
          value?: SireneAreaEditor['value'] | object | null;
          'area-desc'?: string;
          'onsirene-area-change'?: (event: SireneAreaChangeEvent) => void;
        };
      'sirene-message-composer': Html<SireneMessageComposer> &
        Props<
          SireneMessageComposer,
          'alert' | 'area' | 'templates' | 'profile' | 'mode' | 'readonly' | 'name' | 'clock'
        > & {
          'template-id'?: string;
          sender?: string;
          'sender-name'?: string;
          'autosave-key'?: string;
          'onsirene-alert-change'?: (event: SireneAlertChangeEvent) => void;
          'onsirene-ready-request'?: (event: SireneReadyRequestEvent) => void;
        };
      'sirene-cap-preview': Html<SireneCapPreview> &
        Props<SireneCapPreview, 'alert' | 'xml' | 'previous' | 'view'> & {
          profile?: string;
          'onsirene-findings-change'?: (event: SireneFindingsChangeEvent) => void;
          'onsirene-finding-activate'?: (event: SireneFindingActivateEvent) => void;
        };
      'sirene-checklist': Html<SireneChecklist> &
        Props<SireneChecklist, 'definition' | 'state' | 'user' | 'gate' | 'readonly' | 'clock'> & {
          'checklist-id'?: string;
          'time-zone'?: string;
          'onsirene-checklist-change'?: (event: SireneChecklistChangeEvent) => void;
        };
    }
  }
}
