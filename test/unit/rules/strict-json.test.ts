import * as assert from 'assert';
import { DEFAULT_SETTINGS } from '../../../server/src/common/settings';
import { findJsonExtensions, MAX_JSON_EXTENSIONS } from '../../../server/src/service/document';
import { doc, service, validTask } from '../../helpers/docs';

const ID = 'fargate/strict-json';

function strictFindings(text: string, uri = 'file:///project/task-definition.json') {
  return service.findings(doc(text, uri), DEFAULT_SETTINGS).filter((f) => f.ruleId === ID);
}

const TASK = JSON.stringify(validTask(), null, 2);
/** The valid task with a line comment, a block comment and two trailing commas. */
const JSONC = `// web service\n${TASK.replace('"family": "web",', '"family": "web", /* team a */').replace('"FARGATE"\n', '"FARGATE",\n').replace(/\n}$/, ',\n}')}`;

describe(ID, () => {
  it('reports each comment and trailing comma of a .json file as an error, at the comment or the comma', () => {
    assert.ok(JSONC.includes('"FARGATE",\n  ]'), 'the array has a trailing comma');
    const f = strictFindings(JSONC);
    assert.deepStrictEqual(
      f.map((x) => [x.severity, x.data?.kind, JSONC.slice(x.offset, x.offset + x.length)]),
      [
        ['error', 'comment', '// web service'],
        ['error', 'comment', '/* team a */'],
        ['error', 'trailing-comma', ','],
        ['error', 'trailing-comma', ','],
      ],
    );
    // The commas are the ones before `]` and before the final `}`.
    assert.match(JSONC.slice(f[2].offset), /^,\s*\]/);
    assert.match(JSONC.slice(f[3].offset), /^,\s*}\s*$/);
    assert.match(f[0].message, /^Comment in a \.json file: .*AWS CLI \(--cli-input-json\).* Remove the comment\.$/);
    assert.match(f[2].message, /^Trailing comma: .*AWS CLI .* Remove the comma\.$/);
  });

  it('is silent on strict JSON, on .jsonc files, on untitled buffers and on YAML', () => {
    assert.deepStrictEqual(strictFindings(TASK), []);
    assert.deepStrictEqual(strictFindings(JSONC, 'file:///project/task-definition.jsonc'), []);
    assert.deepStrictEqual(strictFindings(JSONC, 'untitled:Untitled-1'), []);
    assert.strictEqual(strictFindings(JSONC, 'file:///project/TASKDEF.JSON').length, 4);
    const yaml = 'version: 0.0\n# a comment\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: <TASK_DEFINITION>\n        LoadBalancerInfo:\n          ContainerName: web\n          ContainerPort: 80\n';
    assert.deepStrictEqual(service.findings(doc(yaml, 'file:///project/appspec.yaml'), DEFAULT_SETTINGS).filter((f) => f.ruleId === ID), []);
  });

  it('is silent on JSON files that are not ECS documents, and leaves broken JSON to fargate/json-syntax', () => {
    assert.deepStrictEqual(strictFindings('// settings\n{ "editor.tabSize": 2, }'), []);
    const broken = JSONC.replace('"cpu": "256",', '"cpu": "256"');
    const f = service.findings(doc(broken, 'file:///p/taskdef.json'), DEFAULT_SETTINGS);
    assert.ok(f.length > 0 && f.every((x) => x.ruleId === 'fargate/json-syntax'), JSON.stringify(f.map((x) => x.ruleId)));
  });

  it('does not mistake commas, slashes and brackets inside strings for comments or trailing commas', () => {
    const task = validTask();
    task.containerDefinitions[0].command = ['sh', '-c', 'echo "a, ]" // not a comment /* nor this */'];
    task.containerDefinitions[0].environment = [{ name: 'URL', value: 'https://example.com/x,}' }];
    assert.deepStrictEqual(strictFindings(JSON.stringify(task, null, 2)), []);
    const text = `${JSON.stringify(task, null, 2).replace(/\n}$/, ',\n}')}`;
    assert.deepStrictEqual(strictFindings(text).map((x) => x.data?.kind), ['trailing-comma']);
  });

  it('reports 20 one by one and then one note, however many there are', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `// note ${i}`).join('\n');
    const f = strictFindings(`${lines}\n${TASK}`);
    assert.strictEqual(f.length, 21);
    assert.match(f[20].message, new RegExp(`^…and more than ${MAX_JSON_EXTENSIONS - 20} more comments or trailing commas after this point\\.$`));
    assert.strictEqual(findJsonExtensions(`${lines}\n${TASK}`).length, MAX_JSON_EXTENSIONS + 1, 'the scan stops early');
    const few = strictFindings(`${Array.from({ length: 23 }, (_, i) => `// note ${i}`).join('\n')}\n${TASK}`);
    assert.strictEqual(few.length, 21);
    assert.match(few[20].message, /^…and 3 more comments or trailing commas after this point\.$/);
  });

  it('can be turned off or down like any rule', () => {
    const off = service.findings(doc(JSONC, 'file:///p/taskdef.json'), { ...DEFAULT_SETTINGS, rules: { [ID]: 'off' } });
    assert.deepStrictEqual(off.filter((f) => f.ruleId === ID), []);
    const warn = service.findings(doc(JSONC, 'file:///p/taskdef.json'), { ...DEFAULT_SETTINGS, rules: { [ID]: 'warning' } });
    assert.deepStrictEqual([...new Set(warn.filter((f) => f.ruleId === ID).map((f) => f.severity))], ['warning']);
  });
});
