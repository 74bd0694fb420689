import type { CapAlert, CapValuePair } from '../../model/cap.js';
import type { MessageParams } from '../../i18n/translate.js';
import { measureText } from '../../text/index.js';
import { createFinding, type ValidationContext } from '../context.js';
import type { Finding } from '../finding.js';
import type { ProfileCode } from '../messages.js';
import { filled, formatForcedChars, type ValidationProfile } from './profile.js';

/** WEA limits of the IPAWS parameters, in characters. */
export const IPAWS_WEA_LIMITS = { CMAMtext: 90, CMAMlongtext: 360 } as const;
/** The most points IPAWS accepts in one polygon. */
export const IPAWS_MAX_POLYGON_POINTS = 100;
/** The `code` that declares IPAWS profile compliance. */
export const IPAWS_PROFILE_CODE = 'IPAWSv1.0';

const named = (pairs: readonly CapValuePair[], name: string): number[] =>
  pairs.flatMap((pair, k) => (pair.valueName.trim() === name ? [k] : []));

/**
 * IPAWS (CAP 1.2 USA IPAWS profile v1.0 and the WEA rules): `CMAMtext` required with at
 * most 90 characters (unless a `BLOCKCHANNEL` parameter keeps the alert off WEA, `CMAS`),
 * `CMAMlongtext` optional with at most 360, both in GSM-7; at most
 * 100 points per polygon. Warnings for what the IPAWS profile expects: the
 * `IPAWSv1.0` code, a SAME event code, a SAME geocode per area and an expiry time.
 * The `EAS-ORG` parameter is needed for EAS only, so its absence is an info.
 */
export class IpawsProfile implements ValidationProfile {
  readonly name = 'ipaws';
  readonly includes = [] as const;

  /** Checks the IPAWS rules. */
  validate(alert: CapAlert, context: ValidationContext): Finding[] {
    const findings: Finding[] = [];
    const add = (code: ProfileCode, path: string, params?: MessageParams): void => {
      findings.push(createFinding(code, path, context, params));
    };

    if (!alert.codes.some((code) => code.trim() === IPAWS_PROFILE_CODE)) {
      add('profile.ipaws.codeMissing', 'codes');
    }
    alert.infos.forEach((info, i) => {
      const path = `infos[${i}]`;
      const blocked = new Set(
        named(info.parameters, 'BLOCKCHANNEL').map((k) => info.parameters[k]?.value.trim()),
      );
      const texts = named(info.parameters, 'CMAMtext');
      if (texts.length === 0 && !blocked.has('CMAS')) {
        add('profile.ipaws.cmamTextRequired', `${path}.parameters`);
      }
      for (const name of ['CMAMtext', 'CMAMlongtext'] as const) {
        const limit = IPAWS_WEA_LIMITS[name];
        for (const k of name === 'CMAMtext' ? texts : named(info.parameters, name)) {
          const measure = measureText(info.parameters[k]?.value ?? '', 'wea', { weaLimit: limit });
          const at = `${path}.parameters[${k}]`;
          if (!measure.fits) {
            add(
              name === 'CMAMtext'
                ? 'profile.ipaws.cmamTextTooLong'
                : 'profile.ipaws.cmamLongTextTooLong',
              at,
              { characters: measure.characters, limit },
            );
          }
          if (measure.forcedUcs2.length > 0) {
            add('profile.ipaws.weaNotGsm7', at, {
              name,
              chars: formatForcedChars(measure.forcedUcs2),
            });
          }
        }
      }
      if (named(info.eventCodes, 'SAME').length === 0) {
        add('profile.ipaws.sameEventCodeMissing', `${path}.eventCodes`);
      }
      if (!filled(info.expires)) add('profile.ipaws.expiresRequired', `${path}.expires`);
      if (named(info.parameters, 'EAS-ORG').length === 0 && !blocked.has('EAS')) {
        add('profile.ipaws.easOrgMissing', `${path}.parameters`);
      }
      info.areas.forEach((area, j) => {
        const areaPath = `${path}.areas[${j}]`;
        if (named(area.geocodes, 'SAME').length === 0) {
          add('profile.ipaws.sameGeocodeMissing', `${areaPath}.geocodes`);
        }
        area.polygons.forEach((ring, k) => {
          if (ring.length > IPAWS_MAX_POLYGON_POINTS) {
            add('profile.ipaws.polygonTooManyPoints', `${areaPath}.polygons[${k}]`, {
              count: ring.length,
              limit: IPAWS_MAX_POLYGON_POINTS,
            });
          }
        });
      });
    });
    return findings;
  }
}
