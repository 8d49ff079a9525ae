/**
 * Whether the Microsoft Graph features are on, and their services when they are.
 *
 * On only when the admin built with `GRAPH_CLIENT_ID` (config.graphClientId) AND Outlook
 * reports `NestedAppAuth` 1.1 (`host.supports('nested-app-auth')`). Otherwise nothing
 * changes: no owner directory (the card shows Outlook's own steps), no "Recent bounces",
 * no "Check again" on a restricted group,
 * and neither our Graph code nor MSAL is downloaded: src/graph/ is loaded here with
 * `import()` (its own chunk), and MSAL only at the first sign-in (token-source.ts).
 */
import type { TokenSource } from '../graph/token-source';
import type { MailHost } from '../office/host';
import type { AppProps } from './App';
import type { BounceDoctorConfig } from './config';

export type GraphAppProps = Pick<AppProps, 'ownerDirectory' | 'recentBounceSource' | 'deliveryCheck'>;

export function graphEnabled(config: BounceDoctorConfig, host: MailHost): boolean {
  return config.graphClientId !== '' && host.supports('nested-app-auth');
}

export interface GraphServicesOverrides {
  /** Default: nested app authentication through MSAL. */
  tokens?: TokenSource;
  /** Default: https://graph.microsoft.com/v1.0. */
  baseUrl?: string;
}

export async function graphServicesFor(host: MailHost, config: BounceDoctorConfig, overrides: GraphServicesOverrides = {}): Promise<GraphAppProps | undefined> {
  if (!graphEnabled(config, host)) return undefined;
  const graph = await import(/* webpackChunkName: "graph" */ '../graph');
  const services = graph.createGraphServices({
    tokens: overrides.tokens ?? graph.createNaaTokenSource({ clientId: config.graphClientId }),
    ...(overrides.baseUrl ? { baseUrl: overrides.baseUrl } : {}),
  });
  return { ownerDirectory: services.ownerDirectory, recentBounceSource: services.recentBounces, deliveryCheck: services.deliveryCheck };
}
