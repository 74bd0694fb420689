import { parseCapDateTime } from '../cap/datetime.js';
import type { CapDateTime, CapReference } from '../model/cap.js';
import type { SireneAlert } from '../model/sirene.js';
import type { Finding, Lang } from '../validation/finding.js';
import { lifecycleFinding, stateLabel } from './messages.js';

/** The kind of follow-up: `Update` (changed situation or advice) or `Cancel` (end message). */
export type FollowUpKind = 'Update' | 'Cancel';

/** What the new message needs of its own. */
export interface FollowUpInit {
  /** The new message's identifier; unique for its sender, never reused in the chain. */
  identifier: string;
  /** When the new message is sent, a CAP dateTime with offset. */
  sent: CapDateTime;
  /** The new message's sender; defaults to the previous message's sender. */
  sender?: string;
}

/** The result of {@link createFollowUp}. */
export type FollowUpResult = { ok: true; alert: SireneAlert } | { ok: false; finding: Finding };

/** CAP forbids spaces, commas and the restricted characters `<` and `&` in identifiers and senders. */
const CAP_ID = /^[^\s,<&]+$/;

/**
 * Creates a follow-up (`Update`) or end message (`Cancel`) of an alert that was sent.
 *
 * The NL-Alert procedure (step 10) requires the running broadcast to be stopped before a
 * follow-up or end message is sent, so this refuses while the alert is `broadcasting`;
 * it also refuses `draft` and `ready` (nothing was sent to follow up: change the alert
 * instead) and an alert whose `msgType` is `Cancel` (the chain is closed), `Ack` or
 * `Error`. It allows `stopped` and `expired`.
 *
 * The new alert is a draft that:
 * - has `msgType` `kind`, the given `identifier` and `sent`, and `sender` (given, or the
 *   previous one);
 * - references every earlier message of the chain: the previous alert's `references`
 *   followed by the previous alert itself (CAP 1.2: "all prior messages");
 * - keeps `status` unchanged, so an `Exercise` stays an `Exercise` and a `Test` a `Test`;
 * - copies `infos` (deep), `scope`, `restriction`, `addresses`, `codes`, `incidents`
 *   and `source`; drops `note` (it belongs to one message) and `signatures` (a new
 *   message is signed anew);
 * - keeps Sirene's `profile`, `channels`, `durationMinutes` and `templateId`, starts
 *   `state` at `draft`, and drops `procedure` (the checklist is done again for the new
 *   message).
 *
 * Also refused: an empty identifier or sender or one with spaces, commas, `<` or `&`; an
 * identifier already used by that sender in the chain; a `sent` that is not a CAP
 * dateTime or is before the previous message's.
 *
 * @param lang language of the finding's message (default English)
 */
export function createFollowUp(
  previous: SireneAlert,
  kind: FollowUpKind,
  init: FollowUpInit,
  lang: Lang = 'en',
): FollowUpResult {
  const refuse = (
    code: Parameters<typeof lifecycleFinding>[0],
    path: string,
    params: Record<string, string> = {},
  ): FollowUpResult => ({ ok: false, finding: lifecycleFinding(code, path, lang, params) });

  const state = previous.sirene.state;
  if (kind !== 'Update' && kind !== 'Cancel') {
    return refuse('lifecycle.follow-up-kind-invalid', 'cap.msgType', { kind: String(kind) });
  }
  if (state === 'broadcasting') {
    return refuse('lifecycle.follow-up-while-broadcasting', 'sirene.state');
  }
  if (state !== 'stopped' && state !== 'expired') {
    return refuse('lifecycle.follow-up-never-sent', 'sirene.state', {
      state: stateLabel(state, lang),
    });
  }
  const prev = previous.cap;
  if (prev.msgType === 'Cancel') return refuse('lifecycle.follow-up-after-cancel', 'cap.msgType');
  if (prev.msgType !== 'Alert' && prev.msgType !== 'Update') {
    return refuse('lifecycle.follow-up-not-an-alert', 'cap.msgType', { msgType: prev.msgType });
  }

  const sender = init.sender ?? prev.sender;
  if (!CAP_ID.test(init.identifier)) {
    return refuse('lifecycle.follow-up-identifier-invalid', 'cap.identifier', {
      field: 'identifier',
      value: init.identifier,
    });
  }
  if (!CAP_ID.test(sender)) {
    return refuse('lifecycle.follow-up-identifier-invalid', 'cap.sender', {
      field: 'sender',
      value: sender,
    });
  }
  const own: CapReference = { sender: prev.sender, identifier: prev.identifier, sent: prev.sent };
  const chain: CapReference[] = [...prev.references];
  if (!chain.some((r) => r.sender === own.sender && r.identifier === own.identifier)) {
    chain.push(own);
  }
  if (chain.some((r) => r.sender === sender && r.identifier === init.identifier)) {
    return refuse('lifecycle.follow-up-identifier-reused', 'cap.identifier', {
      identifier: init.identifier,
    });
  }

  const sentAt = parseCapDateTime(init.sent);
  if (sentAt === null)
    return refuse('lifecycle.follow-up-sent-invalid', 'cap.sent', { sent: init.sent });
  const previousAt = parseCapDateTime(prev.sent);
  if (previousAt !== null && sentAt.getTime() < previousAt.getTime()) {
    return refuse('lifecycle.follow-up-sent-before-previous', 'cap.sent', {
      sent: init.sent,
      previous: prev.sent,
    });
  }

  const { note: _note, signatures: _signatures, ...kept } = prev;
  const { procedure: _procedure, ...sirene } = previous.sirene;
  return {
    ok: true,
    alert: {
      cap: {
        ...structuredClone(kept),
        identifier: init.identifier,
        sender,
        sent: init.sent,
        msgType: kind,
        references: chain.map((r) => ({ ...r })),
        signatures: [],
      },
      sirene: { ...structuredClone(sirene), state: 'draft' },
    },
  };
}
