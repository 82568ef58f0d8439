import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../../server/src/common/settings';
import { createLanguageService } from '../../server/src/service/languageService';
import { commentSuppressions, ruleIdList } from '../../server/src/service/suppressions';

const svc = createLanguageService();
let n = 0;
const yaml = (text: string) => TextDocument.create(`file:///sup/t${++n}.yaml`, 'yaml', 1, text);
const jsonc = (text: string) => TextDocument.create(`file:///sup/t${++n}.json`, 'jsonc', 1, text);
const ids = (d: TextDocument) => svc.findings(d, DEFAULT_SETTINGS).map((f) => f.ruleId);

const TEMPLATE = `Resources:
  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: 256
      Memory: 512
      ContainerDefinitions:
        - Name: app
          Image: nginx
`;

describe('suppressions', () => {
  it('reads rule id lists with or without the fargate/ prefix', () => {
    assert.deepStrictEqual(ruleIdList('root-user, fargate/image-tag  writable-root-filesystem'), ['fargate/root-user', 'fargate/image-tag', 'fargate/writable-root-filesystem']);
    assert.deepStrictEqual(commentSuppressions('{"a": "# fargate-disable root-user"}'), [], 'a directive inside a string value does not count');
  });

  it('a YAML next-line directive suppresses that line only; the file-level one the whole file', () => {
    const plain = ids(yaml(TEMPLATE));
    assert.ok(plain.includes('fargate/root-user') && plain.includes('fargate/image-tag') && plain.includes('fargate/writable-root-filesystem'));
    const next = ids(yaml(TEMPLATE.replace('        - Name: app', '        # fargate-disable-next-line root-user\n        - Name: app')));
    assert.ok(!next.includes('fargate/root-user'));
    assert.ok(next.includes('fargate/image-tag'));
    const file = ids(yaml('# fargate-disable image-tag, writable-root-filesystem\n' + TEMPLATE));
    assert.ok(!file.includes('fargate/image-tag') && !file.includes('fargate/writable-root-filesystem'));
    assert.ok(file.includes('fargate/root-user'));
  });

  it('resource Metadata suppresses within that resource (also the cfn-lint-like config form)', () => {
    const withMeta = TEMPLATE.replace('    Properties:', '    Metadata:\n      fargate:\n        ignore: [image-tag]\n    Properties:');
    assert.ok(!ids(yaml(withMeta)).includes('fargate/image-tag'));
    const cfg = TEMPLATE.replace('    Properties:', '    Metadata:\n      fargate-lint:\n        config:\n          ignore_checks: [fargate/root-user]\n    Properties:');
    assert.ok(!ids(yaml(cfg)).includes('fargate/root-user'));
  });

  it('JSONC comments suppress in plain task definitions, and hovers show what was suppressed', () => {
    const text = `{
  "family": "web",
  "containerDefinitions": [
    // fargate-disable-next-line image-tag
    { "name": "app", "image": "nginx", "essential": true }
  ]
}`;
    const d = jsonc(text);
    assert.ok(!ids(d).includes('fargate/image-tag'));
    const sup = svc.suppressed(d, DEFAULT_SETTINGS);
    assert.deepStrictEqual(sup.map((s) => [s.finding.ruleId, s.by.source]), [['fargate/image-tag', 'comment on line 4']]);
    const h = svc.hover(d, d.positionAt(text.indexOf('"nginx"') + 2), DEFAULT_SETTINGS);
    const md = h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
    assert.match(md, /Suppressed: `fargate\/image-tag` \(comment on line 4\)/);
  });

  it('syntax errors are never suppressed', () => {
    assert.ok(ids(jsonc('// fargate-disable\n{"family": "web", "containerDefinitions": [')).includes('fargate/json-syntax'));
  });
});

describe('fargate-lint on templates', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('fs') as typeof import('fs');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const os = require('os') as typeof import('os');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const path = require('path') as typeof import('path');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runCli } = require('../../server/src/cli/run') as typeof import('../../server/src/cli/run');
  async function run(args: string[], cwd: string) {
    let stdout = '';
    const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: () => undefined, cwd, isTTY: false, env: {} });
    return { code, stdout };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fargate-cfn-'));
  fs.mkdirSync(path.join(dir, 'cdk.out'));
  fs.writeFileSync(path.join(dir, 'cdk.out', 'Stack.template.json'), JSON.stringify({ Resources: { TaskDef1: { Type: 'AWS::ECS::TaskDefinition', Metadata: { 'aws:cdk:path': 'Stack/TaskDef/Resource' }, Properties: { RequiresCompatibilities: ['FARGATE'], NetworkMode: 'awsvpc', Cpu: '256', Memory: '4096', ContainerDefinitions: [{ Name: 'web', Image: 'nginx:1.25', Essential: true }] } } } }, null, 1));
  fs.writeFileSync(path.join(dir, 'cdk.out', 'manifest.json'), JSON.stringify({ version: '36.0.0', artifacts: {} }));
  fs.writeFileSync(path.join(dir, 'stack.template'), TEMPLATE.replace('          Image: nginx', '          # fargate-disable-next-line image-tag\n          Image: nginx'));

  it('lints a cdk.out folder and *.template files, with SARIF, and lists what was suppressed', async () => {
    const json = await run(['-f', 'json', '--list-suppressed', '.'], dir);
    const problems = JSON.parse(json.stdout) as { file: string; code: string; line: number; suppressedBy?: string }[];
    const size = problems.find((p) => p.code === 'fargate/task-size');
    assert.ok(size && size.file === 'cdk.out/Stack.template.json', JSON.stringify(problems));
    assert.strictEqual(json.code, 1);
    assert.ok(problems.some((p) => p.file === 'stack.template' && p.code === 'fargate/root-user' && !p.suppressedBy));
    const sarif = JSON.parse((await run(['-f', 'sarif', '--list-suppressed', '.'], dir)).stdout);
    const results = sarif.runs[0].results as { ruleId: string; suppressions?: unknown[] }[];
    assert.ok(results.some((r) => r.ruleId === 'fargate/task-size'));
    assert.ok(results.some((r) => r.ruleId === 'fargate/image-tag' && Array.isArray(r.suppressions)), 'suppressed findings carry SARIF suppressions');
    assert.ok(!problems.some((p) => p.file === 'cdk.out/manifest.json'), 'the manifest is no ECS document');
  });
});
