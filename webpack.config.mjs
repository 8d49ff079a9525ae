// Builds the task pane (and the stand-alone page): src/taskpane/index.tsx → dist/taskpane.html
// plus a hashed bundle in dist/js/, the icons in dist/assets/, and dist/manifest.xml.
//
//   npm run build       production: minified; ADDIN_BASE_URL (https, not localhost) is required;
//                       dist/manifest.xml is the production manifest stamped for it (Id, URLs,
//                       Version from package.json), and dist/ gets the hosting settings
//                       staticwebapp.config.json (Azure Static Web Apps) and web.config (IIS)
//   npm run build:dev   development: readable bundle, source maps, the dev manifest as is
//   npm run dev-server  https://localhost:3000 from memory (office-addin-dev-certs); an owner
//                       directory to try the pane with: ./owners.json (gitignored) or the file
//                       OWNERS_JSON names, served at /owners.json (docs/owners-directory.md)
//
// Settings come from the environment and from .env (scripts/build-settings.mjs; the
// environment wins): ADDIN_BASE_URL, HELPDESK_EMAIL, GRAPH_CLIENT_ID (docs/DEPLOY.md
// section 2, set by the tenant admin). `--output-path <dir>` builds somewhere else than dist/ (the deploy tests do).
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';
import { SettingsError, describeSettings, loadBuildSettings } from './scripts/build-settings.mjs';
import { devServerTransport } from './scripts/dev-certs.mjs';
import { auditDist, listFiles } from './scripts/dist-audit.mjs';
import { iisWebConfig, staticWebAppConfig } from './scripts/hosting/generate.mjs';
import { checkManifest } from './scripts/manifest/check.mjs';
import { readManifestId, stampProductionManifest } from './scripts/manifest/stamp.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');

/**
 * @param {Record<string, string | boolean | undefined>} env
 * @param {{ mode?: string }} argv
 */
export default async (env, argv) => {
  const production = argv.mode !== 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  // The dev server is development whatever the mode says: it serves the localhost manifest.
  const deployable = production && !serving;

  let settings;
  try {
    settings = loadBuildSettings({ mode: deployable ? 'production' : 'development', root });
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(`build: stopped: ${error.problems.length === 1 ? 'a setting needs' : `${error.problems.length} settings need`} fixing (docs/DEPLOY.md, .env.example)`);
    for (const problem of error.problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  for (const line of describeSettings(settings)) console.log(`build: ${line}`);
  const { baseUrl } = settings;
  const devId = readManifestId(readFileSync(path.join(root, 'manifest.xml'), 'utf8'));
  const config = { version: settings.version, helpdeskEmail: settings.helpdeskEmail, graphClientId: settings.graphClientId };

  /** @type {import('webpack').Configuration & { devServer?: import('webpack-dev-server').Configuration }} */
  const webpackConfig = {
    mode: production ? 'production' : 'development',
    context: root,
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: dist,
      // js/ holds only content-hashed files in production: hosts cache it for a year (scripts/hosting/policy.mjs).
      filename: production ? 'js/[name].[contenthash:8].js' : 'js/[name].js',
      chunkFilename: production ? 'js/[name].[contenthash:8].js' : 'js/[name].js',
      // Resolved at run time from the script's own URL: the page works from any host and path.
      publicPath: 'auto',
      // dist/cli/ is the command line's bundle (npm run build:cli): not ours to delete.
      clean: { keep: (asset) => /^cli([\\/]|$)/.test(asset) },
    },
    devtool: production ? false : 'source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js'],
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.[cm]?tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                target: 'es2022',
                transform: { react: { runtime: 'automatic', development: !production } },
              },
            },
          },
        },
        // The sample gallery imports samples/*.eml as text (src/types/eml.d.ts).
        { test: /\.eml$/, type: 'asset/source' },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({ __BOUNCE_DOCTOR_CONFIG__: JSON.stringify(config) }),
      new HtmlWebpackPlugin({
        template: 'src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        // After Office.js in <head>, deferred: Office.js must load first (docs/platform-notes.md §7).
        inject: 'head',
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            ...(deployable ? { transform: (content) => stampProductionManifest(content.toString('utf8'), baseUrl, { packageVersion: settings.version }) } : {}),
          },
        ],
      }),
      ...(deployable ? [new HostingFilesPlugin(settings)] : []),
      ...(serving ? [] : [new DistCheckPlugin({ production, settings, devId })]),
    ],
    performance: {
      // Fluent UI and React are most of it; a jump past this means something heavy slipped in.
      hints: production ? 'warning' : false,
      maxEntrypointSize: 1_500_000,
      maxAssetSize: 1_500_000,
    },
    stats: 'errors-warnings',
  };

  if (serving) webpackConfig.devServer = await devServer();
  return webpackConfig;
};

