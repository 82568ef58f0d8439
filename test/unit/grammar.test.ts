import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../helpers/paths';

interface Pattern {
  name?: string;
  match?: string;
  include?: string;
  patterns?: Pattern[];
  captures?: Record<string, { name: string }>;
}
interface Grammar {
  scopeName: string;
  injectionSelector: string;
  patterns: Pattern[];
  repository: Record<string, Pattern>;
}

const root = REPO_ROOT;
const grammarPath = path.join(root, 'syntaxes/fargate-injection.tmLanguage.json');
const grammar = JSON.parse(fs.readFileSync(grammarPath, 'utf8')) as Grammar;

/** All match patterns in the order a TextMate engine tries them. */
function patterns(): Pattern[] {
  const out: Pattern[] = [];
  const visit = (p: Pattern): void => {
    if (p.include) visit(grammar.repository[p.include.slice(1)]);
    else if (p.patterns) p.patterns.forEach(visit);
    else out.push(p);
  };
  grammar.patterns.forEach(visit);
  return out;
}

/** First match in `text` like a TextMate engine would (earliest position, then pattern order). */
function firstMatch(text: string): { scope: string; match: RegExpExecArray } | undefined {
  let best: { scope: string; match: RegExpExecArray } | undefined;
  for (const p of patterns()) {
    const m = new RegExp(p.match!, 'g').exec(text);
    if (m && (!best || m.index < best.match.index)) best = { scope: p.name!, match: m };
  }
  return best;
}

describe('injection grammar (regexes as JS RegExp)', () => {
  it('is contributed and injected into JSON, JSONC and YAML strings only', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const g = (pkg.contributes.grammars as { scopeName: string; path: string; injectTo: string[] }[]).find((x) => x.scopeName === grammar.scopeName);
    assert.ok(g);
    assert.strictEqual(path.resolve(root, g.path), grammarPath);
    assert.deepStrictEqual(g.injectTo, ['source.json', 'source.json.comments', 'source.yaml']);
    for (const sel of grammar.injectionSelector.split(',').map((s) => s.trim())) assert.match(sel, /^L:string\./, sel);
  });

  it('every match compiles', () => {
    for (const p of patterns()) assert.doesNotThrow(() => new RegExp(p.match!), p.name);
  });

  const arns: [string, string][] = [
    ['arn:aws:iam::123456789012:role/ecsTaskExecutionRole', 'meta.arn.iam.fargate'],
    ['arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy', 'meta.arn.iam.fargate'],
    ['arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf:password::', 'meta.arn.secretsmanager.fargate'],
    ['arn:aws:ssm:eu-west-1:123456789012:parameter/prod/api-key', 'meta.arn.ssm.fargate'],
    ['arn:aws:ecs:us-east-1:123456789012:task-definition/web:3', 'meta.arn.ecs.fargate'],
    ['arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-blue/0123456789abcdef', 'meta.arn.elasticloadbalancing.fargate'],
    ['arn:aws:s3:::my-bucket/app.env', 'meta.arn.other.fargate'],
    ['arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web:*', 'meta.arn.other.fargate'],
    ['arn:aws-cn:ecs:cn-north-1:123456789012:cluster/prod', 'meta.arn.ecs.fargate'],
    ['arn:aws-us-gov:iam::123456789012:role/x', 'meta.arn.iam.fargate'],
  ];
  for (const [arn, scope] of arns) {
    it(`scopes ${arn.slice(0, 40)}… as ${scope}`, () => {
      const m = firstMatch(arn);
      assert.ok(m, arn);
      assert.strictEqual(m.scope, scope);
      assert.strictEqual(m.match.index, 0);
      assert.strictEqual(m.match[0], arn);
    });
  }

  it('captures the service, account and resource of an ARN', () => {
    const p = patterns().find((x) => x.name === 'meta.arn.secretsmanager.fargate')!;
    const m = new RegExp(p.match!).exec('arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf')!;
    assert.deepStrictEqual(m.slice(1), ['arn', 'aws', 'secretsmanager', 'us-east-1', '123456789012', 'secret:db-AbCdEf']);
    assert.match(p.captures!['3'].name, /^entity\.name\.type\.service\.secretsmanager/);
  });

  it('finds placeholders and ${VAR} substitutions', () => {
    assert.strictEqual(firstMatch('<TASK_DEFINITION>')?.scope, 'variable.other.placeholder.fargate');
    assert.strictEqual(firstMatch('<IMAGE1_NAME>')?.match[2], 'IMAGE1_NAME');
    const v = firstMatch('123456789012.dkr.ecr.us-east-1.amazonaws.com/web:${TAG}');
    assert.strictEqual(v?.scope, 'variable.other.substitution.fargate');
    assert.strictEqual(v?.match[2], 'TAG');
    assert.strictEqual(firstMatch('${IMAGE_TAG:-latest}')?.match[3], ':-latest');
    assert.strictEqual(firstMatch('arn:aws:iam::${ACCOUNT_ID}:role/x')?.scope, 'variable.other.substitution.fargate');
  });

  const ordinary = [
    'web', 'awsvpc', 'FARGATE', '/ecs/web', 'us-east-1', 'curl -f http://localhost:8080/health || exit 1',
    'a < b > c', '<lowercase>', '$HOME', '${}', '${1bad}', 'learn:aws:iam::123456789012:role/x', 'xarn:aws:s3:::b',
    'arn:aws', 'arn:aws:iam', 'arn:aws:IAM::123456789012:role/x', 'sg-0123456789abcdef0', 'image:1.0.0', 'https://example.com/arn:x',
  ];
  for (const s of ordinary) {
    it(`leaves the ordinary string ${JSON.stringify(s)} alone`, () => {
      assert.strictEqual(firstMatch(s), undefined, s);
    });
  }
});

