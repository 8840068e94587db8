/**
 * The HTTP client every suite uses, over a transport (./transport.ts): credentials, an
 * opc-request-id on every request, lossless JSON, polite back-off on 429, and a redacted record
 * of every exchange for the evidence of a failure. runs/search responses are validated against
 * the contract automatically, by status code.
 */
import type { APIRequestContext } from '@playwright/test';
import { endpointUrl, WRITE_ENDPOINTS, type Target } from '../config';
import { contractFindings, readPage, type Page } from '../contract';
import { CONTRACT_CHECK, failureOutcome, Inconclusive, noteExchange, recordFailure } from '../outcome';
import { curlCommand, type Exchange } from './evidence';
import { parseJson, stringifyJson } from '../json';
import { measure, queryClasses, startExchange } from '../meter';
import { RUN_VIEW_TYPES, type RunViewType } from '../oracle';
import { ociSigner, type Signer } from './oci-signer';
import { playwrightTransport, type Transport } from './transport';
import { redactErrorMessage, redactHeaders, redactText, redactUrl, redactedError, secretsOf } from './redact';

export interface ApiResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  text: string;
  /** Parsed losslessly; undefined when the body is not JSON. */
  json: unknown;
  exchange: Exchange;
  /**
   * A runs/search answer as the checks read it: the runs of the requested experiments and the
   * token, or why it cannot be read (a contract failure, recorded already). Absent on other endpoints.
   */
  page?: Page;
  /**
   * A 400 to a search naming a valid run_view_type that the server refuses on its own: a search
   * of the same experiments naming only that view got 400 too. The refusal is the view's, so a
   * check of something else cannot read this answer (runs/search only).
   */
  refusedView?: RunViewType;
}

export interface SendOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** A JSON value to serialise, or raw text sent as it is. */
  body?: unknown;
  rawBody?: string;
  /** Defaults to application/json when there is a body; null sends none. */
  contentType?: string | null;
  headers?: Record<string, string>;
  /** false: send no credentials (the 401 checks). */
  withAuth?: boolean;
  /** false: hand a 429 back instead of backing off (the 429 probe). */
  backOffOn429?: boolean;
  /** false: skip the automatic contract check (tests that check the contract themselves). */
  validate?: boolean;
}

/** A request as it goes on the wire, credentials applied. */
interface Outgoing {
  requestId: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

const MAX_429_RETRIES = 5;
const MAX_RETRY_AFTER_MS = 30_000;
const KEPT_EXCHANGES = 12;
/** How Node and Playwright report a connection the server closed before answering. */
const STALE_CONNECTION = /ECONNRESET|socket hang up|EPIPE|other side closed|UND_ERR_SOCKET/;

export class SearchClient {
  readonly exchanges: Exchange[] = [];
  private counter = 0;
  private readonly secrets: string[];
  private readonly signer: Signer | undefined;
  /** Requests that met a 429 and were retried: reported, never a failure. */
  throttled = 0;
  /** Requests sent again after the connection was reset before any answer (a stale keep-alive). */
  reconnected = 0;
  /** The target's runs/search URL: only its answers are timed per query class. */
  private readonly searchUrl: string;
  /** Whether the server refuses a view on its own, per view and experiments: asked once each. */
  private readonly viewRefusals = new Map<string, Promise<boolean>>();

  private readonly transport: Transport;

  constructor(
    transport: Transport | APIRequestContext,
    readonly target: Target,
    private readonly label = `w${process.pid}`,
  ) {
    this.transport = typeof transport === 'function' ? transport : playwrightTransport(transport);
    this.secrets = secretsOf(target);
    this.signer = target.auth.kind === 'oci' ? ociSigner(target.auth.configFile, target.auth.profile) : undefined;
    this.searchUrl = this.url('runs/search');
  }

  url(endpoint: string): string {
    return endpointUrl(this.target, endpoint);
  }

