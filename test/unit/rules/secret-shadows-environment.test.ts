import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/secret-shadows-environment';

describe('rule fargate/secret-shadows-environment', () => {
  it('is silent when names differ', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
  });

  it('warns on a variable in both secrets and environment', () => {
    const t = validTask();
    t.containerDefinitions[0].environment.push({ name: 'DB_PASSWORD', value: 'x' });
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'warning');
    assert.deepStrictEqual({ n: f[0].data?.name, c: f[0].data?.container }, { n: 'DB_PASSWORD', c: 'web' });
    assert.doesNotMatch(f[0].message, /"x"/);
  });

  it('compares per container only', () => {
    const t = validTask();
    t.containerDefinitions.push({ name: 'side', image: 'busybox:1', environment: [{ name: 'DB_PASSWORD', value: '' }] });
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });
});
