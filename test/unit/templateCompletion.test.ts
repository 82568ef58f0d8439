import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service/languageService';

const svc = createLanguageService();
let n = 0;
/** Completion items at the `|` of a template text: label => inserted text. */
function complete(t: string, lang: 'yaml' | 'json' = 'yaml'): Map<string, string> {
  const i = t.indexOf('|');
  const d = TextDocument.create(`file:///tc/t${++n}.${lang}`, lang, 1, t.slice(0, i) + t.slice(i + 1));
  const r = svc.complete(d, d.positionAt(i));
  return new Map(r.items.map((x) => [x.label, (x.textEdit as { newText: string }).newText]));
}

const BASE = `Resources:
  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: 256
      Memory: 512
      ContainerDefinitions:
        - Name: app
          Image: nginx:1.25
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: |
`;

describe('completions in templates', () => {
  it('offers enum values after a PascalCase key, in YAML syntax', () => {
    const items = complete(BASE.replace('NetworkMode: awsvpc', 'NetworkMode: |').replace('      BucketName: |\n', ''));
    assert.deepStrictEqual([...items.keys()].sort(), ['awsvpc', 'bridge', 'host', 'none']);
    assert.strictEqual(items.get('awsvpc'), 'awsvpc');
  });

  it('offers the Fargate memory sizes for the task CPU, as strings', () => {
    const items = complete(BASE.replace('Memory: 512', 'Memory: |').replace('      BucketName: |\n', ''));
    assert.deepStrictEqual([...items.keys()], ['512', '1024', '2048']);
    assert.strictEqual(items.get('1024'), '"1024"');
  });

  it('offers booleans and enum list items', () => {
    const bool = complete(BASE.replace('          Image: nginx:1.25', '          Image: nginx:1.25\n          Essential: |').replace('      BucketName: |\n', ''));
    assert.strictEqual(bool.get('true'), 'true');
    const list = complete(BASE.replace('[FARGATE]', '[FAR|]').replace('      BucketName: |\n', ''));
    assert.ok(list.has('FARGATE'));
  });

  it('offers property names in PascalCase, leaving out the ones present', () => {
    const items = complete(BASE.replace('      NetworkMode: awsvpc', '      NetworkMode: awsvpc\n      Ephemeral|: {}').replace('      BucketName: |\n', ''));
    assert.ok(items.has('EphemeralStorage'));
    assert.ok(items.has('ExecutionRoleArn'));
    assert.ok(!items.has('NetworkMode'), 'present already');
    assert.ok(!items.has('ephemeralStorage'));
  });

  it('writes JSON in JSON templates, and nothing outside ECS resources', () => {
    const json = `{"Resources": {"T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"NetworkMode": "|", "ContainerDefinitions": []}}}}`;
    assert.strictEqual(complete(json, 'json').get('awsvpc'), '"awsvpc"');
    assert.strictEqual(complete(BASE).size, 0);
  });
});
