/**
 * What one HTTP attempt came to: a response (status, headers and, when asked for, a size-capped
 * body) or an error sorted into a few failures that decide whether to retry and what to report.
 */

export type Failure =
  | 'timeout'
  | 'reset'
  | 'refused'
  | 'unknown-host'
  | 'dns-temporary'
  | 'unreachable'
  | 'tls'
  | 'private'
  | 'aborted'
  | 'other';

export type Headers = Record<string, string | string[] | undefined>;

export interface ResponseAttempt {
  kind: 'response';
  status: number;
  headers: Headers;
  /** The body as text, when the request asked for it (`readBody`) and it fitted under the cap. */
  body?: string;
  /** The body was larger than the request's cap: it was cut off unread and `body` is absent. */
  bodyTooLarge?: boolean;
}

export type Attempt = ResponseAttempt | { kind: 'error'; failure: Failure; detail: string };

export function header(attempt: Attempt, name: string): string | undefined {
  if (attempt.kind !== 'response') return undefined;
  const value = attempt.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Sorts a thrown request error into a Failure, looking through undici's wrappers at the Node error code. */
export function classifyError(error: unknown): { failure: Failure; detail: string } {
  const codes: string[] = [];
  let message = '';
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    if (!message && e instanceof Error) message = e.message;
  }
  const has = (...wanted: string[]) => codes.find((code) => wanted.includes(code));
  const detail = codes[codes.length - 1] ?? message ?? String(error);
  if (has('ELINTLISTPRIVATE')) return { failure: 'private', detail: message };
  if (has('UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT')) return { failure: 'timeout', detail };
  if (has('ECONNREFUSED')) return { failure: 'refused', detail };
  if (has('ENOTFOUND')) return { failure: 'unknown-host', detail };
  if (has('EAI_AGAIN')) return { failure: 'dns-temporary', detail };
  if (has('EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL')) return { failure: 'unreachable', detail };
  const tls = codes.find((code) => /^(?:ERR_SSL_|ERR_TLS_|CERT_|EPROTO$|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|UNABLE_TO_)/.test(code));
  if (tls) return { failure: 'tls', detail: tls };
  if (has('ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ECONNABORTED') || codes.some((code) => code.startsWith('HPE_'))) return { failure: 'reset', detail };
  return { failure: 'other', detail: message || detail };
}

/** Failures of the network that may pass in a moment: worth asking again. */
export const isTransientFailure = (failure: Failure) => failure === 'timeout' || failure === 'reset' || failure === 'dns-temporary' || failure === 'unreachable';
