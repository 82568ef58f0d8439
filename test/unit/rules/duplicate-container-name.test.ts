import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/duplicate-container-name';

function withSecond(extra: Record<string, unknown>): Record<string, any> {
  const t = validTask();
  t.containerDefinitions.push({ name: 'sidecar', image: 'busybox:1.36', essential: false, ...extra });
  return t;
}

describe('fargate/duplicate-container-name', () => {
  it('accepts unique, well-formed names with images', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    assert.deepStrictEqual(findingsOf(ID, withSecond({ name: 'Log_Router-2' })), []);
  });

  it('reports the second container with a name already used', () => {
    const text = JSON.stringify(withSecond({ name: 'web' }), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].offset, text.lastIndexOf('"web"'));
    assert.deepStrictEqual([f[0].data?.firstIndex, f[0].data?.containerIndex], [0, 1]);
    assert.match(f[0].message, /already named "web" \(container #1\)/);
  });

  it('reports missing names and images, one finding each', () => {
    const t = withSecond({});
    delete t.containerDefinitions[1].name;
    delete t.containerDefinitions[1].image;
    const f = findingsOf(ID, t);
    assert.deepStrictEqual(f.map((x) => x.data?.missing).sort(), ['image', 'name']);
    assert.ok(f.some((x) => /Container #2 has no name/.test(x.message)));
    const blank = findingsOf(ID, withSecond({ name: '  ', image: null }));
    assert.deepStrictEqual(blank.map((x) => x.data?.missing).sort(), ['image', 'name']);
  });

  it('leaves an empty image string alone (CI fills it in)', () => {
    assert.deepStrictEqual(findingsOf(ID, withSecond({ image: '' })), []);
  });

  it('reports names with characters ECS does not allow, or too long', () => {
    const f = findingsOf(ID, withSecond({ name: 'my app.v2' }));
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.suggestion, 'my-app-v2');
    const long = findingsOf(ID, withSecond({ name: 'a'.repeat(256) }));
    assert.strictEqual(long.length, 1);
    assert.match(long[0].message, /256 characters/);
  });

  it('does not check the format of placeholders or non-string names', () => {
    assert.deepStrictEqual(findingsOf(ID, withSecond({ name: '${APP_NAME}' })), []);
    assert.deepStrictEqual(findingsOf(ID, withSecond({ name: '{{ .Env.NAME }}' })), []);
    assert.deepStrictEqual(findingsOf(ID, withSecond({ name: 42 })), []);
  });
});
