import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseTree, type ParseError } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_SETTINGS } from '../../server/src/common/settings';
import { SNIPPET_CONTEXTS, expandSnippet, loadSnippets, repoRoot, wrapSnippet } from '../helpers/snippets';
import { findings, service } from '../helpers/docs';

const snippets = loadSnippets();
let yamlCounter = 0;

function yamlFindings(text: string) {
  const d = TextDocument.create(`file:///test/appspec${++yamlCounter}.yaml`, 'yaml', 1, text);
  return service.findings(d, { ...DEFAULT_SETTINGS });
}

describe('snippets', () => {
  it('are contributed for json, jsonc and yaml', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8'));
    const contributed = (pkg.contributes.snippets as { language: string; path: string }[]).map((s) => `${s.language} ${s.path}`);
    for (const want of ['json ./snippets/fargate.code-snippets', 'jsonc ./snippets/fargate.code-snippets', 'yaml ./snippets/fargate-yaml.code-snippets']) {
      assert.ok(contributed.includes(want), `${want} in ${contributed.join(', ')}`);
    }
  });

  it('all prefixes start with fargate-, are unique per language and have a description and a test context', () => {
    assert.ok(snippets.length >= 15, `${snippets.length} snippets`);
    const seen = new Set<string>();
    for (const s of snippets) {
      assert.match(s.prefix, /^fargate-[a-z0-9-]+$/, s.name);
      assert.ok(!seen.has(`${s.language}:${s.prefix}`), `duplicate ${s.prefix}`);
      seen.add(`${s.language}:${s.prefix}`);
      assert.ok(s.description.length > 40, `${s.prefix} has a useful description`);
      assert.ok(SNIPPET_CONTEXTS[s.prefix], `${s.prefix} has a test context in test/helpers/snippets.ts`);
    }
  });

  it('covers the task, secrets, EFS, health check, logs, sidecars, blue/green and scaling', () => {
    const prefixes = snippets.map((s) => s.prefix);
    for (const p of [
      'fargate-task-definition', 'fargate-container-secrets', 'fargate-efs-volume', 'fargate-efs-mount-point', 'fargate-health-check',
      'fargate-awslogs', 'fargate-firelens-logs', 'fargate-firelens-router', 'fargate-sidecar', 'fargate-xray-sidecar', 'fargate-appspec',
      'fargate-service-codedeploy', 'fargate-codedeploy-deployment-group', 'fargate-service-blue-green', 'fargate-scaling-policy',
    ]) assert.ok(prefixes.includes(p), p);
  });

  describe('expandSnippet', () => {
    it('resolves defaults, nested placeholders, choices and mirrors', () => {
      assert.strictEqual(expandSnippet('"${1:web}" $1 ${1} ${2|a,b|} ${3:x ${1:ignored} y} $0 \\$HOME'), '"web" web web a x web y  $HOME');
    });
    it('rejects broken placeholders', () => {
      assert.throws(() => expandSnippet('${1:oops'));
      assert.throws(() => expandSnippet('${1|a,b'));
    });
  });

  for (const s of snippets) {
    describe(`${s.prefix} (${s.language})`, () => {
      const expanded = expandSnippet(s.body);

      it('expands to text with no snippet syntax left', () => {
        assert.doesNotMatch(expanded, /\$\{?\d/);
      });

      if (s.language === 'json') {
        it('is valid JSON on its own or inside its wrapper', () => {
          const full = wrapSnippet(s.prefix, expanded);
          const errors: ParseError[] = [];
          parseTree(full, errors, { allowTrailingComma: false, disallowComments: true });
          assert.deepStrictEqual(errors, [], full);
          assert.doesNotThrow(() => JSON.parse(full));
        });

        it('produces no error diagnostics once placeholders are filled', () => {
          const full = wrapSnippet(s.prefix, expanded);
          const errs = findings(full).filter((f) => f.severity === 'error');
          assert.deepStrictEqual(errs.map((f) => `${f.ruleId}: ${f.message}`), [], full);
        });
      } else {
        it('is valid YAML and lints clean as YAML and as JSON', () => {
          const value: unknown = parseYaml(expanded, { logLevel: 'error' });
          assert.ok(value && typeof value === 'object');
          // A CloudFormation template's short-form tags have no JSON twin (the plain parse drops them): YAML only.
          const template = s.prefix.startsWith('fargate-cfn-');
          const asJson = JSON.stringify(value, null, 2);
          const errs = [...yamlFindings(expanded), ...(template ? [] : findings(asJson))].filter((f) => f.severity === 'error' || (template && f.severity === 'warning'));
          assert.deepStrictEqual(errs.map((f) => `${f.ruleId}: ${f.message}`), [], expanded);
          if (template) {
            const d = TextDocument.create(`file:///test/stack${++yamlCounter}.yaml`, 'yaml', 1, expanded);
            assert.strictEqual(service.analyze(d).doc.kind, 'template');
          }
        });
      }
    });
  }

  it('the documents the snippets create are recognised as the right kind', () => {
    const kinds: Record<string, string> = {
      'fargate-task-definition': 'taskDefinition',
      'fargate-appspec': 'appspec',
      'fargate-service-codedeploy': 'service',
      'fargate-service-blue-green': 'service',
      'fargate-container-secrets': 'taskDefinition',
    };
    for (const s of snippets.filter((x) => x.language === 'json' && kinds[x.prefix])) {
      const d = TextDocument.create(`file:///test/kind-${s.prefix}.json`, 'json', 1, wrapSnippet(s.prefix, expandSnippet(s.body)));
      assert.strictEqual(service.analyze(d).doc.kind, kinds[s.prefix], s.prefix);
    }
    const yamlAppspec = snippets.find((x) => x.language === 'yaml' && x.prefix === 'fargate-appspec')!;
    const y = TextDocument.create('file:///test/kind-appspec.yaml', 'yaml', 1, expandSnippet(yamlAppspec.body));
    assert.strictEqual(service.analyze(y).doc.kind, 'appspec');
  });

  it('the CodeDeploy service gives the service one target group and the deployment group both', () => {
    const svc = JSON.parse(expandSnippet(snippets.find((s) => s.prefix === 'fargate-service-codedeploy')!.body));
    assert.strictEqual(svc.deploymentController.type, 'CODE_DEPLOY');
    assert.strictEqual(svc.loadBalancers.length, 1);
    const dg = JSON.parse(expandSnippet(snippets.find((s) => s.prefix === 'fargate-codedeploy-deployment-group')!.body));
    assert.strictEqual(dg.loadBalancerInfo.targetGroupPairInfoList[0].targetGroups.length, 2);
    assert.strictEqual(dg.deploymentStyle.deploymentType, 'BLUE_GREEN');
    const native = JSON.parse(expandSnippet(snippets.find((s) => s.prefix === 'fargate-service-blue-green')!.body));
    assert.strictEqual(native.deploymentConfiguration.strategy, 'BLUE_GREEN');
    assert.ok(native.loadBalancers[0].advancedConfiguration.alternateTargetGroupArn !== native.loadBalancers[0].targetGroupArn);
  });

  it('secrets ARNs have the 6-character suffix and a JSON key', () => {
    const c = JSON.parse(expandSnippet(snippets.find((s) => s.prefix === 'fargate-container-secrets')!.body));
    assert.match(c.secrets[0].valueFrom, /^arn:aws:secretsmanager:[a-z0-9-]+:\d{12}:secret:[\w/+=.@-]+-[A-Za-z0-9]{6}:[\w-]+::$/);
    assert.match(c.secrets[1].valueFrom, /^arn:aws:ssm:[a-z0-9-]+:\d{12}:parameter\//);
  });
});
