import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../../server/src/common/settings';
import { applyOffsetEdits } from '../../server/src/service/codeActions';
import { createLanguageService } from '../../server/src/service/languageService';
import { parseAnyDocument } from '../../server/src/service/yamlDocument';
import { yamlScalar } from '../../server/src/service/writer';

const svc = createLanguageService();
let n = 0;

/** Applies the first quick fix of `ruleId` whose title matches `title`; returns the new text and the title. */
function fix(text: string, ruleId: string, title: RegExp, lang: 'yaml' | 'json' = 'yaml'): { text: string; title: string } {
  const d = TextDocument.create(`file:///w/t${++n}.${lang}`, lang, 1, text);
  const diag = svc.validate(d, DEFAULT_SETTINGS).find((x) => x.code === ruleId);
  assert.ok(diag, `no ${ruleId} in ${JSON.stringify(svc.validate(d, DEFAULT_SETTINGS).map((x) => x.code))}`);
  const action = svc.codeActions(d, diag.range, [diag], DEFAULT_SETTINGS).find((a) => title.test(a.title));
  assert.ok(action, `no action ${title} for ${ruleId}`);
  const edits = Object.values(action.edit!.changes!)[0].map((e) => ({ offset: d.offsetAt(e.range.start), length: d.offsetAt(e.range.end) - d.offsetAt(e.range.start), content: e.newText }));
  return { text: applyOffsetEdits(text, edits), title: action.title };
}

/** The fixed text parses and no longer has the finding. */
function fixedAndClean(text: string, ruleId: string, lang: 'yaml' | 'json' = 'yaml'): void {
  const d = TextDocument.create(`file:///w/t${++n}.${lang}`, lang, 1, text);
  assert.deepStrictEqual(parseAnyDocument(d).syntaxErrors, []);
  assert.ok(!svc.validate(d, DEFAULT_SETTINGS).some((x) => x.code === ruleId), text);
}

const TEMPLATE = `Resources:
  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      Memory: 512
      ContainerDefinitions:
        - Name: app
          Image: nginx:1.25
          PortMappings:
            - ContainerPort: 80
              HostPort: 8080
`;

describe('quick fixes through the dialect writer', () => {
  it('YAML scalars stay plain only when they read back the same', () => {
    assert.strictEqual(yamlScalar('awsvpc'), 'awsvpc');
    assert.strictEqual(yamlScalar('256'), '"256"');
    assert.strictEqual(yamlScalar('yes'), '"yes"');
    assert.strictEqual(yamlScalar('arn:aws:iam::123456789012:role/x'), 'arn:aws:iam::123456789012:role/x');
    assert.strictEqual(yamlScalar('a: b'), '"a: b"');
  });

  it('insert PascalCase YAML into a template (network mode, task cpu)', () => {
    const net = fix(TEMPLATE, 'fargate/network-mode', /NetworkMode/);
    assert.match(net.title, /"NetworkMode": "awsvpc"/);
    assert.match(net.text, /\n      NetworkMode: awsvpc\n      Memory: 512/);
    fixedAndClean(net.text, 'fargate/network-mode');
    const cpu = fix(TEMPLATE, 'fargate/task-size-required', /Cpu/);
    assert.match(cpu.text, /\n      Cpu: "256"\n/);
    fixedAndClean(cpu.text, 'fargate/task-size-required');
  });

  it('replace and remove YAML values in a template (host port)', () => {
    const set = fix(TEMPLATE, 'fargate/host-port', /Set HostPort/);
    assert.match(set.text, /HostPort: 80\n/);
    const removed = fix(TEMPLATE, 'fargate/host-port', /Remove HostPort/);
    assert.ok(!removed.text.includes('HostPort'));
    fixedAndClean(removed.text, 'fargate/host-port');
  });

  it('rename a miscased template property', () => {
    const t = TEMPLATE.replace('HostPort: 8080', 'protocol: tcp');
    const r = fix(t, 'fargate/unknown-key', /Rename 'protocol' to 'Protocol'/);
    assert.match(r.text, /Protocol: tcp/);
    fixedAndClean(r.text, 'fargate/unknown-key');
  });

  it('insert into a JSON template with PascalCase keys', () => {
    const json = JSON.stringify({ Resources: { T: { Type: 'AWS::ECS::TaskDefinition', Properties: { RequiresCompatibilities: ['FARGATE'], Cpu: '256', Memory: '512', ContainerDefinitions: [{ Name: 'a', Image: 'nginx:1.2' }] } } } }, null, 2);
    const r = fix(json, 'fargate/network-mode', /NetworkMode/, 'json');
    assert.match(r.text, /"NetworkMode": "awsvpc"/);
    fixedAndClean(r.text, 'fargate/network-mode', 'json');
  });

  it('plain ECS YAML task definitions get inserting fixes too (API names)', () => {
    const text = 'family: web\ncontainerDefinitions:\n  - name: a\n    image: nginx:1.2\nnetworkMode: awsvpc\ncpu: "256"\nmemory: "512"\n';
    const r = fix(text, 'fargate/requires-compatibilities', /FARGATE/);
    assert.match(r.text, /\nrequiresCompatibilities: \[FARGATE\]\n/);
    fixedAndClean(r.text, 'fargate/requires-compatibilities');
    const bridge = 'family: web\nnetworkMode: bridge\nrequiresCompatibilities:\n  - FARGATE\ncpu: "256"\nmemory: "512"\ncontainerDefinitions:\n  - name: a\n    image: nginx:1.2\n';
    const set = fix(bridge, 'fargate/network-mode', /awsvpc/);
    assert.match(set.text, /networkMode: awsvpc\n/);
  });
});
