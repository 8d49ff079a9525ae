/**
 * A small Microsoft Graph client over `fetch`: JSON, paging through
 * `@odata.nextLink`, throttling honoured, and every failure a typed error.
 *
 * - Throttling (learn.microsoft.com/graph/throttling): 429, and 503/504 from busy services,
 *   come with `Retry-After` (seconds). We wait that long, up to a cap, a bounded number of
 *   times; a longer wait is not sat out in a task pane: the error says how long instead.
 * - Errors: Graph's JSON `{ error: { code, message } }` → `GraphError` with the status and
 *   code; a `fetch` that throws (no network, DNS, CORS, CSP) → kind `offline`.
 * - Tokens come from the `TokenSource` seam, per request (MSAL caches them); sign-in
 *   failures pass through as `TokenError`.
 * - `@odata.nextLink` is followed only when it points at the same Graph origin and path
 *   prefix as the base URL: the bearer token never goes anywhere else.
 */
import type { TokenSource } from './token-source';

export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';

export type GraphErrorKind =
  /** 401: the token was refused; signing in again may help. */
  | 'unauthorized'
  /** 403: the directory or the mailbox said no (`Authorization_RequestDenied`, `ErrorAccessDenied`). */
  | 'forbidden'
  /** 404: no such object (or not one we may see). */
  | 'not-found'
  /** 429/503/504 after our retries, or with a `Retry-After` longer than we wait. */
  | 'throttled'
  /** Any other 4xx (a request Graph did not like: our bug, or a filter this tenant refuses). */
  | 'bad-request'
  /** 5xx. */
  | 'server'
  /** `fetch` failed before any answer: offline, DNS, blocked. */
  | 'offline'
  /** No answer in time. */
  | 'timeout'
  /** An answer we could not read (not JSON where JSON was promised). */
  | 'bad-response';

export class GraphError extends Error {
  override readonly name = 'GraphError';

