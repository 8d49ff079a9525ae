/**
 * The build-time settings (`__BOUNCE_DOCTOR_CONFIG__`, defined by webpack),
 * read safely: in tests and in any build without the define the global does
 * not exist, and referencing it directly would throw a ReferenceError.
 */

export interface BounceDoctorConfig {
  version: string;
  /** Where "Send to IT" writes to; empty when none is configured. */
  helpdeskEmail: string;
  /** Entra app (client) id for Microsoft Graph; empty when not configured. */
  graphClientId: string;
}

export const DEFAULT_CONFIG: BounceDoctorConfig = { version: '0.0.0', helpdeskEmail: '', graphClientId: '' };

/** A bare address such as `helpdesk@contoso.com`: anything else would end up in a To line. */
const ADDRESS = /^[^\s@<>"',;]+@[^\s@<>"',;]+\.[^\s@<>"',;]+$/;

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Normalise whatever the build put in (or did not). Pure, for tests. */
export function normalizeConfig(raw: unknown): BounceDoctorConfig {
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_CONFIG };
  const record = raw as Record<string, unknown>;
  const helpdeskEmail = text(record['helpdeskEmail']);
  return {
    version: text(record['version']) || DEFAULT_CONFIG.version,
    helpdeskEmail: ADDRESS.test(helpdeskEmail) ? helpdeskEmail : '',
    graphClientId: text(record['graphClientId']),
  };
}

export function readConfig(): BounceDoctorConfig {
  return normalizeConfig(typeof __BOUNCE_DOCTOR_CONFIG__ === 'undefined' ? undefined : __BOUNCE_DOCTOR_CONFIG__);
}
