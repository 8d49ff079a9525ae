// The hosting examples, written from the one policy (policy.mjs) for one build:
//   staticwebapp.config.json  Azure Static Web Apps reads it from the app's root      (in dist/, in the zip)
//   web.config                IIS reads it from the site's (or application's) folder  (in dist/, in the zip)
//   nginx server block        an example for /etc/nginx/conf.d/, beside the zip: never in the web root
//
// Each host serves the headers of securityHeaders() on every response, the Cache-Control
// of CACHE_RULES and the Content-Type of CONTENT_TYPES per path; test/deploy checks that
// all three say the same. A file that is not there (owners.json before the admin publishes
// it) is a plain 404 on each: none of them rewrites unknown paths to the page.
import { URL } from 'node:url';
import { CACHE_RULES, CONTENT_TYPES, securityHeaders } from './policy.mjs';

/**
 * @typedef {object} HostingSettings
 * @property {string} baseUrl  the normalized ADDIN_BASE_URL (https, ends in `/`)
 * @property {string} version  package.json's version
 * @property {boolean} graph   GRAPH_CLIENT_ID is set
 */

/** The path part of the base URL: `/` or `/bounce/`. */
export function basePath(baseUrl) {
  return new URL(baseUrl).pathname;
}

/**
 * Azure Static Web Apps: global headers for every response, one route per caching rule.
 * Routes are absolute on the site, so they carry the base URL's path (SWA serves the
 * app's files from the site root: use a base URL without a path there, see DEPLOY.md).
 * @param {HostingSettings} settings
 * @returns {string}
 */
