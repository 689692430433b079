// Bundles the Electron main process and the preload into dist/ (`npm run build:shell`).
// - main: ESM, our code bundled, npm packages left to node_modules (native ones are
//   rebuilt for Electron by electron-builder). Code that finds files next to itself
//   (import.meta.url/dirname: locales, fonts) keeps its source location, mapped onto the
//   unpacked tree when packaged, so those files must be in the builder's asarUnpack.
// - preload: one CommonJS file with everything inlined: a sandboxed preload can require
//   only 'electron' and a few built-ins.
import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BridgeChannel } from '../electron/bridge/contract';

export const appRoot = fileURLToPath(new URL('..', import.meta.url));

const toPosix = (path: string): string => path.split(sep).join('/');

/** Rewrites import.meta.{url,dirname,filename} in our sources to the module's original place. */
export function keepModuleLocation(root: string): Plugin {
  return {
    name: 'keep-module-location',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta')) return undefined;
        const file = JSON.stringify(toPosix(relative(root, args.path)));
        const dir = JSON.stringify(toPosix(relative(root, dirname(args.path))));
        const contents = source
          .replaceAll('import.meta.dirname', `__kioskPath(${dir})`)
          .replaceAll('import.meta.filename', `__kioskPath(${file})`)
          .replaceAll('import.meta.url', `__kioskUrl(${file})`);
        return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}

/**
 * The preload needs only the channel names from the bridge contract, whose zod schemas would
 * add most of a megabyte to every page load. The names are taken from the contract itself at
 * build time (one source of truth); importing anything else from it fails the build.
 */
export function bridgeChannelsOnly(): Plugin {
  return {
    name: 'bridge-channels-only',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /\/bridge\/contract$/ }, (args) => ({ path: args.path, namespace: 'bridge-channels' }));
      pluginBuild.onLoad({ filter: /.*/, namespace: 'bridge-channels' }, () => ({
        contents: `export const BridgeChannel = ${JSON.stringify(BridgeChannel)};`,
        loader: 'js',
      }));
    },
  };
}

/** Defines the helpers the plugin calls; `depth` is how far the bundle sits below the app root. */
export function moduleLocationBanner(depth: number): string {
  return [
    "import { fileURLToPath as __kioskToPath, pathToFileURL as __kioskToUrl } from 'node:url';",
    "import { join as __kioskJoin } from 'node:path';",
    `const __kioskBundleRoot = __kioskJoin(__kioskToPath(new URL('.', import.meta.url)), ${JSON.stringify('../'.repeat(depth))});`,
    // Native readers (fonts) cannot open files inside app.asar: point at the unpacked copy.
    "const __kioskRoot = /app\\.asar[\\\\/]?$/.test(__kioskBundleRoot) ? __kioskBundleRoot.replace(/app\\.asar([\\\\/]?)$/, 'app.asar.unpacked$1') : __kioskBundleRoot;",
    'const __kioskPath = (rel) => __kioskJoin(__kioskRoot, rel);',
    'const __kioskUrl = (rel) => __kioskToUrl(__kioskJoin(__kioskRoot, rel)).href;',
  ].join('\n');
}

/** Where the bundles live inside the app, whatever folder they are written to. */
export const shellHome = join('dist', 'electron', 'shell');

export async function bundleShell(root: string = appRoot, outDir: string = join(root, shellHome)): Promise<{ main: string; preload: string }> {
  const depth = shellHome.split(sep).length;
  await build({
    entryPoints: [join(root, 'electron', 'shell', 'main.ts')],
    outfile: join(outDir, 'main.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    sourcemap: 'linked',
    banner: { js: moduleLocationBanner(depth) },
    plugins: [keepModuleLocation(root)],
    logLevel: 'warning',
  });
  await build({
    entryPoints: [join(root, 'electron', 'shell', 'preload.ts')],
    outfile: join(outDir, 'preload.cjs'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'chrome130',
    external: ['electron'],
    plugins: [bridgeChannelsOnly()],
    logLevel: 'warning',
  });
  return { main: join(outDir, 'main.js'), preload: join(outDir, 'preload.cjs') };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { main, preload } = await bundleShell();
  console.log(`bundled ${relative(appRoot, main)} and ${relative(appRoot, preload)}`);
}
