// Types for stamp.mjs (plain JavaScript so that Node and webpack run it without a build step).
export declare const DEV_BASE_URL: string;
export declare const PRODUCTION_ID: string;
export declare class BaseUrlError extends Error {}
/** The https base URL ending in `/`; throws BaseUrlError with a one-line message otherwise. */
export declare function normalizeBaseUrl(raw: string | undefined): string;
/** The single <Id> of a manifest; throws when there is not exactly one. */
export declare function readManifestId(xml: string): string;
/** The production manifest for `baseUrl`, from the development manifest's text; <Version> from `packageVersion` when given. */
export declare function stampProductionManifest(devXml: string, baseUrl: string, options?: { packageVersion?: string }): string;
/** The manifest's text with <Version> set to `packageVersion`.0; throws unless there is exactly one <Version>. */
export declare function setManifestVersion(xml: string, packageVersion: string): string;
/** `X.Y.Z` → `X.Y.Z.0`; throws for anything else. */
export declare function manifestVersion(packageVersion: string): string;
