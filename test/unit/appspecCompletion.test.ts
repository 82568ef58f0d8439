import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { yamlAppSpecSite } from '../../server/src/service/appspecCompletion';
import type { RelatedDocuments } from '../../server/src/service/rules/rule';
import { service, validTask } from '../helpers/docs';
import { relatedWith, validService } from '../helpers/ecs';

let n = 0;
/** Completion at `|` in an appspec (YAML unless the text starts with `{`). */
function complete(withCursor: string, related?: RelatedDocuments): { items: CompletionItem[]; apply: (label: string) => string } {
  const at = withCursor.indexOf('|');
  const text = withCursor.slice(0, at) + withCursor.slice(at + 1);
  const json = text.trimStart().startsWith('{');
  const d = TextDocument.create(`file:///appspec/c${n++}/appspec.${json ? 'json' : 'yaml'}`, json ? 'json' : 'yaml', 1, text);
  const items = service.complete(d, d.positionAt(at), undefined, related).items;
  return {
    items,
    apply(label) {
      const item = items.find((i) => i.label === label);
      assert.ok(item, `no item ${label} among ${items.map((i) => i.label).join(', ')}`);
      const e = item.textEdit as TextEdit;
      return text.slice(0, d.offsetAt(e.range.start)) + e.newText + text.slice(d.offsetAt(e.range.end));
    },
  };
}
const labels = (r: { items: CompletionItem[] }) => r.items.map((i) => i.label);

const HEAD = 'version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: <TASK_DEFINITION>\n';