  /**
   * POST runs/search. Unless validate is false, the answer is checked against the contract: each
   * violation is recorded as a failure of the RESP-* or ERR-* requirement it breaks (the test goes
   * on judging its own requirement with what it can still read), and runs of experiments that were
   * not requested are a failure of RESP-EXPERIMENT-SCOPE and left out of `page`.
   */
  async searchRuns(body: unknown, options: SendOptions = {}): Promise<ApiResponse> {
    const sent = await this.send(this.searchUrl, { method: 'POST', body, ...options });
    const refusedView = sent.status === 400 ? await this.viewRefusedAlone(body) : undefined;
    const response = refusedView ? { ...sent, refusedView } : sent;
    if (options.validate === false) return response;
    for (const finding of measure('validate', () => contractFindings(this.target.profile, response))) {
      recordFailure(failureOutcome({ requirement: finding.requirement, check: CONTRACT_CHECK, summary: finding.violation, shape: finding.shape, received: finding.received }), { always: true });
    }
    if (response.status !== 200) return response;
    const page = measure('validate', () => readPage(this.target.profile, response.json, requestedExperiments(body)));
    if ('runs' in page && page.outOfScope.length > 0) {
      recordFailure(
        failureOutcome({
          requirement: 'RESP-EXPERIMENT-SCOPE',
          check: CONTRACT_CHECK,
          summary: 'runs of experiments that were not requested were returned',
          shape: 'run outside the requested experiments',
          received: page.outOfScope,
          expected: { experiment_ids: requestedExperiments(body) },
        }),
        { always: true },
      );
    }
    return { ...response, page };
  }

  /**
   * The valid run_view_type of a refused search when the server refuses that view on its own:
   * the search of the same experiments naming only the view (this one, or a probe sent once per
   * client) got 400. Undefined when the search names no valid view, or the view alone is served.
   */
  private async viewRefusedAlone(body: unknown): Promise<RunViewType | undefined> {
    if (typeof body !== 'object' || body === null) return undefined;
    const { experiment_ids: experimentIds, run_view_type: view, ...rest } = body as Record<string, unknown>;
    const valid = RUN_VIEW_TYPES.find((v) => v === view);
    if (valid === undefined) return undefined;
    if (Object.keys(rest).length === 0) return valid;
    const alone = { experiment_ids: experimentIds, run_view_type: valid };
    const key = JSON.stringify(alone);
    let refused = this.viewRefusals.get(key);
    if (refused === undefined) {
      refused = this.send(this.searchUrl, { method: 'POST', body: alone }).then((r) => r.status === 400, () => false);
      this.viewRefusals.set(key, refused);
    }
    return (await refused) ? valid : undefined;
  }

  /** A write or read endpoint of the MLflow API (experiments/create, runs/log-batch, …). */
  async call(endpoint: string, body?: unknown, options: SendOptions = {}): Promise<ApiResponse> {
    // The guarantee of readonly mode is enforced here, not left to each caller.
    if (this.target.mode === 'readonly' && WRITE_ENDPOINTS.has(endpoint))
      throw new Error(`SUITE_MODE=readonly: refusing to send ${endpoint}`);
    const method = options.method ?? (body === undefined ? 'GET' : 'POST');
    return this.send(this.url(endpoint), { ...options, method, ...(body !== undefined ? { body } : {}) });
  }

  /**
   * Like call, for the suite's own setup (seeding): a non-2xx answer means the check could not be
   * tried, so it is INCONCLUSIVE rather than a FAIL of the requirement under test.
   */
  async mustCall(endpoint: string, body?: unknown): Promise<Record<string, unknown>> {
    const response = await this.call(endpoint, body);
    if (response.status < 200 || response.status > 299) {
      throw new Inconclusive(`setup request ${endpoint} failed with ${response.status}: ${response.text.slice(0, 500)}`);
    }
    return (response.json ?? {}) as Record<string, unknown>;
  }

  nextRequestId(): string {
    this.counter += 1;
    return `rsc-${(this.target.seed >>> 0).toString(16)}-${this.label}-${this.counter}`;
  }

