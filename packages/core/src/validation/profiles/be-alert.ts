import type { CapAlert } from '../../model/cap.js';
import type { MessageParams } from '../../i18n/translate.js';
import { composeChannelText, measureText } from '../../text/index.js';
import { createFinding, type ValidationContext } from '../context.js';
import type { Finding } from '../finding.js';
import type { ProfileCode } from '../messages.js';
import { infoLanguage } from '../rules.js';
import { baseLanguage, carriesContent, filled, type ValidationProfile } from './profile.js';

/** Belgium's national languages, the languages of BE-Alert messages. */
export const BE_ALERT_LANGUAGES = ['nl', 'fr', 'de'] as const;

/**
 * BE-Alert (NCCN FAQ for local authorities): text in at least one national language
 * (Dutch, French, German; others warned), sender name, advice to the public and an
 * alert zone filled in, scope Public; an info note when the text takes more than one
 * SMS per registered recipient (each SMS of 160 characters is billed).
 */
export class BeAlertProfile implements ValidationProfile {
  readonly name = 'be-alert';
  readonly includes = [] as const;

  /** Checks the BE-Alert rules. */
  validate(alert: CapAlert, context: ValidationContext): Finding[] {
    const findings: Finding[] = [];
    const add = (code: ProfileCode, path: string, params?: MessageParams): void => {
      findings.push(createFinding(code, path, context, params));
    };
    const national = (base: string): boolean =>
      (BE_ALERT_LANGUAGES as readonly string[]).includes(base);

    if (alert.scope !== 'Public')
      add('profile.be-alert.scopePublic', 'scope', { scope: alert.scope });
    if (carriesContent(alert) && !alert.infos.some((info) => national(baseLanguage(info)))) {
      add('profile.be-alert.languageRequired', 'infos');
    }
    const firstOf = new Map<string, number>();
    alert.infos.forEach((info, i) => {
      const path = `infos[${i}]`;
      const base = baseLanguage(info);
      if (!national(base)) {
        add('profile.be-alert.otherLanguage', `${path}.language`, { language: infoLanguage(info) });
      }
      const first = firstOf.get(base);
      if (first === undefined) firstOf.set(base, i);
      else add('profile.be-alert.duplicateLanguage', `${path}.language`, { language: base, first });

      if (!filled(info.senderName))
        add('profile.be-alert.senderNameRequired', `${path}.senderName`);
      if (!filled(info.instruction))
        add('profile.be-alert.instructionRequired', `${path}.instruction`);
      if (info.areas.length === 0) add('profile.be-alert.areaRequired', `${path}.areas`);

      const sms = measureText(composeChannelText(info), 'sms');
      if (sms.segments > 1) {
        add('profile.be-alert.smsParts', path, {
          language: infoLanguage(info),
          characters: sms.characters,
          segments: sms.segments,
        });
      }
    });
    return findings;
  }
}
