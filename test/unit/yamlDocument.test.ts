import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { JsonObject, nodeAtOffset, pathOf } from '../../server/src/service/json';
import { isYamlDocument, parseYamlDocument, parseYamlTree } from '../../server/src/service/yamlDocument';
import { VALID_APPSPEC_YAML } from '../helpers/ecs';

const yamlDoc = (text: string) => TextDocument.create('file:///x/appspec.yaml', 'yaml', 1, text);
const slice = (text: string, n: { offset: number; length: number }) => text.slice(n.offset, n.offset + n.length);

describe('YAML documents', () => {
  it('recognises an appspec and builds a jsonc-parser shaped tree', () => {
    const d = parseYamlDocument(yamlDoc(VALID_APPSPEC_YAML));
    assert.strictEqual(d.kind, 'appspec');
    assert.strictEqual(d.format, 'yaml');
    assert.deepStrictEqual(d.syntaxErrors, []);
    const root = d.body!;
    const version = root.prop('version')!;
    assert.strictEqual(version.valueNode!.type, 'number');
    assert.strictEqual(version.valueNode!.value, 0);
    assert.strictEqual(slice(VALID_APPSPEC_YAML, version.valueNode!), '0.0');
    assert.strictEqual(slice(VALID_APPSPEC_YAML, version.keyNode), 'version');
    assert.strictEqual(VALID_APPSPEC_YAML[version.node.colonOffset!], ':');
    assert.strictEqual(slice(VALID_APPSPEC_YAML, version.node), 'version: 0.0');
    assert.strictEqual(version.node.parent, root.node);
  });

  it('maps nested ranges to the right text (quoted, plain, numbers)', () => {
    const d = parseYamlDocument(yamlDoc(VALID_APPSPEC_YAML));
    const res = d.body!.get('Resources')!;
    assert.strictEqual(res.type, 'array');
    const target = new JsonObject(new JsonObject(res.children![0]).get('TargetService')!);
    const props = target.obj('Properties')!;
    const lb = props.obj('LoadBalancerInfo')!;
    assert.strictEqual(slice(VALID_APPSPEC_YAML, lb.get('ContainerName')!), '"web"');
    assert.strictEqual(lb.str('ContainerName'), 'web');
    assert.strictEqual(lb.num('ContainerPort'), 8080);
    assert.strictEqual(slice(VALID_APPSPEC_YAML, props.get('TaskDefinition')!), '<TASK_DEFINITION>');
    assert.ok(!/\s$/.test(slice(VALID_APPSPEC_YAML, res)), 'collections do not include trailing blank lines');
    const off = VALID_APPSPEC_YAML.indexOf('8080') + 1;
    const at = nodeAtOffset(d.root, off)!;
    assert.deepStrictEqual(pathOf(at), ['Resources', 0, 'TargetService', 'Properties', 'LoadBalancerInfo', 'ContainerPort']);
  });

  it('handles flow collections, booleans, nulls, block scalars and aliases', () => {
    const text = 'a: {b: [1, true, ~]}\nc: |\n  text\n\nd: &x [1]\ne: *x\nf:\n';
    const { root, errors } = parseYamlTree(text);
    assert.deepStrictEqual(errors, []);
    const o = new JsonObject(root!);
    const arr = o.obj('a')!.arr('b')!;
    assert.deepStrictEqual(arr.map((n) => n.type), ['number', 'boolean', 'null']);
    assert.strictEqual(o.str('c'), 'text\n');
    assert.strictEqual(slice(text, o.get('c')!), '|\n  text');
    assert.strictEqual(o.arr('e')!.length, 1);
    assert.strictEqual(slice(text, o.get('e')!), '*x');
    assert.strictEqual(o.get('f')!.type, 'null');
  });

  it('reports syntax errors of an appspec and stays silent on other YAML', () => {
    const broken = VALID_APPSPEC_YAML.replace('Type: AWS::ECS::Service', 'Type: [AWS::ECS::Service');
    const d = parseYamlDocument(yamlDoc(broken));
    assert.strictEqual(d.kind, 'appspec');
    assert.ok(d.syntaxErrors.length > 0);
    const other = parseYamlDocument(yamlDoc('name: ci\non: [push]\njobs: {build: {runs-on: ubuntu-latest}}\n'));
    assert.strictEqual(other.kind, 'none');
    assert.strictEqual(parseYamlDocument(yamlDoc('a: b\n c: d\n- x\n')).kind, 'none');
  });

  it('survives hostile input (recursive aliases, deep nesting, empty text)', () => {
    assert.doesNotThrow(() => parseYamlTree('a: &a [*a]\n'));
    const deep = parseYamlDocument(yamlDoc('TargetService: ' + '['.repeat(400) + ']'.repeat(400)));
    assert.ok(deep.kind === 'none' || deep.skipped);
    assert.strictEqual(parseYamlDocument(yamlDoc('')).kind, 'none');
  });

  it('chooses YAML by language id or extension', () => {
    assert.ok(isYamlDocument({ uri: 'file:///a/appspec.yml', languageId: 'plaintext' }));
    assert.ok(isYamlDocument({ uri: 'file:///a/x.json', languageId: 'yaml' }));
    assert.ok(!isYamlDocument({ uri: 'file:///a/appspec.yaml', languageId: 'json' }));
  });
});