  async send(url: string, options: SendOptions = {}): Promise<ApiResponse> {
    const method = options.method ?? 'POST';
    const bodyText = options.rawBody ?? (options.body !== undefined ? stringifyJson(options.body) : undefined);
    const requestId = this.nextRequestId();
    let headers: Record<string, string> = { 'opc-request-id': requestId, ...(options.headers ?? {}) };
    const contentType = options.contentType === undefined ? (bodyText !== undefined ? 'application/json' : null) : options.contentType;
    if (contentType !== null) headers['content-type'] = contentType;
    if (this.target.userPrincipal && !('dh-user-principal' in headers)) headers['dh-user-principal'] = this.target.userPrincipal;
    if (options.withAuth !== false) headers = await this.authorize(method, url, headers, bodyText);

    const outgoing: Outgoing = { requestId, method, url, headers, ...(bodyText !== undefined ? { body: bodyText } : {}) };
    for (let attempt = 0; ; attempt++) {
      const response = await this.exchangeOnStaleConnection(outgoing);
      if (response.status !== 429 || options.backOffOn429 === false) return response;
      if (attempt >= MAX_429_RETRIES) throw new Inconclusive(`the target kept answering 429 after ${attempt + 1} attempts`);
      this.throttled += 1;
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(response.headers['retry-after'], attempt)));
    }
  }

  /** The last exchange as evidence, and how to replay it. */
  replayHint(): string {
    const last = this.exchanges.at(-1);
    if (!last) return '';
    return `Replay: SUITE_SEED=${this.target.seed} ${curlCommand(last, this.target.auth)}`;
  }

  private async authorize(method: string, url: string, headers: Record<string, string>, body: string | undefined) {
    const { auth } = this.target;
    switch (auth.kind) {
      case 'none':
        return headers;
      case 'bearer':
        return { ...headers, authorization: `Bearer ${auth.token}` };
      case 'basic':
        return { ...headers, authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` };
      case 'oci':
        return this.signer!({ method, url, headers, ...(body !== undefined ? { body } : {}) });
    }
  }

  /**
   * A server may close an idle keep-alive connection just as the client reuses it (uvicorn after
   * 5 s, for one); the request then dies with a reset before the server has read it. Browsers
   * send such a request again on a fresh connection, and so does this client, once. The failed
   * attempt stays among the exchanges, so a failure's evidence shows it; a second reset is thrown.
   */
  private async exchangeOnStaleConnection(outgoing: Outgoing): Promise<ApiResponse> {
    try {
      return await this.exchangeOnce(outgoing);
    } catch (error) {
      if (!STALE_CONNECTION.test(String(error))) throw error;
      this.reconnected += 1;
      return this.exchangeOnce(outgoing);
    }
  }

  private async exchangeOnce({ requestId, method, url, headers, body }: Outgoing): Promise<ApiResponse> {
    const started = Date.now();
    const exchange: Exchange = {
      requestId,
      request: {
        method,
        url: redactUrl(url),
        headers: redactHeaders(headers, this.secrets),
        ...(body !== undefined ? { body: redactText(body, this.secrets) } : {}),
      },
      durationMs: 0,
    };
    this.remember(exchange);
    const finished = startExchange();
    try {
      const response = await this.transport({ method, url, headers, ...(body !== undefined ? { body } : {}) });
      const { text, headers: responseHeaders } = response;
      exchange.durationMs = Date.now() - started;
      const isSearch = method === 'POST' && url === this.searchUrl;
      finished(Buffer.byteLength(text, 'utf8'), isSearch ? queryClasses(body, response.status) : []);
      exchange.response = {
        status: response.status,
        headers: redactHeaders(responseHeaders, this.secrets),
        body: redactText(text, this.secrets),
      };
      return { status: response.status, headers: responseHeaders, text, json: measure('parse', () => tryParse(text)), exchange };
    } catch (error) {
      finished(0);
      exchange.durationMs = Date.now() - started;
      exchange.error = redactErrorMessage(String(error), this.secrets);
      // Playwright's message lists the request headers, credentials included.
      throw redactedError(error, this.secrets);
    }
  }

  private remember(exchange: Exchange): void {
    noteExchange(exchange);
    this.exchanges.push(exchange);
    if (this.exchanges.length > KEPT_EXCHANGES) this.exchanges.shift();
  }
}

/** The experiment ids a search body asks for, when it names them as a list of strings. */
function requestedExperiments(body: unknown): string[] | undefined {
  const ids = (body as { experiment_ids?: unknown } | null)?.experiment_ids;
  return Array.isArray(ids) && ids.every((id) => typeof id === 'string') ? ids : undefined;
}

function tryParse(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return parseJson(text);
  } catch {
    return undefined;
  }
}

/** Retry-After in seconds (or an HTTP date), else exponential back-off; capped either way. */
export function retryDelayMs(retryAfter: string | undefined, attempt: number): number {
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.min(Math.max(date - Date.now(), 0), MAX_RETRY_AFTER_MS);
  }
  return Math.min(250 * 2 ** attempt, MAX_RETRY_AFTER_MS);
}