  constructor(
    readonly kind: GraphErrorKind,
    message: string,
    readonly status?: number,
    /** Graph's error code, e.g. `Authorization_RequestDenied`, `ErrorItemNotFound`. */
    readonly code?: string,
    /** For `throttled`: how long Graph asked us to wait. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export interface GraphRequestOptions {
  /** Delegated scopes the call needs. */
  scopes: string[];
  /** The user clicked: signing in may open a popup. */
  interactive?: boolean;
  headers?: Record<string, string>;
}

export interface GraphPage<T> {
  value: T[];
  /** The next page's URL, when there is one. */
  nextLink?: string;
}

export interface GraphClientOptions {
  tokens: TokenSource;
  /** Default `https://graph.microsoft.com/v1.0`; the tests point it at a fake on loopback. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Retries after 429/503/504. Default 2 (so at most three requests). */
  maxRetries?: number;
  /** Longest `Retry-After` we wait out, in seconds. Default 10. */
  maxRetryAfterSeconds?: number;
  /** Wait without `Retry-After`: this many seconds times the attempt. Default 1. */
  backoffSeconds?: number;
  /** Per request. Default 30 s. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const RETRY_STATUSES = new Set([429, 503, 504]);

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** `Retry-After` as seconds: a number, or an HTTP date (RFC 9110 section 10.2.3). */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Quote a value for an OData string literal: single quotes are doubled (OData ABNF, SQUOTE-in-string). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export class GraphClient {
  readonly baseUrl: string;
  private readonly tokens: TokenSource;
  private readonly fetchImpl: typeof fetch;
  private readonly maxRetries: number;
  private readonly maxRetryAfterSeconds: number;
  private readonly backoffSeconds: number;
  private readonly timeoutMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: GraphClientOptions) {
    this.tokens = options.tokens;
    this.baseUrl = (options.baseUrl ?? GRAPH_BASE_URL).replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.maxRetries = options.maxRetries ?? 2;
    this.maxRetryAfterSeconds = options.maxRetryAfterSeconds ?? 10;
    this.backoffSeconds = options.backoffSeconds ?? 1;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** GET a JSON resource. `path` is relative to the base URL (`/groups?…`) or a nextLink. */
  async getJson<T>(path: string, options: GraphRequestOptions): Promise<T> {
    return readJson<T>(path, await this.send(path, options, 'application/json'));
  }

  /**
   * POST a JSON body and read the JSON answer (an action such as `/me/getMailTips`). Same
   * token, retry, error and timeout handling as GET. Only for actions that read: a POST
   * that changed something would not be safe to repeat after a 429.
   */
  async postJson<T>(path: string, body: unknown, options: GraphRequestOptions): Promise<T> {
    return readJson<T>(path, await this.send(path, options, 'application/json', { method: 'POST', json: JSON.stringify(body) }));
  }

  /** One page of a collection. */
  async getPage<T>(path: string, options: GraphRequestOptions): Promise<GraphPage<T>> {
    const json = await this.getJson<{ value?: unknown; '@odata.nextLink'?: unknown }>(path, options);
    if (!Array.isArray(json.value)) throw new GraphError('bad-response', `Graph answered ${path} without a "value" list.`);
    const next = typeof json['@odata.nextLink'] === 'string' ? json['@odata.nextLink'] : undefined;
    return { value: json.value as T[], ...(next ? { nextLink: next } : {}) };
  }

  /** Every page of a collection, up to `maxItems`. */
  async getAll<T>(path: string, options: GraphRequestOptions & { maxItems?: number }): Promise<T[]> {
    const items: T[] = [];
    const max = options.maxItems ?? 500;
    let next: string | undefined = path;
    while (next && items.length < max) {
      const page: GraphPage<T> = await this.getPage<T>(next, options);
      items.push(...page.value);
      next = page.nextLink;
    }
    return items.slice(0, max);
  }

  /** The raw bytes of a resource (a photo, a message's MIME). */
  async getBytes(path: string, options: GraphRequestOptions): Promise<{ bytes: Uint8Array; contentType: string }> {
    const response = await this.send(path, options, '*/*');
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { bytes, contentType: response.headers.get('content-type') ?? 'application/octet-stream' };
  }

  /** A resource as text (a message's MIME, `$value`). */
  async getText(path: string, options: GraphRequestOptions): Promise<string> {
    const response = await this.send(path, options, '*/*');
    return response.text();
  }

  /** Absolute URL for `path`, refusing anything outside our Graph base (a nextLink elsewhere). */
  resolve(path: string): string {
    if (!/^https?:\/\//i.test(path)) return `${this.baseUrl}${path.startsWith('/') ? '' : '/'}${path}`;
    const base = new URL(this.baseUrl);
    const target = new URL(path);
    if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) {
      throw new GraphError('bad-response', `Graph sent a link outside ${this.baseUrl}; not following it.`);
    }
    return target.toString();
  }

  private async send(path: string, options: GraphRequestOptions, accept: string, request: OutgoingRequest = { method: 'GET' }): Promise<Response> {
    const url = this.resolve(path);
    for (let attempt = 0; ; attempt++) {
      const token = await this.tokens.getToken(options.scopes, { interactive: options.interactive ?? false });
      const response = await this.fetchOnce(url, token, accept, options.headers, request);
      if (response.ok) return response;

      const wait = retryAfterSeconds(response.headers.get('retry-after'));
      if (RETRY_STATUSES.has(response.status) && attempt < this.maxRetries) {
        const seconds = wait ?? this.backoffSeconds * (attempt + 1);
        if (seconds <= this.maxRetryAfterSeconds) {
          await response.body?.cancel().catch(() => undefined);
          await this.sleep(seconds * 1000);
          continue;
        }
      }
      throw await errorFrom(response, wait);
    }
  }

  private async fetchOnce(
    url: string,
    token: string,
    accept: string,
    headers: Record<string, string> | undefined,
    request: OutgoingRequest,
  ): Promise<Response> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      return await this.fetchImpl(url, {
        method: request.method,
        headers: {
          ...headers,
          Authorization: `Bearer ${token}`,
          Accept: accept,
          ...(request.json !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        ...(request.json !== undefined ? { body: request.json } : {}),
        signal: controller.signal,
      });
    } catch (error) {
      if (controller.signal.aborted) throw new GraphError('timeout', `Graph did not answer within ${Math.round(this.timeoutMs / 1000)} s.`);
      throw new GraphError('offline', error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
    }
  }
}

/** What goes out besides the token: the method, and for a POST its JSON body (already a string, so a retry sends the same bytes). */
interface OutgoingRequest {
  method: 'GET' | 'POST';
  json?: string;
}

async function readJson<T>(path: string, response: Response): Promise<T> {
  const body = await response.text();
  try {
    return JSON.parse(body) as T;
  } catch {
    throw new GraphError('bad-response', `Graph answered ${path} with something that is not JSON.`, response.status);
  }
}

async function errorFrom(response: Response, retryAfter: number | undefined): Promise<GraphError> {
  let code: string | undefined;
  let message = `Graph answered ${response.status} ${response.statusText}`.trim();
  try {
    const json = JSON.parse(await response.text()) as { error?: { code?: unknown; message?: unknown } };
    if (typeof json.error?.code === 'string') code = json.error.code;
    if (typeof json.error?.message === 'string' && json.error.message) message = json.error.message;
  } catch {
    // Not JSON: keep the status line.
  }
  const { status } = response;
  const kind: GraphErrorKind =
    status === 401
      ? 'unauthorized'
      : status === 403
        ? 'forbidden'
        : status === 404
          ? 'not-found'
          : RETRY_STATUSES.has(status)
            ? 'throttled'
            : status >= 500
              ? 'server'
              : 'bad-request';
  return new GraphError(kind, message, status, code, kind === 'throttled' ? retryAfter : undefined);
}
