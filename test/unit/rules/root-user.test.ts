import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';
import { isRootUser } from '../../../server/src/service/rules/root-user';

const ID = 'fargate/root-user';

describe('rule fargate/root-user', () => {
  it('is silent for a non-root user', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
  });

  it('reports absent, root and uid 0 users', () => {
    for (const user of [undefined, 'root', '0', '0:0', 'root:root', '']) {
      const t = validTask();
      if (user === undefined) delete t.containerDefinitions[0].user;
      else t.containerDefinitions[0].user = user;
      const f = findingsOf(ID, t);
      assert.strictEqual(f.length, 1, String(user));
      assert.strictEqual(f[0].severity, 'info');
      assert.match(f[0].message, /ECS\.20/);
    }
  });

  it('accepts non-root forms and placeholders', () => {
    assert.strictEqual(isRootUser('1000:1000'), false);
    assert.strictEqual(isRootUser('nginx'), false);
    assert.strictEqual(isRootUser('0:1000'), true);
    const t = validTask();
    t.containerDefinitions[0].user = '${APP_UID}';
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('skips Windows tasks', () => {
    const t = validTask();
    delete t.containerDefinitions[0].user;
    t.runtimePlatform = { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' };
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });
});
