// Types for check.mjs (plain JavaScript so that Node and webpack run it without a build step).
export interface CheckOptions {
  /** Development: URLs on https://localhost:3000/. Production: under the public base, no localhost. */
  kind: 'development' | 'production';
  /** Every URL in the manifest must start with this (ending in `/`). */
  baseUrl: string;
  /** package.json's version (`X.Y.Z`); the manifest's <Version> must be `X.Y.Z.0`. */
  packageVersion: string;
  /** The directory that holds the files under `baseUrl` (icons are read from it). */
  filesRoot: string;
  /** Also require a file under `filesRoot` for every URL (used on dist/). */
  requireFiles?: boolean;
  /** Ids this manifest must not have (the other manifest's). */
  otherIds?: readonly string[];
}
export declare const ELEMENT_ORDER: Readonly<Record<string, readonly string[]>>;
export declare const REQUIRED_TOP_LEVEL: readonly string[];
export declare const OVERRIDE_LOCALES: readonly string[];
export declare const MIN_MAILBOX_VERSION: string;
/** Problems found, one line each, starting with the area (`order:`, `icons:` …); empty when the manifest passes. */
export declare function checkManifest(xml: string, options: CheckOptions): string[];