/**
 * https://localhost:3000 with office-addin-dev-certs (scripts/dev-certs.mjs explains the fallbacks).
 * @returns {Promise<import('webpack-dev-server').Configuration>}
 */
async function devServer() {
  const { server, notes } = await devServerTransport();
  for (const line of notes) console.warn(`dev-server: ${line}`);
  return {
    host: 'localhost',
    port: 3000,
    server,
    // Everything comes from the compilation (taskpane.html, assets/, manifest.xml).
    static: false,
    headers: { 'Access-Control-Allow-Origin': '*' },
    hot: false,
    liveReload: true,
    client: { overlay: { errors: true, warnings: false } },
    setupMiddlewares: (middlewares) => [{ name: 'owners-json', path: '/owners.json', middleware: serveLocalOwnersFile }, ...middlewares],
  };
}

/**
 * /owners.json on the dev server, as the web host serves it: OWNERS_JSON's file or ./owners.json,
 * read on every request (edit it and reload the pane), else a plain 404 like a host without one.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
function serveLocalOwnersFile(request, response) {
  const file = process.env.OWNERS_JSON ? path.resolve(process.env.OWNERS_JSON) : path.join(root, 'owners.json');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
  } else if (!existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`No owners.json: ${file} does not exist.\n`);
  } else {
    const body = readFileSync(file);
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache', 'Content-Length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  }
}

/** The hosting examples that live in the web root: staticwebapp.config.json and web.config (scripts/hosting/). */
class HostingFilesPlugin {
  /** @param {import('./scripts/build-settings.mjs').BuildSettings} settings */
  constructor(settings) {
    this.settings = settings;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('HostingFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'HostingFilesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const { baseUrl, version, graph } = this.settings;
        compilation.emitAsset('staticwebapp.config.json', new webpack.sources.RawSource(staticWebAppConfig({ baseUrl, version, graph })));
        compilation.emitAsset('web.config', new webpack.sources.RawSource(iisWebConfig({ baseUrl, version, graph })));
      });
    });
  }
}

/**
 * After a build: the manifest passes the manifest checks (test/manifest's checker) against
 * the files actually written, and a production build says "localhost" nowhere and loads
 * nothing over http (scripts/dist-audit.mjs). Then a short summary of what was written.
 */
class DistCheckPlugin {
  /** @param {{ production: boolean, settings: import('./scripts/build-settings.mjs').BuildSettings, devId: string }} options */
  constructor({ production, settings, devId }) {
    this.production = production;
    this.settings = settings;
    this.devId = devId;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.afterEmit.tap('DistCheckPlugin', (compilation) => {
      const out = compiler.outputPath;
      const shown = path.relative(process.cwd(), out) || '.';
      const fail = (/** @type {string} */ message) => compilation.errors.push(new webpack.WebpackError(message));
      const manifestFile = path.join(out, 'manifest.xml');
      if (!existsSync(manifestFile)) {
        fail(`${shown}/manifest.xml was not written`);
        return;
      }
      const problems = checkManifest(readFileSync(manifestFile, 'utf8'), {
        kind: this.production ? 'production' : 'development',
        baseUrl: this.settings.baseUrl,
        packageVersion: this.settings.version,
        filesRoot: out,
        requireFiles: true,
        otherIds: this.production ? [this.devId] : [],
      });
      for (const problem of problems) fail(`${shown}/manifest.xml: ${problem}`);
      if (!this.production) return;
      // Read back from disk: webpack has released the assets' sources once they are emitted.
      const audit = auditDist(out, { samplesDir: path.join(root, 'samples') });
      for (const problem of audit.problems) fail(`${shown}/${problem}`);
    });
    compiler.hooks.done.tap('DistCheckPlugin', (stats) => {
      if (!this.production || stats.hasErrors()) return;
      const out = compiler.outputPath;
      const shown = path.relative(process.cwd(), out) || '.';
      const files = listFiles(out).filter((file) => !file.startsWith('cli/'));
      const scripts = files.filter((file) => file.startsWith('js/') && file.endsWith('.js'));
      const icons = files.filter((file) => file.startsWith('assets/'));
      console.log(`build: ${shown}/ is ready for ${this.settings.baseUrl}: manifest.xml (Version ${this.settings.manifestVersion}), taskpane.html, ${scripts.join(', ')}, ${icons.length} icons, staticwebapp.config.json, web.config`);
      if (out === dist) console.log('build: next: npm run package (release/: the zip for the web host, the manifest to upload, an nginx example)');
    });
  }
}
