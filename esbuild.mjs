// Bundles the client (VS Code extension), the language server and the CLI into dist/.
// Type-checking is done separately by `tsc -b` (see package.json "build").
import * as esbuild from 'esbuild';
import * as fs from 'fs';

// The server's Node flags (server/src/common/runtime.ts) go into the bin's shebang, so that
// `fargate-language-server --stdio` runs the way the VS Code client starts it.
const serverFlags = [...fs.readFileSync('server/src/common/runtime.ts', 'utf8').matchAll(/'(--[a-z0-9-]+(?:=[^']*)?)'/g)].map((m) => m[1]);
const serverShebang = `#!/usr/bin/env -S node ${serverFlags.join(' ')}`.trimEnd();

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

// The YAML parser is only needed for appspec.yaml files: the server and the CLI load it on first use
// (server/src/service/yamlDocument.ts) from its own bundle, dist/yaml.js, so they start without parsing it.
const lazyYaml = {
  name: 'lazy-yaml',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: './yaml.js', external: true }));
  },
};
// The HCL parser (web-tree-sitter) is only needed for Terraform files: server/src/service/terraform/parser.ts requires it
// on first use from its own bundle, dist/web-tree-sitter.js, and reads the runtime and grammar .wasm files beside it.
const lazyTreeSitter = {
  name: 'lazy-tree-sitter',
  setup(build) {
    build.onResolve({ filter: /^web-tree-sitter$/ }, () => ({ path: './web-tree-sitter.js', external: true }));
    // parser.ts looks for the .wasm files in node_modules only when they are not beside the bundle (tests, out/).
    build.onResolve({ filter: /^(web-tree-sitter|@tree-sitter-grammars\/tree-sitter-hcl)\// }, (args) => ({ path: args.path, external: true }));
  },
};
const wasmFiles = [
  'node_modules/web-tree-sitter/web-tree-sitter.wasm',
  'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
];

// Hover, completion, quick fixes and their knowledge (field docs, concepts) are likewise loaded on first use
// (server/src/service/languageService.ts) from dist/features.js: linting, and start-up, never parse them.
const lazyFeatures = {
  name: 'lazy-features',
  setup(build) {
    build.onResolve({ filter: /^\.\/features$/ }, (args) =>
      args.importer.endsWith('languageService.ts') ? { path: './features.js', external: true } : undefined,
    );
  },
};
// The client's concept catalog is loaded when a view or command first needs it (client/src/catalog.ts), from
// dist/concepts.js: activation does not parse it.
const lazyConcepts = {
  name: 'lazy-concepts',
  setup(build) {
    build.onResolve({ filter: /knowledge\/concepts$/ }, (args) =>
      args.importer.endsWith('catalog.ts') && args.kind === 'require-call' ? { path: './concepts.js', external: true } : undefined,
    );
  },
};
// vscode-languageclient (most of the client by size) is loaded right after activation returns (client/src/extension.ts)
// from dist/languageClient.js: activation registers the views, commands and status item without parsing it.
const lazyLanguageClient = {
  name: 'lazy-language-client',
  setup(build) {
    build.onResolve({ filter: /^\.\/languageClient$/ }, (args) =>
      args.importer.endsWith('extension.ts') && args.kind === 'require-call' ? { path: './languageClient.js', external: true } : undefined,
    );
  },
};
// Each rule module carries its long explanation (`description`) for docs/rules.md and the CLI's SARIF output; the
// language server never shows it (diagnostics link to the AWS source instead), so the server bundle leaves it out.
// The rule modules themselves stay whole; a rule whose metadata this cannot find stops the build.
const ruleModule = /[\\/]server[\\/]src[\\/]service[\\/]rules[\\/][a-z0-9-]+\.ts$/;
const DESCRIPTION = /\n(\s*)description:\s*[\s\S]*?,\n(\s*)source:/;
const withoutRuleDescriptions = {
  name: 'without-rule-descriptions',
  setup(build) {
    build.onLoad({ filter: ruleModule }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      if (!/^export default defineRule\(/m.test(text)) return undefined;
      if (!DESCRIPTION.test(text)) throw new Error(`${args.path}: no "description: ..., source:" in the rule metadata`);
      return { contents: text.replace(DESCRIPTION, "\n$1description: '',\n$2source:"), loader: 'ts' };
    });
  },
};
// vscode-languageserver-protocol requires the UMD build of vscode-languageserver-types while our code imports
// its ESM build (mainFields above): one copy is enough.
const alias = { 'vscode-languageserver-types': './node_modules/vscode-languageserver-types/lib/umd/main.js' };

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], alias, plugins: [lazyConcepts, lazyLanguageClient] },
  { ...common, entryPoints: ['client/src/languageClient.ts'], outfile: 'dist/languageClient.js', external: ['vscode'], alias },
  { ...common, entryPoints: ['server/src/knowledge/concepts.ts'], outfile: 'dist/concepts.js' },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: serverShebang }, plugins: [lazyYaml, lazyTreeSitter, lazyFeatures, withoutRuleDescriptions], alias },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [lazyYaml, lazyTreeSitter, lazyFeatures], alias },
  { ...common, entryPoints: ['server/src/service/features.ts'], outfile: 'dist/features.js', plugins: [lazyYaml, lazyTreeSitter], alias },
  { ...common, stdin: { contents: "module.exports = require('yaml');", resolveDir: '.', sourcefile: 'yaml-entry.js' }, outfile: 'dist/yaml.js' },
  { ...common, stdin: { contents: "module.exports = require('web-tree-sitter');", resolveDir: '.', sourcefile: 'web-tree-sitter-entry.js' }, outfile: 'dist/web-tree-sitter.js' },
];

/** The .wasm files the Terraform parser reads at run time, beside the bundles. */
function copyWasm() {
  fs.mkdirSync('dist', { recursive: true });
  for (const f of wasmFiles) fs.copyFileSync(f, `dist/${f.slice(f.lastIndexOf('/') + 1)}`);
}

if (watch) {
  for (const b of builds) {
    const ctx = await esbuild.context(b);
    await ctx.watch();
  }
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
copyWasm();
