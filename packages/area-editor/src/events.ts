import { SireneEvent } from '@sirene/ui';
import type { CapArea } from '@sirene/core';
import type { GeoFinding, GeoJsonFeatureCollection, SireneArea } from '@sirene/geo';
import type { AreaTarget, TargetMeasures } from './area-editor.controller.js';

/** What `sirene-area-change` carries: the new area and everything derived from it. */
export interface AreaChangeDetail {
  /** The new area: effect (broadcast) and source (incident) shapes; a fresh object. */
  readonly area: SireneArea;
  /** The same as GeoJSON: one feature per shape with `role` `effect` or `source` (circles as Points with `radiusKm`). */
  readonly geojson: GeoJsonFeatureCollection;
  /** Sizes of both areas (km², vertices, points of the largest polygon, bounding box). */
  readonly measures: Readonly<Record<AreaTarget, TargetMeasures>>;
  /** Validation findings for the profile, in the element's language, each with its location and repair. */
  readonly findings: readonly GeoFinding[];
  /** Whether no finding is an error. */
  readonly valid: boolean;
  /** The effect area as a CAP `<area>` (polygons and circles, `areaDesc`) for the alert. */
  readonly capArea: CapArea;
  /** Which area the operator is drawing. */
  readonly target: AreaTarget;
}

/**
 * Fired after each change of the area the operator made (a finished shape, an edit, a
 * repair, undo/redo, a municipality picked) — not while a shape is still being drawn,
 * and not when the host sets `value`.
 */
export class SireneAreaChangeEvent extends SireneEvent<AreaChangeDetail> {
  static readonly eventName = 'sirene-area-change';

  constructor(detail: AreaChangeDetail) {
    super(SireneAreaChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sirene-area-change': SireneAreaChangeEvent;
  }
}
