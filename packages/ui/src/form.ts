import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Finding } from '@sirene/core';

/** An element that can take part in forms (`static formAssociated = true`). */
export type FormAssociatedHost = ReactiveControllerHost & HTMLElement;

/**
 * Form association through ElementInternals: the element's value is submitted with its
 * form, and its validity comes from its findings (the first error's message is what the
 * browser shows). Create it in a field initializer of an element class that declares
 * `static formAssociated = true`.
 */
export class FormController implements ReactiveController {
  readonly internals: ElementInternals;

  constructor(host: FormAssociatedHost) {
    this.internals = host.attachInternals();
    host.addController(this);
  }

  hostConnected(): void {}

  /** The value submitted with the form (JSON for rich values). */
  setValue(value: string | FormData | null): void {
    this.internals.setFormValue(value);
  }

  /**
   * Validity from findings: invalid while any finding is an error. `anchor` is the
   * element the browser points at when it reports the problem.
   */
  setFindings(findings: readonly Finding[], anchor?: HTMLElement): void {
    const error = findings.find((f) => f.severity === 'error');
    if (error) this.internals.setValidity({ customError: true }, error.message, anchor);
    else this.internals.setValidity({});
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }
}
