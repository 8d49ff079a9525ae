/**
 * Microsoft Graph for the task pane, through nested app authentication:
 * the owners of a restricted group, the user's recent bounces, and whether
 * the group accepts the user's messages now (MailTips, "Check again").
 *
 * Switched on only when the build has `GRAPH_CLIENT_ID` and Outlook reports
 * `NestedAppAuth` 1.1 (src/taskpane/graph-services.ts decides). Seams:
 * `TokenSource` (token-source.ts) for sign-in, the base URL and `fetch` for Graph.
 */
import { GraphClient, type GraphClientOptions } from './graph-client';
import { GraphOwnerDirectory } from './graph-owner-directory';
import { GraphDeliveryCheck } from './mail-tips';
import { GraphRecentBounces, type RecentBouncesOptions } from './recent-bounces';
import type { TokenSource } from './token-source';

export { adminConsentUrl, naaRedirectUri } from './consent';
export { GraphClient, GraphError, GRAPH_BASE_URL } from './graph-client';
export { GraphOwnerDirectory } from './graph-owner-directory';
export { GraphDeliveryCheck, getDeliveryTips, type DeliveryTips } from './mail-tips';
export { graphProblemOf, needsClickToSignIn, type GraphProblem } from './problem';
export { GraphProblemError, problemOf } from './problem-error';
export { GraphRecentBounces, RecentBounceListing, type RecentBounce, type RecentBounceCursor, type RecentBounceSource } from './recent-bounces';
export { SCOPES } from './scopes';
export { createNaaTokenSource, TokenError, type TokenSource } from './token-source';

export interface GraphServices {
  ownerDirectory: GraphOwnerDirectory;
  recentBounces: GraphRecentBounces;
  deliveryCheck: GraphDeliveryCheck;
}

export interface GraphServicesOptions extends Omit<GraphClientOptions, 'tokens'> {
  tokens: TokenSource;
  recent?: RecentBouncesOptions;
}

export function createGraphServices(options: GraphServicesOptions): GraphServices {
  const { recent, ...clientOptions } = options;
  const client = new GraphClient(clientOptions);
  return {
    ownerDirectory: new GraphOwnerDirectory(client),
    recentBounces: new GraphRecentBounces(client, recent),
    deliveryCheck: new GraphDeliveryCheck(client),
  };
}
