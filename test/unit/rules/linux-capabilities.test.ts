import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/linux-capabilities';

function caps(add: unknown, drop: unknown = undefined): Record<string, any> {
  const t = validTask();
  t.containerDefinitions[0].linuxParameters = { capabilities: { add, drop } };
  return t;
}

describe('fargate/linux-capabilities', () => {
  it('accepts SYS_PTRACE, drops and no capabilities', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    assert.deepStrictEqual(findingsOf(ID, caps(['SYS_PTRACE'], ['ALL'])), []);
    assert.deepStrictEqual(findingsOf(ID, caps(['CAP_SYS_PTRACE'])), []);
    assert.deepStrictEqual(findingsOf(ID, caps([], ['NET_RAW'])), []);
  });

  it('reports each other added capability on its element', () => {
    const text = JSON.stringify(caps(['NET_ADMIN', 'SYS_PTRACE', 'SYS_ADMIN']), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 2);
    assert.deepStrictEqual(f.map((x) => text.slice(x.offset, x.offset + x.length)), ['"NET_ADMIN"', '"SYS_ADMIN"']);
    assert.match(f[0].message, /NET_ADMIN is not allowed on Fargate/);
    assert.deepStrictEqual(f[0].data?.value, 'NET_ADMIN');
    assert.strictEqual(f[0].data?.removable, true);
  });

  it('ignores placeholders and odd shapes without crashing', () => {
    assert.deepStrictEqual(findingsOf(ID, caps(['${CAP}', 7, null])), []);
    assert.deepStrictEqual(findingsOf(ID, caps('NET_ADMIN')), []);
  });

  it('stays silent for EC2-only task definitions', () => {
    const t = caps(['NET_ADMIN']);
    t.requiresCompatibilities = ['EC2'];
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });
});
