/**
 * The user's own delivery reports of the last 30 days, from Microsoft Graph
 * (delegated `Mail.Read`, asked for only when the user opens the list).
 *
 * Two queries, merged newest first and de-duplicated by message id:
 * 1. by message class: `PR_MESSAGE_CLASS` (`String 0x001A`) equals `REPORT.IPM.Note.NDR`,
 *    through `singleValueExtendedProperties/Any(…)` (docs/platform-notes.md §1;
 *    https://learn.microsoft.com/graph/api/singlevaluelegacyextendedproperty-get);
 * 2. by subject prefix, for servers that send bounces as ordinary mail (`IPM.Note`):
 *    `Undeliverable:`, `Onbestelbaar:`, `Unzustellbar:`, … (docs/ndr-formats.md §6).
 *
 * Graph asks that a property in `$orderby` also appear first in `$filter`
 * (learn.microsoft.com/graph/api/user-list-messages, "Using filter and orderby in the same
 * query"), so both filters start with `receivedDateTime ge …`. When a mailbox still refuses
 * a query as too complex (400 `InefficientFilter`), that query is repeated without `$orderby`.
 *
 * Each item's code is found by the pane (RecentBounces.tsx), not here: this module fetches.
 */
import { GraphError, odataString, type GraphClient } from './graph-client';
import { graphProblemOf } from './problem';
import { GraphProblemError } from './problem-error';
import { SCOPES } from './scopes';
import type { FoundBy, RecentBounce, RecentBounceCursor, RecentBounceSource } from '../ports/recent-bounces';

export type { FoundBy, RecentBounce, RecentBounceCursor, RecentBounceSource } from '../ports/recent-bounces';

export const NDR_MESSAGE_CLASS = 'REPORT.IPM.Note.NDR';
/** MAPI `PR_MESSAGE_CLASS` as Graph names a string extended property. */
export const MESSAGE_CLASS_PROPERTY = 'String 0x001A';

/**
 * Subject prefixes for the fallback query: the common ones of the engine's list
 * (src/ndr/parse/language.ts `SUBJECT_PREFIXES`), without the colon where servers vary.
 * `startswith` on `subject` ignores case in Exchange.
 */
export const BOUNCE_SUBJECT_PREFIXES: readonly string[] = [
  'Undeliverable',
  'Undelivered Mail Returned to Sender',
  'Delivery Status Notification (Failure)',
  'Mail delivery failed',
  'Returned mail',
  'Onbestelbaar',
  'Unzustellbar',
  'Non remis',
  'Non recapitabile',
  'No se puede entregar',
  'Não entregue',
];

interface GraphMessage {
  id?: string;
  subject?: string | null;
  receivedDateTime?: string | null;
  bodyPreview?: string | null;
  singleValueExtendedProperties?: Array<{ id?: string; value?: string }>;
}

export interface RecentBouncesOptions {
  /** How far back. Default 30 days. */
  days?: number;
  /** Items per page. Default 10. */
  pageSize?: number;
  now?: () => Date;
}

export const MESSAGE_SELECT = 'id,subject,receivedDateTime,bodyPreview';

/** `2026-10-28T09:15:00Z`: Graph takes DateTimeOffset literals without quotes. */
export function graphDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export function messageClassFilter(since: Date): string {
  return (
    `receivedDateTime ge ${graphDateTime(since)} and ` +
    `singleValueExtendedProperties/Any(ep: ep/id eq ${odataString(MESSAGE_CLASS_PROPERTY)} and ep/value eq ${odataString(NDR_MESSAGE_CLASS)})`
  );
}

export function subjectFilter(since: Date): string {
  const prefixes = BOUNCE_SUBJECT_PREFIXES.map((prefix) => `startswith(subject,${odataString(prefix)})`).join(' or ');
  return `receivedDateTime ge ${graphDateTime(since)} and (${prefixes})`;
}

/** The first page's URL for one of the two queries (relative to the Graph base). */
export function recentBouncesQuery(foundBy: FoundBy, since: Date, top: number, orderBy = true): string {
  const filter = foundBy === 'message-class' ? messageClassFilter(since) : subjectFilter(since);
  const parts = [
    `$filter=${encodeURIComponent(filter)}`,
    ...(orderBy ? [`$orderby=${encodeURIComponent('receivedDateTime desc')}`] : []),
    `$select=${MESSAGE_SELECT}`,
    `$expand=${encodeURIComponent(`singleValueExtendedProperties($filter=id eq ${odataString(MESSAGE_CLASS_PROPERTY)})`)}`,
    `$top=${top}`,
  ];
  return `/me/messages?${parts.join('&')}`;
}

interface Stream {
  foundBy: FoundBy;
  /** The next page to fetch; undefined when there is none. */
  next: string | undefined;
  buffer: RecentBounce[];
  /** The first page has been fetched (a 400 on it gets one retry without $orderby). */
  started: boolean;
  orderBy: boolean;
  since: Date;
}

