import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/writable-root-filesystem';

describe('rule fargate/writable-root-filesystem', () => {
  it('is silent with readonlyRootFilesystem: true', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
  });

  it('reports false and absent (ECS.5)', () => {
    const a = validTask();
    a.containerDefinitions[0].readonlyRootFilesystem = false;
    const f = findingsOf(ID, a);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /ECS\.5/);
    assert.strictEqual(f[0].data?.value, true);
    const b = validTask();
    delete b.containerDefinitions[0].readonlyRootFilesystem;
    assert.strictEqual(findingsOf(ID, b).length, 1);
  });

  it('skips Windows tasks and non-boolean values', () => {
    const w = validTask();
    delete w.containerDefinitions[0].readonlyRootFilesystem;
    w.runtimePlatform = { operatingSystemFamily: 'WINDOWS_SERVER_2019_FULL' };
    assert.deepStrictEqual(findingsOf(ID, w), []);
    const p = validTask();
    p.containerDefinitions[0].readonlyRootFilesystem = '${RO}';
    assert.deepStrictEqual(findingsOf(ID, p), []);
  });
});
