import { parseCapDateTime } from '../../cap/datetime.js';
import type { CapAlert, CapInfo } from '../../model/cap.js';
import type { MessageParams } from '../../i18n/translate.js';
import { createFinding, type ValidationContext } from '../context.js';
import type { Finding } from '../finding.js';
import type { ProfileCode } from '../messages.js';
import { infoLanguage } from '../rules.js';
import { baseLanguage, carriesContent, filled, type ValidationProfile } from './profile.js';

/** Broadcast durations above this many hours are unusual for NL-Alert (standard: 1 hour). */
export const NL_ALERT_USUAL_MAX_HOURS = 24;

/**
 * NL-Alert (Stappenplan NL-Alert, step 8–10): the fixed components are filled in —
 * risk (`headline`), location (an area with a polygon or circle; `areaDesc` is a CAP
 * rule), action advice (`instruction`), more information (`web`, a warning when
 * missing) and sender (`senderName`); a Dutch info block, English optional and after
 * it, no other languages; scope Public; a broadcast duration (`expires`, standard one
 * hour), unusual above 24 hours. Includes `eu-alert`: the text fits the broadcast.
 */
export class NlAlertProfile implements ValidationProfile {
  readonly name = 'nl-alert';
  readonly includes = ['eu-alert'] as const;

  /** Checks the NL-Alert rules. */
  validate(alert: CapAlert, context: ValidationContext): Finding[] {
    const findings: Finding[] = [];
    const add = (code: ProfileCode, path: string, params?: MessageParams): void => {
      findings.push(createFinding(code, path, context, params));
    };

    if (alert.scope !== 'Public')
      add('profile.nl-alert.scopePublic', 'scope', { scope: alert.scope });

    const firstDutch = alert.infos.findIndex((info) => baseLanguage(info) === 'nl');
    if (firstDutch < 0 && carriesContent(alert)) add('profile.nl-alert.dutchRequired', 'infos');
    const firstOf = new Map<string, number>();
    alert.infos.forEach((info, i) => {
      const base = baseLanguage(info);
      const languagePath = `infos[${i}].language`;
      if (base === 'en' && firstDutch > i) add('profile.nl-alert.englishBeforeDutch', languagePath);
      if (base !== 'nl' && base !== 'en') {
        add('profile.nl-alert.otherLanguage', languagePath, { language: infoLanguage(info) });
      }
      const first = firstOf.get(base);
      if (first === undefined) firstOf.set(base, i);
      else add('profile.nl-alert.duplicateLanguage', languagePath, { language: base, first });
      this.checkComponents(alert, info, `infos[${i}]`, add);
    });
    return findings;
  }

  private checkComponents(
    alert: CapAlert,
    info: CapInfo,
    path: string,
    add: (code: ProfileCode, path: string, params?: MessageParams) => void,
  ): void {
    if (!filled(info.headline)) add('profile.nl-alert.headlineRequired', `${path}.headline`);
    if (info.areas.length === 0) add('profile.nl-alert.areaRequired', `${path}.areas`);
    info.areas.forEach((area, k) => {
      if (area.polygons.length === 0 && area.circles.length === 0) {
        add('profile.nl-alert.geometryRequired', `${path}.areas[${k}]`);
      }
    });
    if (!filled(info.instruction))
      add('profile.nl-alert.instructionRequired', `${path}.instruction`);
    if (!filled(info.web)) add('profile.nl-alert.webMissing', `${path}.web`);
    if (!filled(info.senderName)) add('profile.nl-alert.senderNameRequired', `${path}.senderName`);
    if (!filled(info.expires)) {
      add('profile.nl-alert.expiresRequired', `${path}.expires`);
      return;
    }
    const expires = parseCapDateTime(info.expires ?? '');
    const start = parseCapDateTime(info.effective ?? alert.sent);
    if (!expires || !start) return; // the CAP rules report unreadable times
    const hours = (expires.getTime() - start.getTime()) / 3_600_000;
    if (hours > NL_ALERT_USUAL_MAX_HOURS) {
      add('profile.nl-alert.durationLong', `${path}.expires`, {
        hours: Math.round(hours * 10) / 10,
      });
    }
  }
}