export function staticWebAppConfig({ baseUrl, graph }) {
  const prefix = basePath(baseUrl);
  const config = {
    globalHeaders: securityHeaders({ graph }),
    routes: CACHE_RULES.map((rule) => ({
      route: `${prefix}${rule.path}${rule.prefix ? '*' : ''}`,
      headers: { 'Cache-Control': rule.cacheControl },
    })),
    // By extension (https://learn.microsoft.com/azure/static-web-apps/configuration#mime-types):
    // owners.json is the only .json the app serves (this file itself is never served).
    mimeTypes: Object.fromEntries(CONTENT_TYPES.map((rule) => [rule.extension, rule.contentType])),
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/**
 * IIS 10: HTTPS redirect (needs Microsoft's URL Rewrite module), the headers on every
 * response, and caching per folder with the built-in clientCache. Each header is removed
 * before it is added, so a server-wide default cannot turn this file into a 500.19 error.
 * @param {HostingSettings} settings
 * @returns {string}
 */
export function iisWebConfig({ baseUrl, version, graph }) {
  const headers = Object.entries(securityHeaders({ graph }))
    .map(([name, value]) => `        <remove name="${xml(name)}" />\n        <add name="${xml(name)}" value="${xml(value)}" />`)
    .join('\n');
  const locations = CACHE_RULES.map((rule) => {
    const path = rule.prefix ? rule.path.replace(/\/$/, '') : rule.path;
    // IIS maps types by extension and answers 404.3 for one it does not know; the mapping is
    // removed first so a server-wide .json mapping cannot make it a duplicate (500.19).
    const types = CONTENT_TYPES.filter((type) => type.path === rule.path).flatMap((type) => [
      `        <remove fileExtension="${xml(type.extension)}" />`,
      `        <mimeMap fileExtension="${xml(type.extension)}" mimeType="${xml(type.contentType)}" />`,
    ]);
    return [
      `  <location path="${xml(path)}">`,
      '    <system.webServer>',
      '      <staticContent>',
      `        ${iisClientCache(rule.cacheControl)}`,
      ...types,
      '      </staticContent>',
      '    </system.webServer>',
      '  </location>',
    ].join('\n');
  }).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<!--
  Bounce Doctor ${xml(version)} for ${xml(baseUrl)}: IIS settings for the folder that serves it.
  Written by \`npm run build\` (scripts/hosting/generate.mjs); change the policy there, not here.
  The HTTPS redirect needs the IIS URL Rewrite module (without it IIS answers 500.19): install
  it, or delete the <rewrite> section and bind the site to https only. docs/DEPLOY.md has more.
-->
<configuration>
  <system.webServer>
    <rewrite>
      <rules>
        <rule name="Bounce Doctor: HTTPS only" stopProcessing="true">
          <match url="(.*)" />
          <conditions>
            <add input="{HTTPS}" pattern="^OFF$" />
          </conditions>
          <action type="Redirect" url="https://{HTTP_HOST}{REQUEST_URI}" redirectType="Permanent" />
        </rule>
      </rules>
    </rewrite>
    <httpProtocol>
      <customHeaders>
${headers}
      </customHeaders>
    </httpProtocol>
  </system.webServer>
${locations}
</configuration>
`;
}

/** IIS's clientCache for one of our Cache-Control values. */
function iisClientCache(cacheControl) {
  if (cacheControl === 'no-cache') return '<clientCache cacheControlMode="DisableCache" />';
  const maxAge = /max-age=(\d+)/.exec(cacheControl);
  if (!maxAge) throw new Error(`no IIS clientCache for Cache-Control "${cacheControl}"`);
  const seconds = Number(maxAge[1]);
  const days = Math.floor(seconds / 86400);
  const rest = new Date((seconds % 86400) * 1000).toISOString().slice(11, 19);
  const custom = cacheControl
    .split(',')
    .map((part) => part.trim())
    .filter((part) => !part.startsWith('max-age='))
    .join(', ');
  return `<clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="${days}.${rest}" cacheControlCustom="${xml(custom)}" />`;
}

/**
 * nginx: an http server that only redirects, and the https server with the headers and
 * caching. `add_header` in a location replaces the server's, so every location repeats
 * the full set (`always`: error responses get them too).
 * @param {HostingSettings & { webRoot?: string, certificate?: string, certificateKey?: string }} settings
 * @returns {string}
 */
export function nginxServerBlock({ baseUrl, version, graph, webRoot = '/var/www/bounce-doctor', certificate, certificateKey }) {
  const url = new URL(baseUrl);
  const host = url.hostname;
  const port = url.port || '443';
  const prefix = url.pathname;
  const zip = `bounce-doctor-${version}.zip`;
  const security = securityHeaders({ graph });
  // The long policy once, in a variable; every location sends it.
  const csp = security['Content-Security-Policy'];
  const headerLines = (cacheControl) =>
    [...Object.entries(security), ...(cacheControl ? [['Cache-Control', cacheControl]] : [])]
      .map(([name, value]) => `        add_header ${name} ${value === csp ? '$bounce_doctor_csp' : `"${value}"`} always;`)
      .join('\n');
  // A type of our own: the file's type from its extension, and the server's `charset utf-8`
  // added to it (charset_types, https://nginx.org/en/docs/http/ngx_http_charset_module.html).
  const typeLines = (relativePath) =>
    CONTENT_TYPES.filter((type) => type.path === relativePath).flatMap((type) => {
      const [mime] = type.contentType.split(';');
      return [`        types { ${mime} ${type.extension.slice(1)}; }`, `        charset_types ${mime};`];
    });
  const location = (match, path, target, cacheControl, relativePath = '') =>
    [`    location ${match} ${path} {`, `        alias ${target};`, ...typeLines(relativePath), headerLines(cacheControl), '    }'].join('\n');
  const root = webRoot.replace(/\/+$/, '');
  const locations = [
    location('^~', prefix, `${root}/`, undefined),
    ...CACHE_RULES.map((rule) =>
      rule.prefix
        ? location('^~', `${prefix}${rule.path}`, `${root}/${rule.path}`, rule.cacheControl)
        : location('=', `${prefix}${rule.path}`, `${root}/${rule.path}`, rule.cacheControl, rule.path),
    ),
    // The other hosts' settings files travel in the zip; nobody needs to download them.
    `    location = ${prefix}web.config { return 404; }`,
    `    location = ${prefix}staticwebapp.config.json { return 404; }`,
  ].join('\n\n');
  const redirect =
    port === '443'
      ? `# Plain http: only a redirect to https.
server {
    listen 80;
    listen [::]:80;
    server_name ${host};
    return 301 https://$host$request_uri;
}

`
      : '';
  return `# Bounce Doctor ${version} for ${baseUrl}: an nginx example (written by \`npm run package\`
# from scripts/hosting/policy.mjs, the same headers as staticwebapp.config.json and web.config).
#   1. Unzip ${zip} into ${root}/ (the folder the locations below point at).
#   2. Put your certificate (full chain) and its key where ssl_certificate and ssl_certificate_key say.
#   3. Save this file as /etc/nginx/conf.d/bounce-doctor.conf, then: nginx -t && systemctl reload nginx
${prefix === '/' ? '' : `# Only ${prefix} is Bounce Doctor's; put the locations in your existing server block if there is one.\n`}
${redirect}server {
    listen ${port} ssl;
    listen [::]:${port} ssl;
    server_name ${host};

    ssl_certificate     ${certificate ?? `/etc/ssl/certs/${host}.fullchain.pem`};
    ssl_certificate_key ${certificateKey ?? `/etc/ssl/private/${host}.key`};
    ssl_protocols       TLSv1.2 TLSv1.3;
    charset             utf-8;

    set $bounce_doctor_csp "${csp}";

${locations}
}
`;
}

function xml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
