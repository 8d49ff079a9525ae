/**
 * Set at build time by webpack's DefinePlugin (see webpack.config.js). Absent in
 * tests and anywhere the define did not run, so read it through
 * `src/taskpane/config.ts`, which checks `typeof` first.
 */
interface BounceDoctorBuildConfig {
  /** The add-in's version, e.g. `0.1.0`. */
  version?: string;
  /** Where "Send to IT" writes to; empty when the tenant admin set none. */
  helpdeskEmail?: string;
  /** Entra app (client) id that turns on the Microsoft Graph features; empty when not set. */
  graphClientId?: string;
}

declare const __BOUNCE_DOCTOR_CONFIG__: BounceDoctorBuildConfig | undefined;
