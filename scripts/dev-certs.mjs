// How the dev server serves https://localhost:3000: with office-addin-dev-certs'
// certificate, trusted if possible (Outlook only loads add-ins over trusted HTTPS).
//
// getHttpsServerOptions() creates the certificate in ~/.office-addin-dev-certs and
// trusts its CA: on Windows and macOS through a prompt, on Linux through
// `sudo update-ca-certificates` (docs/platform-notes.md §6). Where that is
// impossible (no sudo, a container, CI), the same certificate is used untrusted, and
// only if none can be made at all does the server fall back to plain http.
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import devCerts from 'office-addin-dev-certs';
// Where the package keeps the files (~/.office-addin-dev-certs); not exported from its main module.
import devCertPaths from 'office-addin-dev-certs/lib/defaults.js';

const { getHttpsServerOptions, generateCertificates, deleteCertificateFiles } = devCerts;
const { certificateDirectory, caCertificatePath, localhostCertificatePath, localhostKeyPath } = devCertPaths;

/** The certificate files if they exist and are valid for at least another hour. */
function readUsableCertificate() {
  if (![caCertificatePath, localhostCertificatePath, localhostKeyPath].every((file) => existsSync(file))) return undefined;
  const cert = readFileSync(localhostCertificatePath);
  if (Date.parse(new X509Certificate(cert).validTo) < Date.now() + 3_600_000) return undefined;
  return { ca: readFileSync(caCertificatePath), cert, key: readFileSync(localhostKeyPath) };
}

/** @param {unknown} error */
function firstLine(error) {
  return String(error instanceof Error ? error.message : error).split('\n').find((line) => line.trim()) ?? 'unknown error';
}

/**
 * webpack-dev-server's `server` option, and lines to tell the developer about it.
 * @returns {Promise<{ server: { type: 'https', options: { ca: Buffer, cert: Buffer, key: Buffer } } | { type: 'http' }, notes: string[] }>}
 */
export async function devServerTransport() {
  try {
    return { server: { type: 'https', options: await getHttpsServerOptions() }, notes: [] };
  } catch (trustError) {
    const why = firstLine(trustError);
    try {
      let options = readUsableCertificate();
      if (!options) {
        deleteCertificateFiles(certificateDirectory);
        await generateCertificates();
        options = readUsableCertificate();
      }
      if (!options) throw new Error('the certificate files were not written', { cause: trustError });
      return {
        server: { type: 'https', options },
        notes: [
          `The development certificate is not trusted on this machine (${why}).`,
          'Browsers will warn about https://localhost:3000, and Outlook will not load the add-in until it is trusted:',
          'run `npx office-addin-dev-certs install` (it needs administrator rights), or trust',
          `${caCertificatePath} in your browser.`,
        ],
      };
    } catch (certificateError) {
      return {
        server: { type: 'http' },
        notes: [
          `No development certificate could be made (${why}; then: ${firstLine(certificateError)}).`,
          'Serving http://localhost:3000 instead: the stand-alone page works in a browser, but Outlook loads add-ins over https only.',
        ],
      };
    }
  }
}
