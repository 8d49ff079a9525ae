// Builds the task pane (and the stand-alone page): src/taskpane/index.tsx → dist/taskpane.html
// plus a hashed bundle, the icons in dist/assets/, and dist/manifest.xml.
//
//   npm run build       production: minified; ADDIN_BASE_URL (https, not localhost) is required
//                       and dist/manifest.xml is the production manifest stamped for it
//   npm run build:dev   development: readable bundle, source maps, the dev manifest as is
//   npm run dev-server  https://localhost:3000 from memory (office-addin-dev-certs)
//
// Optional at build time (DESIGN.md section 1, the tenant admin): HELPDESK_EMAIL, GRAPH_CLIENT_ID.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';
import { devServerTransport } from './scripts/dev-certs.mjs';
import { checkManifest } from './scripts/manifest/check.mjs';
import { BaseUrlError, DEV_BASE_URL, normalizeBaseUrl, readManifestId, stampProductionManifest } from './scripts/manifest/stamp.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

export default async (env, argv) => {
  const production = argv.mode !== 'development';
  const serving = Boolean(env.WEBPACK_SERVE);

  let baseUrl = DEV_BASE_URL;
  if (production && !serving) {
    try {
      baseUrl = normalizeBaseUrl(process.env.ADDIN_BASE_URL);
    } catch (error) {
      if (!(error instanceof BaseUrlError)) throw error;
      console.error(`build: ${error.message}`);
      process.exit(1);
    }
  }
  const devId = readManifestId(readFileSync(path.join(root, 'manifest.xml'), 'utf8'));
  const config = buildConfig();

  /** @type {import('webpack').Configuration} */
  const webpackConfig = {
    mode: production ? 'production' : 'development',
    context: root,
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: dist,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
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
        // After Office.js in <head>, deferred: Office.js must load first (research section 7).
        inject: 'head',
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            ...(production && !serving ? { transform: (content) => stampProductionManifest(content.toString('utf8'), baseUrl) } : {}),
          },
        ],
      }),
      ...(serving ? [] : [new DistCheckPlugin({ production, baseUrl, devId })]),
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

/** What the page reads as `__BOUNCE_DOCTOR_CONFIG__` (src/taskpane/config.ts); empty strings when unset. */
function buildConfig() {
  const helpdeskEmail = (process.env.HELPDESK_EMAIL ?? '').trim();
  const graphClientId = (process.env.GRAPH_CLIENT_ID ?? '').trim();
  if (helpdeskEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(helpdeskEmail)) {
    console.warn(`build: HELPDESK_EMAIL "${helpdeskEmail}" is not an address like helpdesk@contoso.com; the task pane will ignore it`);
  }
  if (graphClientId && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(graphClientId)) {
    console.warn(`build: GRAPH_CLIENT_ID "${graphClientId}" is not an Entra application (client) id (a GUID)`);
  }
  return { version: packageJson.version, helpdeskEmail, graphClientId };
}

/** https://localhost:3000 with office-addin-dev-certs (scripts/dev-certs.mjs explains the fallbacks). */
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
  };
}

/**
 * After a build: dist/manifest.xml passes the manifest checks (test/manifest's checker)
 * against the files actually in dist/, and a production dist says "localhost" nowhere.
 */
class DistCheckPlugin {
  constructor({ production, baseUrl, devId }) {
    Object.assign(this, { production, baseUrl, devId });
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap('DistCheckPlugin', (compilation) => {
      const fail = (message) => compilation.errors.push(new webpack.WebpackError(message));
      const manifestFile = path.join(dist, 'manifest.xml');
      if (!existsSync(manifestFile)) {
        fail('dist/manifest.xml was not written');
        return;
      }
      const problems = checkManifest(readFileSync(manifestFile, 'utf8'), {
        kind: this.production ? 'production' : 'development',
        baseUrl: this.baseUrl,
        packageVersion: packageJson.version,
        filesRoot: dist,
        requireFiles: true,
        otherIds: this.production ? [this.devId] : [],
      });
      for (const problem of problems) fail(`dist/manifest.xml: ${problem}`);
      if (!this.production) return;
      // Read back from disk: webpack has released the assets' sources once they are emitted.
      for (const { name } of compilation.getAssets()) {
        if (/\.(js|html|xml|css|json|txt)$/.test(name) && readFileSync(path.join(dist, name), 'utf8').includes('localhost')) {
          fail(`dist/${name} mentions localhost; a production build must not (ADDIN_BASE_URL is ${this.baseUrl})`);
        }
      }
    });
  }
}
