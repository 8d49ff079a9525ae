// Types for generate.mjs (plain JavaScript so that Node and webpack run it without a build step).
export interface HostingSettings {
  /** Normalized ADDIN_BASE_URL: https, ends in `/`. */
  baseUrl: string;
  /** package.json's version. */
  version: string;
  /** GRAPH_CLIENT_ID is set. */
  graph: boolean;
}
export declare function basePath(baseUrl: string): string;
export declare function staticWebAppConfig(settings: HostingSettings): string;
export declare function iisWebConfig(settings: HostingSettings): string;
export declare function nginxServerBlock(settings: HostingSettings & { webRoot?: string; certificate?: string; certificateKey?: string }): string;
