import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';
import { dnsNameProblem } from '../../../server/src/service/rules/service-connect';

const ID = 'fargate/service-connect';
const at = (text: string, f: { offset: number; length: number }) => text.slice(f.offset, f.offset + f.length);

function connect(...services: object[]): Record<string, any> {
  return { ...validService(), serviceConnectConfiguration: { enabled: true, namespace: 'internal', services } };
}

describe(ID, () => {
  it('accepts one alias per services[] entry with valid DNS names', () => {
    const s = connect(
      { portName: 'http', discoveryName: 'orders', clientAliases: [{ port: 80, dnsName: 'orders.internal' }] },
      { portName: 'http', discoveryName: 'orders-v2', clientAliases: [{ port: 8080, dnsName: 'Orders_V2' }] },
      { portName: 'grpc', clientAliases: [{ port: 9090 }] },
      { portName: 'admin', clientAliases: [{ port: 9000, dnsName: '${ADMIN_DNS}' }] },
      { portName: 'metrics', clientAliases: [{ port: 9100, dnsName: '' }] },
    );
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });

  it('reports a second clientAliases entry per services[] entry, on that alias', () => {
    const text = JSON.stringify(connect({ portName: 'http', clientAliases: [{ port: 80, dnsName: 'a' }, { port: 81, dnsName: 'b' }] }), null, 2);
    const f = ecsFindingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.match(at(text, f[0]), /^\{\s*"port": 81,\s*"dnsName": "b"\s*\}$/);
    assert.match(f[0].message, /portName 'http'\) lists 2 clientAliases; AWS takes at most one/);
  });

  it('reports an invalid dnsName on its value', () => {
    const text = JSON.stringify(connect({ portName: 'http', clientAliases: [{ port: 80, dnsName: '-orders' }] }), null, 2);
    const f = ecsFindingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(at(text, f[0]), '"-orders"');
    assert.match(f[0].message, /starts with a hyphen/);
  });

  it('knows what a DNS name may hold', () => {
    assert.strictEqual(dnsNameProblem('db'), undefined);
    assert.strictEqual(dnsNameProblem('my_db.svc.local'), undefined);
    assert.match(dnsNameProblem('orders api')!, /a space/);
    assert.match(dnsNameProblem('http://orders')!, /':', '\/'/);
    assert.match(dnsNameProblem('a..b')!, /empty label/);
    assert.match(dnsNameProblem('.a')!, /starts with a dot/);
    assert.match(dnsNameProblem('a'.repeat(128))!, /128 characters/);
    assert.match(dnsNameProblem(`${'a'.repeat(64)}.b`)!, /label of 64/);
    assert.match(dnsNameProblem('')!, /empty/);
  });
});
