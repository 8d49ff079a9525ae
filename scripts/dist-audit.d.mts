// Types for dist-audit.mjs (plain JavaScript so that Node and webpack run it without a build step).
/** "http://…" strings that are names, never fetched, with the reason each may appear in a build. */
export declare const ALLOWED_HTTP: ReadonlyMap<string, string>;
export declare function sampleHttpTokens(samplesDir: string): Set<string>;
/** Every file under `dir`, relative, with `/`, sorted. */
export declare function listFiles(dir: string): string[];
/** The files that go to the web host (the zip): all but cli/, manifest.xml and source maps. */
export declare function webRootFiles(dir: string): string[];
export declare function auditDist(dir: string, options: { samplesDir: string; skip?: string[] }): { problems: string[]; allowed: Map<string, number> };
