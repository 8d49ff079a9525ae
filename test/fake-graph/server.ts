/**
 * A fake Microsoft Graph on loopback: Node `http`, real JSON, the few endpoints
 * Bounce Doctor calls, with Graph's shapes, paging and errors.
 *
 *   GET /v1.0/groups?$filter=mail eq '…' | proxyAddresses/any(p:p eq 'smtp:…') | displayName eq '…'
 *   GET /v1.0/groups/{id}/owners                     paged (ownersPageSize)
 *   GET /v1.0/users/{id}/photos/48x48/$value         a real PNG, or 404 ImageNotFound
 *   GET /v1.0/me/messages?$filter=…&$orderby&$top    message class or subject prefixes, paged by $skip
 *   GET /v1.0/me/messages/{id}?$select=body          text with `Prefer: outlook.body-content-type="text"`
 *   GET /v1.0/me/messages/{id}/$value                the MIME
 *   POST /v1.0/me/getMailTips                        delivery restriction and moderation per address
 *
 * Every request needs `Authorization: Bearer <token>` whose (unsigned) claims carry
 * `aud` Graph, an unexpired `exp` and the scope the endpoint needs in `scp`:
 * 401 `InvalidAuthenticationToken` otherwise, 403 when the scope is missing.
 * Faults can be injected per path: 429 with `Retry-After`, 403, 404, 5xx, 400.
 * See README.md beside this file.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PNG } from 'pngjs';
import { decodeJwt, GRAPH_AUDIENCE } from './tokens';

export interface FakeUser {
  id: string;
  displayName: string;
  mail?: string | null;
  jobTitle?: string | null;
  userPrincipalName: string;
  /** Has a profile photo. */
  photo?: boolean;
}

export interface FakeGroup {
  id: string;
  displayName: string;
  mail?: string | null;
  proxyAddresses?: string[];
  groupTypes: string[];
  mailEnabled: boolean;
  securityEnabled: boolean;
  onPremisesSyncEnabled?: boolean | null;
  /** Owner user ids (Graph lists them only for the kinds it supports; we list what is here). */
  owners?: string[];
  /** Hidden from the directory for this user: no filter finds it. */
  hidden?: boolean;
}

export interface FakeMessage {
  id: string;
  subject: string;
  receivedDateTime: string;
  /** `REPORT.IPM.Note.NDR`, `IPM.Note`, … */
  messageClass: string;
  bodyPreview: string;
  bodyText: string;
  mime: string;
}

/**
 * What Exchange's MailTips say about one recipient, for the signed-in user. Fields left out
 * are not in the answer (an address outside the organisation carries no restriction info).
 */
export interface FakeMailTip {
  /** The user may not send to it (accept-only list, reject list, authenticated senders only). */
  deliveryRestricted?: boolean;
  isModerated?: boolean;
  /** Exchange could not get the MailTips for this recipient. */
  error?: { code: string; message: string };
}

export interface FakeGraphData {
  users: FakeUser[];
  groups: FakeGroup[];
  messages: FakeMessage[];
  /** MailTips by address (lower case). An address not here gets an answer with no MailTips in it. */
  mailTips?: Record<string, FakeMailTip>;
}

export interface FakeFault {
  status: number;
  /** Graph error code in the JSON body. */
  code?: string;
  message?: string;
  /** `Retry-After` header value (seconds, or an HTTP date). */
  retryAfter?: string;
  /** How many requests it hits; default every one. */
  times?: number;
}

export interface FakeGraphRequest {
  method: string;
  /** Path after `/v1.0`, decoded, without the query: `/groups`, `/me/messages/abc/$value`. */
  path: string;
  query: Record<string, string>;
  scopes: string[];
  prefer?: string;
  /** A POST's `Content-Type`. */
  contentType?: string;
  /** A POST's body as parsed JSON (the raw text when it is not JSON). */
  body?: unknown;
  status: number;
}

export interface FakeGraphOptions {
  data: FakeGraphData;
  /** Base URL written into `@odata.nextLink`. Default: this server's own `…/v1.0`. */
  publicBaseUrl?: string;
  ownersPageSize?: number;
}