/** The parts of vscode-textmate and vscode-oniguruma used below (they are not dependencies of this project). */
interface TmGrammar {
  tokenizeLine(line: string, state: unknown): { tokens: { startIndex: number; endIndex: number; scopes: string[] }[] };
}
interface TextMate {
  INITIAL: unknown;
  Registry: new (options: {
    onigLib: Promise<unknown>;
    loadGrammar(scopeName: string): Promise<unknown>;
    getInjections(scopeName: string): string[] | undefined;
  }) => { loadGrammar(scopeName: string): Promise<TmGrammar | null> };
  parseRawGrammar(content: string, filePath: string): unknown;
}
interface Oniguruma {
  loadWASM(data: ArrayBuffer): Promise<void>;
  OnigScanner: new (sources: string[]) => unknown;
  OnigString: new (s: string) => unknown;
}

/**
 * Real tokenisation with VS Code's own TextMate engine and JSON/YAML grammars, taken from the code-server
 * download of the integration harness. Skipped when that download is absent.
 */
describe('injection grammar (VS Code TextMate engine)', () => {
  const vscodeDir = path.join(root, '.vscode-test/code-server-4.100.3/node_modules/code-server/lib/vscode');
  const available = fs.existsSync(path.join(vscodeDir, 'node_modules/vscode-textmate')) && fs.existsSync(path.join(vscodeDir, 'node_modules/vscode-oniguruma'));

  type Token = { text: string; scopes: string[] };
  let tokenize: ((scope: string, line: string) => Promise<Token[]>) | undefined;

  before(async function () {
    if (!available) {
      // `npm test` (test/runAll.mjs) installs code-server before the unit tests, so this only skips in a bare run.
      console.log(`      (skipped: VS Code's TextMate engine not found under ${path.relative(root, vscodeDir)}; run \`node test/vscode/runTests.mjs\` or \`npm test\` once to download code-server)`);
      this.skip();
    }
    const tm = require(path.join(vscodeDir, 'node_modules/vscode-textmate')) as TextMate;
    const onig = require(path.join(vscodeDir, 'node_modules/vscode-oniguruma')) as Oniguruma;
    const buf = fs.readFileSync(path.join(vscodeDir, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    const wasm = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    await onig.loadWASM(wasm);
    const files: Record<string, string> = {
      'source.json': path.join(vscodeDir, 'extensions/json/syntaxes/JSON.tmLanguage.json'),
      'source.json.comments': path.join(vscodeDir, 'extensions/json/syntaxes/JSONC.tmLanguage.json'),
      'source.yaml': path.join(vscodeDir, 'extensions/yaml/syntaxes/yaml.tmLanguage.json'),
      'fargate.injection': grammarPath,
    };
    const registry = new tm.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (s: string[]) => new onig.OnigScanner(s), createOnigString: (s: string) => new onig.OnigString(s) }),
      loadGrammar: async (scopeName: string) => {
        let file = files[scopeName];
        if (!file) {
          const yamlDir = path.join(vscodeDir, 'extensions/yaml/syntaxes');
          const candidate = fs.readdirSync(yamlDir).map((f) => path.join(yamlDir, f)).find((f) => JSON.parse(fs.readFileSync(f, 'utf8')).scopeName === scopeName);
          if (!candidate) return null;
          file = candidate;
        }
        return tm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      },
      getInjections: (scopeName: string) => (['source.json', 'source.json.comments', 'source.yaml'].includes(scopeName) ? ['fargate.injection'] : undefined),
    });
    tokenize = async (scope, line) => {
      const g = await registry.loadGrammar(scope);
      if (!g) throw new Error(`no grammar ${scope}`);
      const r = g.tokenizeLine(line, tm.INITIAL);
      return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
    };
  });

  async function scopesOf(scope: string, line: string, text: string): Promise<string[]> {
    const tokens = await tokenize!(scope, line);
    const t = tokens.find((x) => x.text === text);
    assert.ok(t, `token ${text} in ${JSON.stringify(tokens.map((x) => x.text))}`);
    return t.scopes;
  }

  it('scopes an IAM role ARN in a JSON string value', async () => {
    const s = await scopesOf('source.json', '{ "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole" }', 'iam');
    assert.ok(s.includes('meta.arn.iam.fargate'), s.join(' '));
    assert.ok(s.some((x) => x.startsWith('string.quoted.double.json')), s.join(' '));
  });

  it('scopes a Secrets Manager ARN in JSONC and a placeholder', async () => {
    const s = await scopesOf('source.json.comments', '{ "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf" } // c', 'secretsmanager');
    assert.ok(s.includes('meta.arn.secretsmanager.fargate'), s.join(' '));
    const p = await scopesOf('source.json', '{ "image": "<IMAGE1_NAME>" }', 'IMAGE1_NAME');
    assert.ok(p.includes('variable.other.placeholder.fargate'), p.join(' '));
  });

  it('does not touch property names or ordinary JSON values', async () => {
    const tokens = await tokenize!('source.json', '{ "arn:aws:iam::123456789012:role/x": "web" }');
    assert.ok(tokens.every((t) => !t.scopes.some((s) => s.endsWith('.fargate') && t.text !== '"')), JSON.stringify(tokens));
  });

  it('scopes <TASK_DEFINITION> and a target group ARN in YAML', async () => {
    const s = await scopesOf('source.yaml', '        TaskDefinition: "<TASK_DEFINITION>"', 'TASK_DEFINITION');
    assert.ok(s.includes('variable.other.placeholder.fargate'), s.join(' '));
    const u = await scopesOf('source.yaml', 'arn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef', 'elasticloadbalancing');
    assert.ok(u.includes('meta.arn.elasticloadbalancing.fargate'), u.join(' '));
  });
});
