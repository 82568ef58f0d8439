/**
 * Where the repository and the shared reference material are, for tests that read files (compiled copies run
 * from out/test/..., sources from test/..., so paths are found by walking up, never by counting levels).
 */
import * as fs from 'fs';
import * as path from 'path';

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        if ((JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: unknown }).name === 'fargate-authoring') return dir;
      } catch {
        /* not ours: keep walking up */
      }
    }
    if (path.dirname(dir) === dir) throw new Error(`no package.json named fargate-authoring above ${start}`);
  }
}

/** The project root (the directory of the package.json named `fargate-authoring`). */
export const REPO_ROOT = findRepoRoot(__dirname);

/** The shared reference material next to the checkout (`../shared`; CI gets a copy too). */
export const SHARED_DIR = path.join(REPO_ROOT, '..', 'shared');

/**
 * The absolute path of `rel` under ../shared, or skips the calling test (or hook) and says so in the output.
 * Use as `const p = requireShared(this, 'reference/aws-ecs-api-model.json')` in a `function () {}` callback.
 */
export function requireShared(ctx: Mocha.Context, rel: string): string {
  const p = path.join(SHARED_DIR, rel);
  if (fs.existsSync(p)) return p;
  console.log(`      (skipped: ../shared/${rel} not found)`);
  ctx.skip();
  // ctx.skip() throws; this line only satisfies the type checker.
  throw new Error(`../shared/${rel} not found`);
}
