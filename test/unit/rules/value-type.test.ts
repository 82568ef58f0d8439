import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/value-type';

describe('rule fargate/value-type', () => {
  it('is silent on a valid task definition', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
  });

  it('flags containerDefinitions given as a string', () => {
    const t = validTask();
    t.containerDefinitions = 'web';
    // Not recognised as a task any more without containerDefinitions array? family + markers keep it one.
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.expected, 'array');
  });

  it('accepts task-level cpu/memory as strings or numbers but not objects', () => {
    const t = validTask();
    t.cpu = 256;
    t.memory = '512';
    assert.deepStrictEqual(findingsOf(ID, t), []);
    t.cpu = { units: 256 };
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /'cpu'/);
  });

  it('flags a quoted boolean with the boolean to use', () => {
    const t = validTask();
    t.containerDefinitions[0].essential = 'yes';
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.expected, 'boolean');
    assert.strictEqual(f[0].data?.suggestion, true);
  });

  it('flags numeric strings in integer fields (the AWS CLI rejects them)', () => {
    const t = validTask();
    t.containerDefinitions[0].portMappings[0].containerPort = '8080';
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.deepStrictEqual({ e: f[0].data?.expected, s: f[0].data?.suggestion }, { e: 'integer', s: 8080 });
  });

  it('flags fractions in integer fields', () => {
    const t = validTask();
    t.containerDefinitions[0].healthCheck.interval = 30.5;
    assert.strictEqual(findingsOf(ID, t).length, 1);
  });

  it('flags portMappings given as an object', () => {
    const t = validTask();
    t.containerDefinitions[0].portMappings = { containerPort: 8080 };
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.wrap, true);
  });

  it('flags enum values with a suggestion (networkMode typo, protocol case)', () => {
    const t = validTask();
    t.networkMode = 'awsvcp';
    t.containerDefinitions[0].portMappings[0].protocol = 'TCP';
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 2);
    const bySuggestion = f.map((x) => x.data?.suggestion).sort();
    assert.deepStrictEqual(bySuggestion, ['awsvpc', 'tcp']);
    assert.ok(f.some((x) => /case-sensitive/.test(x.message)));
  });

  it('checks enum items of lists (requiresCompatibilities)', () => {
    const t = validTask();
    t.requiresCompatibilities = ['FARGATE', 'fargate_spot'];
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /item 2/);
  });

  it('checks scalar list items and map values', () => {
    const t = validTask();
    t.containerDefinitions[0].command = ['node', 3];
    t.containerDefinitions[0].logConfiguration.options['awslogs-create-group'] = true;
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 2);
    assert.ok(f.every((x) => x.data?.expected === 'string'));
  });

  it('never reports placeholders, null or empty enum strings', () => {
    const t = validTask();
    t.containerDefinitions[0].portMappings[0].containerPort = '${PORT}';
    t.containerDefinitions[0].essential = '{{ .Env.ESSENTIAL }}';
    t.networkMode = '<NETWORK_MODE>';
    t.ipcMode = '';
    t.pidMode = null;
    t.containerDefinitions[0].memory = null;
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('ignores unknown keys (the unknown-key rule reports them)', () => {
    const t = validTask();
    t.containerDefinitions[0].cpuu = 'lots';
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });
});