describe('appspec completions', () => {
  it('offers the keys of the object at the cursor, without those it already has, documented', () => {
    const r = complete(`${HEAD}        |\n`);
    assert.deepStrictEqual(labels(r), ['LoadBalancerInfo', 'PlatformVersion', 'NetworkConfiguration', 'CapacityProviderStrategy']);
    assert.match(JSON.stringify(r.items[0].documentation), /container and port/);
    // A key typed in part is replaced whole; a map opens an indented block on the next line.
    assert.strictEqual(complete(`${HEAD}        Load|\n`).apply('LoadBalancerInfo'), `${HEAD}        LoadBalancerInfo:\n          \n`);
    assert.deepStrictEqual(labels(complete(`${HEAD}        LoadBalancerInfo:\n          |\n          ContainerPort: 80\n`)), ['ContainerName']);
  });

  it('follows list items: Resources entries, compact lists at the key\'s own column, capacity providers', () => {
    assert.deepStrictEqual(labels(complete('version: 0.0\nResources:\n  - |\n')), ['TargetService']);
    assert.deepStrictEqual(labels(complete('version: 0.0\nResources:\n- TargetService:\n    |\n')), ['Type', 'Properties']);
    assert.deepStrictEqual(labels(complete(`${HEAD}        CapacityProviderStrategy:\n          - CapacityProvider: FARGATE\n            |\n`)), ['Base', 'Weight']);
    assert.strictEqual(complete(`${HEAD}|\n`).apply('Hooks'), `${HEAD}Hooks:\n  - \n`);
  });

  it('offers each lifecycle event once across the Hooks entries', () => {
    assert.deepStrictEqual(labels(complete(`${HEAD}Hooks:\n  - BeforeInstall: "a"\n  - AfterAllowTraffic: "b"\n  - |\n`)), ['AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic']);
  });

  it('offers the values of the enumerated fields', () => {
    assert.deepStrictEqual(labels(complete('version: 0.0\nResources:\n  - TargetService:\n      Type: |\n')), ['AWS::ECS::Service']);
    assert.deepStrictEqual(labels(complete(`${HEAD}        NetworkConfiguration:\n          AwsvpcConfiguration:\n            AssignPublicIp: |\n`)), ['DISABLED', 'ENABLED']);
    assert.deepStrictEqual(labels(complete(`${HEAD}        PlatformVersion: |\n`)), ['LATEST', '1.4.0', '1.0.0']);
    const cp = complete(`${HEAD}        CapacityProviderStrategy:\n          - CapacityProvider: FAR|\n`);
    assert.strictEqual(cp.apply('FARGATE_SPOT'), `${HEAD}        CapacityProviderStrategy:\n          - CapacityProvider: FARGATE_SPOT\n`);
    // Free-form fields get nothing.
    assert.deepStrictEqual(labels(complete(`${HEAD}        LoadBalancerInfo:\n          ContainerName: |\n`)), []);
  });

  it('works in JSON appspecs: keys without those present, values in quotes, version as a number', () => {
    const props = complete('{"version": 0.0, "Resources": [{"TargetService": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": "x", |}}}]}');
    assert.deepStrictEqual(labels(props), ['LoadBalancerInfo', 'PlatformVersion', 'NetworkConfiguration', 'CapacityProviderStrategy']);
    const type = complete('{"version": 0.0, "Resources": [{"TargetService": {"Type": "|", "Properties": {}}}]}');
    assert.strictEqual(type.apply('AWS::ECS::Service'), '{"version": 0.0, "Resources": [{"TargetService": {"Type": "AWS::ECS::Service", "Properties": {}}}]}');
    const version = complete('{"version": |, "Resources": [{"TargetService": {"Type": "AWS::ECS::Service"}}]}');
    assert.strictEqual(version.apply('0.0'), '{"version": 0.0, "Resources": [{"TargetService": {"Type": "AWS::ECS::Service"}}]}');
  });

  it('offers the containers and ports of the task definition the AppSpec deploys', () => {
    const task = validTask();
    task.containerDefinitions.push({ name: 'sidecar', image: 'envoy:1', essential: false, portMappings: [{ containerPort: 9901 }] });
    const related = relatedWith(task);
    const names = complete(`${HEAD}        LoadBalancerInfo:\n          ContainerName: |\n`, related);
    assert.deepStrictEqual(labels(names), ['web', 'sidecar']);
    assert.match(String(names.items[0].detail), /container in taskdef\.json/);
    // The port of the container named next to it; of every container while none is named.
    assert.deepStrictEqual(labels(complete(`${HEAD}        LoadBalancerInfo:\n          ContainerName: sidecar\n          ContainerPort: |\n`, related)), ['9901']);
    assert.deepStrictEqual(labels(complete(`${HEAD}        LoadBalancerInfo:\n          ContainerPort: |\n`, related)), ['8080', '9901']);
    // JSON: names quoted, ports as numbers.
    const json = complete('{"version": 0.0, "Resources": [{"TargetService": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": "<TASK_DEFINITION>", "LoadBalancerInfo": {"ContainerName": "web", "ContainerPort": |}}}}]}', related);
    assert.deepStrictEqual(labels(json), ['8080']);
    assert.strictEqual((json.items[0].textEdit as TextEdit).newText, '8080');
    // Without a task definition next to it: nothing.
    assert.deepStrictEqual(labels(complete(`${HEAD}        LoadBalancerInfo:\n          ContainerName: |\n`)), []);
  });

  it('offers a service the containers and ports of its task definition for loadBalancers', () => {
    const svc = validService();
    svc.loadBalancers[0].containerName = '';
    const text = JSON.stringify(svc, null, 2).replace('"containerName": ""', '"containerName": "|"');
    const at = text.indexOf('|');
    const d = TextDocument.create('file:///svc/service.json', 'json', 1, text.replace('|', ''));
    const items = service.complete(d, d.positionAt(at), undefined, relatedWith(validTask())).items;
    assert.deepStrictEqual(items.map((i) => i.label), ['web']);
    assert.strictEqual((items[0].textEdit as TextEdit).newText, '"web"');
  });

  it('reads an opening key with a comment after it, and stays quick with many blank lines', () => {
    assert.deepStrictEqual(labels(complete(`${HEAD}Hooks:   # lambdas\n- BeforeInstall: fn\n- |\n`)), ['AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AfterAllowTraffic']);
    assert.deepStrictEqual(labels(complete(`${HEAD.replace('Properties:', 'Properties:  # props')}        |\n`)), ['LoadBalancerInfo', 'PlatformVersion', 'NetworkConfiguration', 'CapacityProviderStrategy']);
    // Thousands of blank lines once made the used-hooks scan backtrack for seconds (this test would time out).
    const blank = '\n'.repeat(4000);
    assert.deepStrictEqual(labels(complete(`${HEAD}Hooks:\n  - BeforeInstall: fn\n  - |${blank}`)).length, 4);
  });

  it('replaces only the name of a key whose colon is written, and only the inside of quotes', () => {
    const net = `${HEAD}        NetworkConfiguration:\n          AwsvpcConfiguration:\n`;
    assert.strictEqual(complete(`${net}            Subn|ets: [subnet-1]\n`).apply('Subnets'), `${net}            Subnets: [subnet-1]\n`);
    assert.strictEqual(
      complete(`${HEAD.replace('TaskDefinition: <TASK_DEFINITION>', 'TaskDefinition: "|"')}`).apply('<TASK_DEFINITION>'),
      HEAD.replace('TaskDefinition: <TASK_DEFINITION>', 'TaskDefinition: "<TASK_DEFINITION>"'),
    );
    const json = complete('{"version": 0.0, "Resources": [{"TargetService": {"Type": "AWS::ECS::Service", "Properties": {"Task|": "x"}}}]}');
    assert.strictEqual(json.apply('TaskDefinition'), '{"version": 0.0, "Resources": [{"TargetService": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": "x"}}}]}');
  });

  it('quotes container names YAML would read as something else', () => {
    const task = validTask();
    task.containerDefinitions[0].name = '123';
    task.containerDefinitions.push({ name: 'null', image: 'x:1' }, { name: 'api', image: 'x:1' });
    const r = complete(`${HEAD}        LoadBalancerInfo:\n          ContainerName: |\n`, relatedWith(task));
    assert.deepStrictEqual(r.items.map((i) => (i.textEdit as TextEdit).newText), ['"123"', '"null"', 'api']);
  });

  it('reads CRLF and lone-CR line ends as line ends', () => {
    for (const eol of ['\r\n', '\r']) {
      const head = HEAD.replace(/\n/g, eol);
      const r = complete(`${head}        LoadBalancerInfo:${eol}          |${eol}          ContainerPort: 80${eol}`);
      assert.deepStrictEqual(labels(r), ['ContainerName'], JSON.stringify(eol));
      assert.strictEqual(r.apply('ContainerName'), `${head}        LoadBalancerInfo:${eol}          ContainerName: ${eol}          ContainerPort: 80${eol}`);
    }
  });

  it('offers nothing in flow collections, comments, unknown places or YAML that is not an appspec', () => {
    assert.deepStrictEqual(labels(complete(`${HEAD}        LoadBalancerInfo: {Con|}\n`)), []);
    assert.deepStrictEqual(labels(complete(`${HEAD}        # Lo|\n`)), []);
    assert.deepStrictEqual(labels(complete(`${HEAD}        LoadBalancerInfo:\n          ContainerName:\n            |\n`)), []);
    assert.deepStrictEqual(labels(complete('name: build\non: [push]\njobs:\n  |\n')), []);
    // The site reader alone: a key under a scalar value is no place for keys.
    assert.strictEqual(yamlAppSpecSite('a: 1\n  |'.replace('|', ''), 'a: 1\n  '.length), undefined);
  });
});
