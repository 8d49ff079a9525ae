// Types for policy.mjs (plain JavaScript so that Node and webpack run it without a build step).
export declare const OFFICE_CDN: string;
export declare const GRAPH_ORIGIN: string;
export declare const LOGIN_ORIGIN: string;
export declare const EMPTY_INLINE_STYLE: string;
export declare const FRAME_ANCESTORS: readonly string[];
export declare function contentSecurityPolicy(options: { graph: boolean }): string;
export declare function securityHeaders(options: { graph: boolean }): Record<string, string>;
export declare const CACHE: { readonly revalidate: string; readonly immutable: string; readonly icons: string };
export interface CacheRule {
  /** Below the base URL; a folder ends in `/`. */
  path: string;
  /** Everything under `path` (a folder), or exactly that file. */
  prefix: boolean;
  cacheControl: string;
}
export declare const OWNERS_FILE: string;
export interface ContentTypeRule {
  /** Exactly this file below the base URL. */
  path: string;
  /** Its extension, for hosts that map types by extension (Azure Static Web Apps, IIS). */
  extension: string;
  contentType: string;
}
export declare const CONTENT_TYPES: readonly ContentTypeRule[];
export declare function contentTypeFor(relativePath: string): string | undefined;
export declare const CACHE_RULES: readonly CacheRule[];
export declare function cacheControlFor(relativePath: string): string | undefined;
export declare function headersFor(relativePath: string, options: { graph: boolean }): Record<string, string>;
