import type { CapAlert } from '../../model/cap.js';
import { composeChannelText, measureText } from '../../text/index.js';
import { createFinding, type ValidationContext } from '../context.js';
import type { Finding } from '../finding.js';
import { infoLanguage } from '../rules.js';
import { formatForcedChars, type ValidationProfile } from './profile.js';

/**
 * EU-Alert (cell broadcast, ETSI TS 102 900): the text a phone shows for each info block
 * (`composeChannelText`) must fit 15 pages of 93 GSM-7 or 41 UCS-2 characters; a warning
 * names the characters that forced UCS-2, with a GSM-7 replacement where there is one.
 */
export class EuAlertProfile implements ValidationProfile {
  readonly name = 'eu-alert';
  readonly includes = [] as const;

  /** Checks the cell-broadcast text of every info block. */
  validate(alert: CapAlert, context: ValidationContext): Finding[] {
    const findings: Finding[] = [];
    alert.infos.forEach((info, i) => {
      const text = composeChannelText(info);
      if (!text) return;
      const measure = measureText(text, 'cell-broadcast');
      const params = {
        language: infoLanguage(info),
        pages: measure.segments,
        maxPages: measure.maxSegments,
        limit: measure.perSegment * measure.maxSegments,
        encoding: measure.encoding,
        characters: measure.characters,
      };
      if (!measure.fits) {
        findings.push(
          createFinding('profile.eu-alert.textTooLong', `infos[${i}]`, context, params),
        );
      }
      if (measure.forcedUcs2.length > 0) {
        findings.push(
          createFinding('profile.eu-alert.ucs2Forced', `infos[${i}]`, context, {
            ...params,
            chars: formatForcedChars(measure.forcedUcs2),
          }),
        );
      }
    });
    return findings;
  }
}