function toBounce(message: GraphMessage, foundBy: FoundBy): RecentBounce | undefined {
  if (!message.id || !message.receivedDateTime) return undefined;
  const isNdr = message.singleValueExtendedProperties?.some((property) => property.value?.toUpperCase() === NDR_MESSAGE_CLASS.toUpperCase());
  return {
    id: message.id,
    subject: message.subject ?? '',
    receivedDateTime: message.receivedDateTime,
    bodyPreview: message.bodyPreview ?? '',
    foundBy: isNdr ? 'message-class' : foundBy,
  };
}

const newestFirst = (a: RecentBounce, b: RecentBounce): number => Date.parse(b.receivedDateTime) - Date.parse(a.receivedDateTime);

/**
 * One walk through the user's recent bounces, a page at a time. Both queries are paged
 * by Graph; we keep what each returned beyond the page we showed, and always take the
 * newest head of the two, so the merged list stays in order across pages.
 */
export class RecentBounceListing {
  private readonly streams: Stream[];
  private readonly seen = new Set<string>();
  private readonly pageSize: number;

  constructor(
    private readonly client: GraphClient,
    options: RecentBouncesOptions = {},
  ) {
    const now = (options.now ?? (() => new Date()))();
    const since = new Date(now.getTime() - (options.days ?? 30) * 24 * 60 * 60 * 1000);
    this.pageSize = options.pageSize ?? 10;
    this.streams = (['message-class', 'subject'] as const).map((foundBy) => ({
      foundBy,
      next: recentBouncesQuery(foundBy, since, this.pageSize),
      buffer: [],
      started: false,
      orderBy: true,
      since,
    }));
  }

  /** Nothing more to load. */
  get done(): boolean {
    return this.streams.every((stream) => stream.buffer.length === 0 && stream.next === undefined);
  }

  /** The next page, newest first. Rejects (GraphError, TokenError) only when it got nothing at all. */
  async next(options: { interactive: boolean }): Promise<RecentBounce[]> {
    const page: RecentBounce[] = [];
    while (page.length < this.pageSize) {
      try {
        await Promise.all(this.streams.filter((stream) => stream.buffer.length === 0 && stream.next).map((stream) => this.fill(stream, options)));
      } catch (error) {
        if (page.length > 0) return page; // show what we have; "Load more" tries again
        throw error;
      }
      const ready = this.streams.filter((stream) => stream.buffer.length > 0);
      if (ready.length === 0) break;
      const stream = ready.reduce((best, candidate) => (newestFirst(candidate.buffer[0]!, best.buffer[0]!) < 0 ? candidate : best));
      const item = stream.buffer.shift()!;
      if (this.seen.has(item.id)) continue;
      this.seen.add(item.id);
      page.push(item);
    }
    return page;
  }

  private async fill(stream: Stream, options: { interactive: boolean }): Promise<void> {
    const url = stream.next;
    if (!url) return;
    let value: GraphMessage[];
    let nextLink: string | undefined;
    try {
      ({ value, nextLink } = await this.client.getPage<GraphMessage>(url, { scopes: [SCOPES.mail], interactive: options.interactive }));
    } catch (error) {
      if (!stream.started && error instanceof GraphError && error.kind === 'bad-request') {
        if (stream.orderBy) {
          // InefficientFilter and friends: the same query, unordered (we sort each page ourselves).
          stream.orderBy = false;
          stream.next = recentBouncesQuery(stream.foundBy, stream.since, this.pageSize, false);
          return this.fill(stream, options);
        }
        if (stream.foundBy === 'subject' && this.streams.some((other) => other !== stream)) {
          stream.next = undefined; // the fallback query is a nicety; the message-class one carries on
          return;
        }
      }
      throw error;
    }
    stream.started = true;
    const bounces = value.map((message) => toBounce(message, stream.foundBy)).filter((bounce): bounce is RecentBounce => !!bounce);
    if (!stream.orderBy) bounces.sort(newestFirst);
    stream.buffer.push(...bounces);
    stream.next = nextLink;
  }
}

function asProblem(error: unknown): GraphProblemError {
  return error instanceof GraphProblemError ? error : new GraphProblemError(graphProblemOf(error));
}

export class GraphRecentBounces implements RecentBounceSource {
  constructor(
    private readonly client: GraphClient,
    private readonly options: RecentBouncesOptions = {},
  ) {}

  list(): RecentBounceCursor {
    const listing = new RecentBounceListing(this.client, this.options);
    return {
      next: (options) =>
        listing.next(options).catch((error: unknown) => {
          throw asProblem(error);
        }),
      get done() {
        return listing.done;
      },
    };
  }

  async bodyText(id: string, options: { interactive: boolean }): Promise<string> {
    try {
      const message = await this.client.getJson<{ body?: { content?: string } }>(`/me/messages/${encodeURIComponent(id)}?$select=body`, {
        scopes: [SCOPES.mail],
        interactive: options.interactive,
        // learn.microsoft.com/graph/api/message-get: the body as text instead of HTML.
        headers: { Prefer: 'outlook.body-content-type="text"' },
      });
      return message.body?.content ?? '';
    } catch (error) {
      throw asProblem(error);
    }
  }

  async mime(id: string, options: { interactive: boolean }): Promise<string> {
    try {
      return await this.client.getText(`/me/messages/${encodeURIComponent(id)}/$value`, { scopes: [SCOPES.mail], interactive: options.interactive });
    } catch (error) {
      throw asProblem(error);
    }
  }
}
