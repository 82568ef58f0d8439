import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/unknown-key';

describe('rule fargate/unknown-key', () => {
  it('is silent on a valid task definition', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
  });

  it('flags a misspelled container field with a suggestion', () => {
    const t = validTask();
    t.containerDefinitions[0].memoryReservaton = 256;
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'warning');
    assert.match(f[0].message, /memoryReservaton/);
    assert.match(f[0].message, /Did you mean 'memoryReservation'/);
    assert.deepStrictEqual({ key: f[0].data?.key, suggestion: f[0].data?.suggestion }, { key: 'memoryReservaton', suggestion: 'memoryReservation' });
  });

  it('suggests the right case for a case slip at task level', () => {
    const t = validTask();
    t.NetworkMode = 'awsvpc';
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.suggestion, 'networkMode');
  });

  it('walks nested structures (port mappings, log configuration, EFS config)', () => {
    const t = validTask();
    t.containerDefinitions[0].portMappings[0].contianerPort = 80;
    t.containerDefinitions[0].logConfiguration.logdriver = 'awslogs';
    t.volumes = [{ name: 'v', efsVolumeConfiguration: { fileSystemId: 'fs-1', transitEncryption: 'ENABLED', rootDir: '/' } }];
    const keys = findingsOf(ID, t).map((f) => f.data?.key).sort();
    assert.deepStrictEqual(keys, ['contianerPort', 'logdriver', 'rootDir']);
  });

  it('reports an unknown key without a suggestion when nothing is close', () => {
    const t = validTask();
    t.containerDefinitions[0].zzzzqqqq = true;
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.suggestion, undefined);
    assert.doesNotMatch(f[0].message, /Did you mean/);
  });

  it('never looks inside maps (dockerLabels, log options)', () => {
    const t = validTask();
    t.containerDefinitions[0].dockerLabels = { 'com.example.anything': 'x', cpuu: 'y' };
    t.containerDefinitions[0].logConfiguration.options['mode'] = 'non-blocking';
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('leaves read-only describe fields, $schema and placeholder keys alone', () => {
    const t = validTask();
    t.revision = 3;
    t.status = 'ACTIVE';
    t.taskDefinitionArn = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3';
    t.$schema = 'https://example.com/schema.json';
    t['{{ .Env.EXTRA }}'] = 1;
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('does not check the siblings of a describe-style wrapper', () => {
    const f = findingsOf(ID, { taskDefinition: validTask(), tags: [{ key: 'a', value: 'b' }], ResponseMetadata: {} });
    assert.deepStrictEqual(f, []);
  });

  it('reports comment-style keys with a comment hint', () => {
    const t = validTask();
    t._comment = 'note';
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /comment/);
  });

  it('follows the unknownKeySeverity setting', () => {
    const t = validTask();
    t.famly = 'x';
    assert.strictEqual(findingsOf(ID, t, { unknownKeySeverity: 'error' })[0].severity, 'error');
    assert.deepStrictEqual(findingsOf(ID, t, { unknownKeySeverity: 'off' }), []);
  });

  it('does not enter values of the wrong type and survives junk', () => {
    const t = validTask();
    t.containerDefinitions.push('oops', null, 5);
    t.volumes = 'none';
    t.runtimePlatform = [];
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });
});
