import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/read-only-field';

describe('rule fargate/read-only-field', () => {
  it('is silent on a register-ready task definition', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
  });

  it('reports each describe-only field once, with removal data', () => {
    const t = validTask();
    Object.assign(t, {
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:7',
      revision: 7,
      status: 'ACTIVE',
      requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.logging-driver.awslogs' }],
      compatibilities: ['EC2', 'FARGATE'],
      registeredAt: '2024-01-01T00:00:00Z',
      registeredBy: 'arn:aws:iam::123456789012:user/ci',
    });
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 7);
    assert.ok(f.every((x) => x.severity === 'error' && x.data?.removable === true));
    assert.deepStrictEqual(f.map((x) => x.data?.field).sort(), ['compatibilities', 'registeredAt', 'registeredBy', 'requiresAttributes', 'revision', 'status', 'taskDefinitionArn']);
  });

  it('reports a describe-style wrapper once on the wrapper key', () => {
    const text = JSON.stringify({ taskDefinition: { ...validTask(), revision: 2 }, tags: [] }, null, 2);
    const f = findingsOf(ID, text);
    const unwrap = f.filter((x) => x.data?.unwrap === true);
    assert.strictEqual(unwrap.length, 1);
    assert.strictEqual(text.slice(unwrap[0].offset, unwrap[0].offset + unwrap[0].length), '"taskDefinition"');
    assert.strictEqual(f.filter((x) => x.data?.field === 'revision').length, 1);
  });

  it('does not treat nested fields of the same name as read-only', () => {
    const t = validTask();
    t.containerDefinitions[0].dockerLabels = { status: 'x', revision: '2' };
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });
});
