// Bundles the client (VS Code extension), the language server and the CLI into dist/.
// Type-checking is done separately by `tsc -b` (see package.json "build").
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: !watch,
  sourcemap: watch ? 'inline' : false,
  // jsonc-parser ships a UMD build as "main": with esbuild's defaults it bundles and then fails at
  // start-up (Cannot find module './impl/format'). Prefer its ESM build.
  mainFields: ['module', 'main'],
  logLevel: 'info',
  legalComments: 'none',
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const b of builds) {
    const ctx = await esbuild.context(b);
    await ctx.watch();
  }
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
