/**
 * The only place the page talks to the dispatch backend: JSON in and out, the session
 * cookie sent by the browser, the CSRF token on every change, the page's language in
 * Accept-Language, and errors as data (`{ code, message, findings?, details? }`).
 */
import type { Finding } from '@sirene/core';

/** An error as the API words it (or as the page words a network failure). */
export interface ApiError {
  status: number;
  code: string;
  message: string;
  findings?: Finding[];
  details?: Record<string, unknown>;
}

/** A result: the value, or the error. */
export type ApiResult<T> = { ok: true; status: number; value: T } | { ok: false; error: ApiError };

/** The API client of the page. */
export class Api {
  csrf = '';
  lang = 'nl';
  /** Called on a 401 from anything but the login itself (the session ended). */
  onUnauthorized: (() => void) | undefined;
  /** The message for a network failure, in the page's language. */
  networkMessage = 'The server cannot be reached.';

  async request<T>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResult<T>> {
    const h: Record<string, string> = { 'accept-language': this.lang, ...headers };
    if (method !== 'GET' && this.csrf) h['x-csrf-token'] = this.csrf;
    if (body !== undefined) h['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(path, {
        method,
        headers: h,
        credentials: 'same-origin',
        body: body === undefined ? null : JSON.stringify(body),
      });
    } catch {
      return { ok: false, error: { status: 0, code: 'network', message: this.networkMessage } };
    }
    const type = res.headers.get('content-type') ?? '';
    let parsed: unknown = undefined;
    if (res.status !== 204) {
      const text = await res.text();
      if (type.includes('json') && text !== '') {
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
      } else parsed = text;
    }
    if (res.ok) return { ok: true, status: res.status, value: parsed as T };
    const e = (parsed as { error?: Partial<ApiError> } | undefined)?.error;
    if (res.status === 401 && path !== '/api/session') this.onUnauthorized?.();
    const error: ApiError = {
      status: res.status,
      code: e?.code ?? `http.${res.status}`,
      message: e?.message ?? `${res.status} ${res.statusText}`,
    };
    if (e?.findings) error.findings = e.findings;
    // The server spreads a problem's details into the error (e.g. a conflict's `current`).
    const {
      code: _c,
      message: _m,
      findings: _f,
      ...details
    } = (e ?? {}) as Record<string, unknown>;
    if (Object.keys(details).length) error.details = details;
    return { ok: false, error };
  }
}

/** A problem's message with its first error finding, for one line on screen. */
export function describeError(error: ApiError): string {
  const first = error.findings?.find((f) => f.severity === 'error');
  if (!first || error.message.includes(first.message)) return error.message;
  return `${error.message} ${first.message}${first.path ? ` (${first.path})` : ''}`;
}
