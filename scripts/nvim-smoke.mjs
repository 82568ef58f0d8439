#!/usr/bin/env node
// Headless Neovim smoke test of the "Other editors" setup in the README: Neovim starts the language server as
// `fargate-language-server --stdio` (a shim on PATH runs dist/server.js), attaches it to json/jsonc/yaml buffers,
// and the diagnostics it shows must equal what `node dist/cli.js --format json` reports for the same file.
// Neovim 0.11+ is configured with vim.lsp.config/vim.lsp.enable exactly as in the README; older versions (0.7+)
// with vim.lsp.start_client and the same cmd and filetypes.
// Usage: npm run build && node scripts/nvim-smoke.mjs   (exit 0 ok, 1 mismatch, 2 Neovim missing or setup error)
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = path.join(root, 'dist/server.js');
const cli = path.join(root, 'dist/cli.js');
if (!fs.existsSync(server) || !fs.existsSync(cli)) {
  console.error('nvim-smoke: build first (npm run build)');
  process.exit(2);
}
const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
if (version.error || version.status !== 0) {
  console.error('nvim-smoke: nvim is not installed (e.g. apt-get install neovim)');
  process.exit(2);
}
console.log(`nvim-smoke: ${version.stdout.split('\n')[0]}`);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fargate-nvim-'));
const bin = path.join(tmp, 'bin');
fs.mkdirSync(bin);
const shim = path.join(bin, 'fargate-language-server');
fs.writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${server}" "$@"\n`, { mode: 0o755 });

const init = path.join(tmp, 'init.lua');
fs.writeFileSync(
  init,
  `
if vim.lsp.config and vim.lsp.enable then
  -- Neovim 0.11+: the README configuration.
  vim.lsp.config('fargate', {
    cmd = { 'fargate-language-server', '--stdio' },
    filetypes = { 'json', 'jsonc', 'yaml' },
    root_markers = { '.fargate-lint.json', '.git' },
  })
  vim.lsp.enable('fargate')
else
  vim.api.nvim_create_autocmd('FileType', {
    pattern = { 'json', 'jsonc', 'yaml' },
    callback = function(args)
      local id = vim.lsp.start_client({ name = 'fargate', cmd = { 'fargate-language-server', '--stdio' }, root_dir = vim.fn.getcwd() })
      vim.lsp.buf_attach_client(args.buf, id)
    end,
  })
end
function FargateSmoke(out)
  local ok = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 100)
  local rows = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(rows, { line = d.lnum + 1, column = d.col + 1, severity = d.severity, code = d.code, message = d.message })
  end
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode({ ok = ok, filetype = vim.bo.filetype, diagnostics = rows }))
  f:close()
  vim.cmd('qa!')
end
`,
);

// A YAML appspec with a problem, written next to nothing else.
const appspec = path.join(tmp, 'appspec.yaml');
fs.writeFileSync(
  appspec,
  'version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: "<TASK_DEFINITION>"\n        LoadBalancerInfo:\n          ContainerName: "web"\n          ContainerPort: "eighty"\n',
);

const files = [path.join(root, 'examples/needs-work-taskdef.json'), path.join(root, 'test/fixtures/cli/mismatch/service.json'), appspec];
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];
let failed = 0;
for (const file of files) {
  const out = path.join(tmp, 'out.json');
  fs.rmSync(out, { force: true });
  const r = spawnSync('nvim', ['--headless', '-u', init, file, '+lua FargateSmoke(' + JSON.stringify(out) + ')'], {
    cwd: path.dirname(file),
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` },
    encoding: 'utf8',
    timeout: 40000,
  });
  if (!fs.existsSync(out)) {
    console.error(`FAIL ${file}: Neovim wrote no result (status ${r.status}) ${r.stderr ?? ''}`);
    failed++;
    continue;
  }
  const got = JSON.parse(fs.readFileSync(out, 'utf8'));
  const shown = got.diagnostics.map((d) => ({ line: d.line, column: d.column, severity: SEVERITY[d.severity], code: d.code, message: d.message }));
  const c = spawnSync(process.execPath, [cli, '--format', 'json', path.basename(file)], { cwd: path.dirname(file), encoding: 'utf8' });
  const expected = JSON.parse(c.stdout).map((p) => ({ line: p.line, column: p.column, severity: p.severity, code: p.code, message: p.message }));
  const key = (x) => `${x.line}:${x.column}:${x.code}`;
  shown.sort((a, b) => key(a).localeCompare(key(b)));
  expected.sort((a, b) => key(a).localeCompare(key(b)));
  const same = JSON.stringify(shown) === JSON.stringify(expected);
  const rel = path.relative(root, file).startsWith('..') ? path.basename(file) + ' (temporary)' : path.relative(root, file);
  if (got.ok && shown.length > 0 && same) {
    console.log(`ok   ${rel} [${got.filetype}]: ${shown.length} diagnostics in Neovim = fargate-lint`);
  } else {
    failed++;
    console.error(`FAIL ${rel} [${got.filetype}]: Neovim ${JSON.stringify(shown, null, 1)}\nfargate-lint ${JSON.stringify(expected, null, 1)}`);
  }
}
fs.rmSync(tmp, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
