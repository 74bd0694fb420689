/**
 * Base of every Sirene event: `bubbles` and `composed`, so hosts can listen on any
 * ancestor, through shadow roots. Each element declares one subclass per event with a
 * typed `detail`, and registers it in `GlobalEventHandlersEventMap`.
 */
export class SireneEvent<D> extends Event {
  readonly detail: D;

  constructor(type: string, detail: D, init: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: init.cancelable ?? false });
    this.detail = detail;
  }
}

/** What a `sirene-*-request` event carries: the question, a signal, and a way to answer. */
export interface RequestDetail<Q, R> {
  /** What the element asks for. */
  readonly query: Q;
  /** Aborted when the element no longer needs the answer (a newer request, disconnect). */
  readonly signal: AbortSignal;
  /** The host answers with a value or a promise of one. */
  respond(answer: R | Promise<R>): void;
}

/** A request event: elements never fetch; they ask the host, which answers. */
export class SireneRequestEvent<Q, R> extends SireneEvent<RequestDetail<Q, R>> {}

/** Why a request got no answer. */
export class RequestError extends Error {
  constructor(
    readonly reason: 'unanswered' | 'aborted',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Dispatches a request event from `target` and resolves with the host's answer. Rejects
 * with a {@link RequestError}: `unanswered` when no listener called `respond` during
 * dispatch, `aborted` when `signal` aborts first.
 */
export function request<Q, R>(
  target: EventTarget,
  create: (detail: RequestDetail<Q, R>) => SireneRequestEvent<Q, R>,
  query: Q,
  signal: AbortSignal,
): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    let answered = false;
    const onAbort = () => reject(new RequestError('aborted', 'The request was aborted.'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    const event = create({
      query,
      signal,
      respond(answer) {
        if (answered) return;
        answered = true;
        Promise.resolve(answer).then(
          (value) => {
            signal.removeEventListener('abort', onAbort);
            if (!signal.aborted) resolve(value);
          },
          (error: unknown) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
          },
        );
      },
    });
    target.dispatchEvent(event);
    if (!answered) {
      signal.removeEventListener('abort', onAbort);
      reject(
        new RequestError(
          'unanswered',
          `No host answered "${event.type}": listen for it and call event.detail.respond().`,
        ),
      );
    }
  });
}
