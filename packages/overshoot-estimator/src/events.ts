import { SireneEvent } from '@sirene/ui';
import type { InsetOption, OvershootEstimate, PolygonalShape, SireneArea } from '@sirene/geo';

/** What `sirene-area-suggest` carries: the tighter area the operator chose, and its effect. */
export interface AreaSuggestDetail {
  /** The suggested area: the current area with the inset effect shape (source unchanged). */
  readonly area: SireneArea;
  /** The inset effect shape, WGS84. */
  readonly shape: PolygonalShape;
  /** How far every edge moved inwards (km). */
  readonly insetKm: number;
  /** The option as the engine gave it (overshoot and undershoot, nominal). */
  readonly option: InsetOption;
}

/**
 * Fired when the operator applies the tighter-area suggestion. The element does not
 * change the area itself: the host sets it on the area editor (and back on the estimator).
 */
export class SireneAreaSuggestEvent extends SireneEvent<AreaSuggestDetail> {
  static readonly eventName = 'sirene-area-suggest';

  constructor(detail: AreaSuggestDetail) {
    super(SireneAreaSuggestEvent.eventName, detail);
  }
}

/** What `sirene-overshoot-change` carries. */
export interface OvershootChangeDetail {
  /** The newest estimate (combined, per operator, `legacy` in geofence mode). */
  readonly estimate: OvershootEstimate;
}

/** Fired after each new estimate is shown (stale ones are dropped, never fired). */
export class SireneOvershootChangeEvent extends SireneEvent<OvershootChangeDetail> {
  static readonly eventName = 'sirene-overshoot-change';

  constructor(detail: OvershootChangeDetail) {
    super(SireneOvershootChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sirene-area-suggest': SireneAreaSuggestEvent;
    'sirene-overshoot-change': SireneOvershootChangeEvent;
  }
}
