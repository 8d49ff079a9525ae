// Types for build-settings.mjs (plain JavaScript so that Node and webpack run it without a build step).
export declare const SETTING_NAMES: readonly ['ADDIN_BASE_URL', 'HELPDESK_EMAIL', 'GRAPH_CLIENT_ID'];
export type SettingName = (typeof SETTING_NAMES)[number];
export declare class SettingsError extends Error {
  /** One line per setting that cannot be used. */
  readonly problems: string[];
}
export interface BuildSettings {
  mode: 'production' | 'development';
  /** Normalized ADDIN_BASE_URL (production), or the dev server's https://localhost:3000/. */
  baseUrl: string;
  helpdeskEmail: string;
  graphClientId: string;
  /** GRAPH_CLIENT_ID is set. */
  graph: boolean;
  /** package.json's version, and the manifest's X.Y.Z.0 made from it. */
  version: string;
  manifestVersion: string;
  /** The .env file read, if there was one. */
  envFile: string | undefined;
  /** Where each setting came from: 'environment' or the .env file's path. */
  sources: Partial<Record<SettingName, string>>;
  /** What the build did on its own (e.g. added the trailing slash), to print. */
  notes: string[];
}
export declare function loadBuildSettings(options: {
  mode: 'production' | 'development';
  root: string;
  env?: Record<string, string | undefined>;
  envFile?: string;
}): BuildSettings;
/** The lines the build prints about what it builds. */
export declare function describeSettings(settings: BuildSettings): string[];
