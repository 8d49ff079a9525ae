// The production build the browser tests run against: a sample base URL (the
// page uses relative URLs only, so it is served from loopback as it is) and a
// helpdesk address, so "Send to IT" has somewhere to go. Every setting is given
// here (GRAPH_CLIENT_ID empty unless E2E_GRAPH_CLIENT_ID is set): the environment
// wins over .env, so a developer's .env cannot change what the tests see.
import { spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  ADDIN_BASE_URL: process.env.E2E_ADDIN_BASE_URL ?? 'https://bounce.contoso.com/',
  HELPDESK_EMAIL: process.env.E2E_HELPDESK_EMAIL ?? 'helpdesk@contoso.com',
  GRAPH_CLIENT_ID: process.env.E2E_GRAPH_CLIENT_ID ?? '',
};
const result = spawnSync(process.execPath, ['node_modules/webpack-cli/bin/cli.js', '--mode', 'production'], { env, stdio: 'inherit' });
process.exit(result.status ?? 1);
