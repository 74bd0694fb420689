import type { Finding } from '@sirene/core';
import { SireneEvent } from '@sirene/ui';

/** What `sirene-findings-change` carries: the result of one complete validation. */
export interface FindingsChangeDetail {
  /** True when no finding is an error. */
  readonly valid: boolean;
  /** Every finding: XML and schema, CAP rules, profiles, signatures. */
  readonly findings: readonly Finding[];
}

/** Fired after each validation of what the preview shows. */
export class SireneFindingsChangeEvent extends SireneEvent<FindingsChangeDetail> {
  static readonly eventName = 'sirene-findings-change';
  constructor(detail: FindingsChangeDetail) {
    super(SireneFindingsChangeEvent.eventName, detail);
  }
}

/** What `sirene-finding-activate` carries. */
export interface FindingActivateDetail {
  /** Model path of the field, e.g. `infos[0].areas[1].polygons[0]`; `''` is the whole message. */
  readonly path: string;
  /** The finding the operator activated. */
  readonly finding: Finding;
}

/**
 * Fired when the operator activates a finding: the host (or composer) should focus the
 * field at `detail.path`.
 */
export class SireneFindingActivateEvent extends SireneEvent<FindingActivateDetail> {
  static readonly eventName = 'sirene-finding-activate';
  constructor(detail: FindingActivateDetail) {
    super(SireneFindingActivateEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sirene-findings-change': SireneFindingsChangeEvent;
    'sirene-finding-activate': SireneFindingActivateEvent;
  }
}