export interface FakeGraph {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** `http://127.0.0.1:<port>/v1.0` */
  baseUrl: string;
  data: FakeGraphData;
  requests: FakeGraphRequest[];
  /** Inject a fault for requests whose path (after /v1.0, decoded, with the query) matches. */
  fault(match: string | RegExp, fault: FakeFault): void;
  clearFaults(): void;
  setPublicBaseUrl(url: string): void;
  close(): Promise<void>;
}

/** The scope each endpoint needs, and the ones that also satisfy it (least privilege first). */
const GROUP_SCOPES = ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'];
const USER_SCOPES = ['User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'];
const MAIL_SCOPES = ['Mail.Read', 'Mail.ReadWrite'];

/** A 48×48 PNG (a blue square with a lighter centre): real bytes a browser can show. */
export function photoPng(): Buffer {
  const png = new PNG({ width: 48, height: 48 });
  for (let y = 0; y < 48; y++) {
    for (let x = 0; x < 48; x++) {
      const index = (48 * y + x) << 2;
      const centre = Math.abs(x - 24) < 12 && Math.abs(y - 24) < 12;
      png.data[index] = centre ? 120 : 15;
      png.data[index + 1] = centre ? 170 : 90;
      png.data[index + 2] = centre ? 230 : 180;
      png.data[index + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; odata.metadata=minimal; charset=utf-8', ...headers });
  response.end(json);
}

function graphError(response: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  send(response, status, { error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': 'fake-request' } } }, headers);
}

function pick<T extends object>(item: T, select: string | undefined): Partial<T> {
  if (!select) return item;
  const fields = select.split(',').map((field) => field.trim());
  return Object.fromEntries(Object.entries(item).filter(([key]) => fields.includes(key))) as Partial<T>;
}

/** The one string literal after `prefix` in an OData filter: `mail eq 'a''b'` → `a'b`. */
function literalAfter(filter: string, prefix: RegExp): string | undefined {
  const match = new RegExp(`${prefix.source}\\s*'((?:[^']|'')*)'`, 'i').exec(filter);
  return match?.[1]?.replace(/''/g, "'");
}

function startsWithList(filter: string): string[] {
  return [...filter.matchAll(/startswith\(subject,\s*'((?:[^']|'')*)'\)/gi)].map((match) => (match[1] ?? '').replace(/''/g, "'"));
}

function parsedBody(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

export async function startFakeGraph(options: FakeGraphOptions): Promise<FakeGraph> {
  const data = options.data;
  const requests: FakeGraphRequest[] = [];
  const faults: Array<{ match: string | RegExp; fault: FakeFault; hits: number }> = [];
  const photo = photoPng();
  const ownersPageSize = options.ownersPageSize ?? 100;
  let publicBase = options.publicBaseUrl;

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        handle(request, response, Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        graphError(response, 500, 'generalException', error instanceof Error ? error.message : String(error));
      }
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const baseUrl = `${origin}/v1.0`;

  function handle(request: IncomingMessage, response: ServerResponse, rawBody: string): void {
    // Browsers ask first for cross-origin requests with Authorization (CORS preflight).
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-expose-headers': 'Retry-After, request-id, client-request-id',
    };
    for (const [name, value] of Object.entries(cors)) response.setHeader(name, value);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'Authorization, Accept, Prefer, Content-Type, ConsistencyLevel',
        'access-control-max-age': '600',
      });
      response.end();
      return;
    }

    const url = new URL(request.url ?? '/', origin);
    const path = decodeURIComponent(url.pathname.replace(/^\/v1\.0/, ''));
    const query = Object.fromEntries(url.searchParams.entries());
    const entry: FakeGraphRequest = {
      method: request.method ?? 'GET',
      path,
      query,
      scopes: [],
      ...(typeof request.headers['prefer'] === 'string' ? { prefer: request.headers['prefer'] } : {}),
      ...(request.method === 'POST' && typeof request.headers['content-type'] === 'string' ? { contentType: request.headers['content-type'] } : {}),
      ...(request.method === 'POST' ? { body: parsedBody(rawBody) } : {}),
      status: 0,
    };
    requests.push(entry);
    response.on('finish', () => {
      entry.status = response.statusCode;
    });

    if (!url.pathname.startsWith('/v1.0/')) return graphError(response, 404, 'BadRequest', 'Only /v1.0 lives here.');
    const postable = path === '/me/getMailTips';
    if (request.method !== (postable ? 'POST' : 'GET')) {
      return graphError(response, 405, 'BadRequest', postable ? 'getMailTips is an action: POST it.' : `Only GET is faked for ${path}.`);
    }

    // Authorization: Bearer <token> with Graph as audience, not expired.
    const header = request.headers.authorization ?? '';
    const token = /^Bearer (\S+)$/.exec(header)?.[1];
    const claims = token ? decodeJwt(token) : undefined;
    if (!claims || claims['aud'] !== GRAPH_AUDIENCE || typeof claims['exp'] !== 'number' || claims['exp'] * 1000 < Date.now()) {
      return graphError(response, 401, 'InvalidAuthenticationToken', 'Access token is empty, malformed or expired.');
    }
    entry.scopes = typeof claims['scp'] === 'string' ? claims['scp'].split(' ').filter(Boolean) : [];

    const withQuery = `${path}${url.search ? `?${decodeURIComponent(url.search.slice(1))}` : ''}`;
    const injected = faults.find(({ match, fault, hits }) => (fault.times === undefined || hits < fault.times) && (typeof match === 'string' ? withQuery.includes(match) : match.test(withQuery)));
    if (injected) {
      injected.hits++;
      const { status, code, message, retryAfter } = injected.fault;
      return graphError(
        response,
        status,
        code ?? (status === 429 ? 'TooManyRequests' : status === 403 ? 'Authorization_RequestDenied' : status === 404 ? 'Request_ResourceNotFound' : 'generalException'),
        message ?? (status === 429 ? 'Too many requests.' : status === 403 ? 'Insufficient privileges to complete the operation.' : 'Fault injected by the test.'),
        retryAfter ? { 'retry-after': retryAfter } : {},
      );
    }

    const hasScope = (allowed: string[]): boolean => entry.scopes.some((scope) => allowed.some((one) => one.toLowerCase() === scope.toLowerCase()));
    const nextBase = publicBase ?? baseUrl;

    // /groups?$filter=…
    if (path === '/groups') {
      if (!hasScope(GROUP_SCOPES)) return graphError(response, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      const filter = query['$filter'] ?? '';
      const visible = data.groups.filter((group) => !group.hidden);
      let found: FakeGroup[];
      const mail = literalAfter(filter, /^\s*mail\s+eq/);
      const proxy = literalAfter(filter, /proxyAddresses\/any\(\s*\w+\s*:\s*\w+\s+eq/);
      const name = literalAfter(filter, /^\s*displayName\s+eq/);
      if (mail !== undefined) found = visible.filter((group) => group.mail?.toLowerCase() === mail.toLowerCase());
      else if (proxy !== undefined) found = visible.filter((group) => (group.proxyAddresses ?? []).some((address) => address.toLowerCase() === proxy.toLowerCase()));
      else if (name !== undefined) found = visible.filter((group) => group.displayName.toLowerCase() === name.toLowerCase());
      else return graphError(response, 400, 'Request_UnsupportedQuery', `The fake does not understand this filter: ${filter}`);
      const top = Number(query['$top'] ?? 100);
      return send(response, 200, {
        '@odata.context': `${nextBase}/$metadata#groups`,
        value: found.slice(0, top).map(({ owners: _owners, hidden: _hidden, ...group }) => pick(group, query['$select'])),
      });
    }

    // /groups/{id}/owners
    const owners = /^\/groups\/([^/]+)\/owners$/.exec(path);
    if (owners) {
      if (!hasScope(GROUP_SCOPES)) return graphError(response, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      const group = data.groups.find((candidate) => candidate.id === owners[1] && !candidate.hidden);
      if (!group) return graphError(response, 404, 'Request_ResourceNotFound', `Resource '${owners[1]}' does not exist or one of its queried reference-property objects are not present.`);
      const people = (group.owners ?? []).map((id) => data.users.find((user) => user.id === id)).filter((user): user is FakeUser => !!user);
      const skip = Number(query['$skiptoken'] ?? 0);
      const page = people.slice(skip, skip + ownersPageSize);
      const next = skip + ownersPageSize < people.length ? `${nextBase}/groups/${group.id}/owners?${new URLSearchParams({ ...(query['$select'] ? { $select: query['$select'] } : {}), $skiptoken: String(skip + ownersPageSize) }).toString()}` : undefined;
      return send(response, 200, {
        '@odata.context': `${nextBase}/$metadata#directoryObjects`,
        value: page.map(({ photo: _photo, ...user }) => ({ '@odata.type': '#microsoft.graph.user', ...pick(user, query['$select']) })),
        ...(next ? { '@odata.nextLink': next } : {}),
      });
    }

    // /users/{id}/photos/48x48/$value
    const photoMatch = /^\/users\/([^/]+)\/photos\/48x48\/\$value$/.exec(path);
    if (photoMatch) {
      if (!hasScope(USER_SCOPES)) return graphError(response, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      const user = data.users.find((candidate) => candidate.id === photoMatch[1]);
      if (!user?.photo) return graphError(response, 404, 'ImageNotFound', 'Exception of type \'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException\' was thrown.');
      response.writeHead(200, { 'content-type': 'image/png', 'content-length': String(photo.length) });
      response.end(photo);
      return;
    }

    // POST /me/getMailTips (https://learn.microsoft.com/graph/api/user-getmailtips)
    if (path === '/me/getMailTips') {
      if (!hasScope(MAIL_SCOPES)) return graphError(response, 403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
      return mailTips(response, entry.contentType, entry.body);
    }

    // /me/messages…
    if (path === '/me/messages' || path.startsWith('/me/messages/')) {
      if (!hasScope(MAIL_SCOPES)) return graphError(response, 403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
      if (path === '/me/messages') return listMessages(response, query, nextBase);
      const value = /^\/me\/messages\/([^/]+)\/\$value$/.exec(path);
      const single = /^\/me\/messages\/([^/]+)$/.exec(path);
      const id = value?.[1] ?? single?.[1];
      const message = data.messages.find((candidate) => candidate.id === id);
      if (!message) return graphError(response, 404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
      if (value) {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end(message.mime);
        return;
      }
      const asText = /outlook\.body-content-type\s*=\s*"?text"?/i.test(String(request.headers['prefer'] ?? ''));
      const body = asText ? { contentType: 'text', content: message.bodyText } : { contentType: 'html', content: `<html><body><pre>${message.bodyText.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre></body></html>` };
      return send(response, 200, pick({ id: message.id, subject: message.subject, receivedDateTime: message.receivedDateTime, bodyPreview: message.bodyPreview, body }, query['$select'] ? `id,${query['$select']}` : undefined));
    }

    return graphError(response, 404, 'BadRequest', `Resource not found for the segment '${path}'.`);
  }

  /** The answer to getMailTips: one entry per address asked, in order, with the MailTips asked for. */
  function mailTips(response: ServerResponse, contentType: string | undefined, body: unknown): void {
    if (!/^application\/json\b/i.test(contentType ?? '')) return graphError(response, 415, 'UnsupportedMediaType', 'The request body must be JSON.');
    // Graph reads action parameters case-insensitively (the page writes them `EmailAddresses`, `MailTipsOptions`).
    const parameter = (name: string): unknown =>
      body && typeof body === 'object' ? Object.entries(body).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1] : undefined;
    const addresses = parameter('EmailAddresses');
    const options = parameter('MailTipsOptions');
    if (!Array.isArray(addresses) || addresses.some((address) => typeof address !== 'string') || typeof options !== 'string') {
      return graphError(response, 400, 'BadRequest', 'EmailAddresses (a list of addresses) and MailTipsOptions are required.');
    }
    const asked = new Set(options.split(',').map((option) => option.trim().toLowerCase()).filter(Boolean));
    const known = new Set(['automaticreplies', 'mailboxfullstatus', 'custommailtip', 'externalmembercount', 'totalmembercount', 'maxmessagesize', 'deliveryrestriction', 'moderationstatus', 'recipientscope', 'recipientsuggestions']);
    const unknown = [...asked].find((option) => !known.has(option));
    if (unknown) return graphError(response, 400, 'BadRequest', `Requested value '${unknown}' was not found.`);
    return send(response, 200, {
      '@odata.context': `${baseUrl}/$metadata#Collection(microsoft.graph.mailTips)`,
      value: (addresses as string[]).map((address) => {
        const tip = data.mailTips?.[address.trim().toLowerCase()];
        if (tip?.error) return { emailAddress: { address }, error: tip.error };
        return {
          emailAddress: { address },
          ...(asked.has('deliveryrestriction') && tip?.deliveryRestricted !== undefined ? { deliveryRestricted: tip.deliveryRestricted } : {}),
          ...(asked.has('moderationstatus') && tip?.isModerated !== undefined ? { isModerated: tip.isModerated } : {}),
        };
      }),
    });
  }

  function listMessages(response: ServerResponse, query: Record<string, string>, nextBase: string): void {
    const filter = query['$filter'] ?? '';
    const orderBy = query['$orderby'];
    // Graph: a property in $orderby must also be the first one in $filter, or the mailbox refuses the query.
    if (orderBy && filter && !filter.trim().toLowerCase().startsWith(orderBy.split(' ')[0]?.toLowerCase() ?? '')) {
      return graphError(response, 400, 'InefficientFilter', 'The restriction or sort order is too complex for this operation.');
    }
    const since = /receivedDateTime\s+ge\s+(\S+)/i.exec(filter)?.[1];
    const messageClass = /singleValueExtendedProperties\/Any\(\s*ep:\s*ep\/id eq 'String 0x001A' and ep\/value eq '((?:[^']|'')*)'\)/i.exec(filter)?.[1];
    const prefixes = startsWithList(filter);
    let found = data.messages.filter((message) => !since || Date.parse(message.receivedDateTime) >= Date.parse(since));
    if (messageClass !== undefined) found = found.filter((message) => message.messageClass.toLowerCase() === messageClass.toLowerCase());
    if (prefixes.length > 0) found = found.filter((message) => prefixes.some((prefix) => message.subject.toLowerCase().startsWith(prefix.toLowerCase())));
    if (filter && messageClass === undefined && prefixes.length === 0 && !since) {
      return graphError(response, 400, 'BadRequest', `The fake does not understand this filter: ${filter}`);
    }
    if (orderBy) found = [...found].sort((a, b) => Date.parse(b.receivedDateTime) - Date.parse(a.receivedDateTime));
    const top = Number(query['$top'] ?? 10);
    const skip = Number(query['$skip'] ?? 0);
    const page = found.slice(skip, skip + top);
    const expand = (query['$expand'] ?? '').includes('singleValueExtendedProperties');
    const nextQuery = new URLSearchParams({ ...query, $skip: String(skip + top) });
    return send(response, 200, {
      '@odata.context': `${nextBase}/$metadata#users('me')/messages`,
      value: page.map((message) => ({
        '@odata.etag': `W/"${message.id}"`,
        ...pick({ id: message.id, subject: message.subject, receivedDateTime: message.receivedDateTime, bodyPreview: message.bodyPreview }, query['$select']),
        // Graph writes the id back in its own normal form.
        ...(expand ? { singleValueExtendedProperties: [{ id: 'String 0x1a', value: message.messageClass }] } : {}),
      })),
      ...(skip + top < found.length ? { '@odata.nextLink': `${nextBase}/me/messages?${nextQuery.toString()}` } : {}),
    });
  }

  return {
    origin,
    baseUrl,
    data,
    requests,
    fault(match, fault) {
      faults.push({ match, fault, hits: 0 });
    },
    clearFaults() {
      faults.length = 0;
    },
    setPublicBaseUrl(url) {
      publicBase = url;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
