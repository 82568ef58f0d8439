import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';
import { covered, lineOf, lineWith } from '../../helpers/lines';

const ID = 'fargate/proxy-configuration';

const PROPS = [
  { name: 'IgnoredUID', value: '1337' },
  { name: 'ProxyIngressPort', value: '15000' },
  { name: 'ProxyEgressPort', value: '15001' },
  { name: 'AppPorts', value: '8080' },
  { name: 'EgressIgnoredIPs', value: '169.254.170.2,169.254.169.254' },
];

function meshTask(mutate?: (t: Record<string, any>) => void): Record<string, any> {
  const t = validTask();
  t.containerDefinitions.push({ name: 'envoy', image: 'public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.4.0-prod', essential: true, user: '1337' });
  t.proxyConfiguration = { type: 'APPMESH', containerName: 'envoy', properties: PROPS.map((p) => ({ ...p })) };
  mutate?.(t);
  return t;
}

describe('fargate/proxy-configuration', () => {
  it('accepts a complete App Mesh configuration, with IgnoredGID instead of IgnoredUID and without type', () => {
    assert.deepStrictEqual(findingsOf(ID, meshTask()), []);
    assert.deepStrictEqual(findingsOf(ID, meshTask((t) => (t.proxyConfiguration.properties[0].name = 'IgnoredGID'))), []);
    assert.deepStrictEqual(findingsOf(ID, meshTask((t) => delete t.proxyConfiguration.type)), []);
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    for (const empty of [null, {}]) assert.deepStrictEqual(findingsOf(ID, meshTask((t) => (t.proxyConfiguration = empty))), [], String(empty));
  });

  it('reports a network mode other than awsvpc on networkMode', () => {
    const text = JSON.stringify(meshTask((t) => {
      t.requiresCompatibilities = ['EC2'];
      t.networkMode = 'bridge';
    }), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'error');
    assert.strictEqual(covered(text, f[0]), '"bridge"');
    assert.match(f[0].message, /only works with networkMode "awsvpc", and this task uses "bridge"/);
    assert.strictEqual(f[0].data?.expected, 'awsvpc');
    const dflt = findingsOf(ID, meshTask((t) => {
      t.requiresCompatibilities = ['EC2'];
      delete t.networkMode;
    }));
    assert.strictEqual(dflt.length, 1);
    assert.match(dflt[0].message, /defaults to "bridge"/);
  });

  it('reports a containerName that names no container, with the close match', () => {
    const text = JSON.stringify(meshTask((t) => (t.proxyConfiguration.containerName = 'Envoy')), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(covered(text, f[0]), '"Envoy"');
    assert.strictEqual(lineOf(text, f[0].offset), lineWith(text, '"containerName"'));
    assert.match(f[0].message, /has no such container \(it has "web", "envoy"\)/);
    assert.strictEqual(f[0].data?.expected, 'envoy');
    const none = findingsOf(ID, meshTask((t) => delete t.proxyConfiguration.containerName));
    assert.strictEqual(none.length, 1);
    assert.match(none[0].message, /has no containerName/);
  });

  it('reports missing App Mesh properties on the properties key, naming each and case slips', () => {
    const text = JSON.stringify(meshTask((t) => {
      t.proxyConfiguration.properties = [
        { name: 'ignoredUID', value: '1337' },
        { name: 'AppPorts', value: '8080' },
      ];
    }), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(covered(text, f[0]), '"properties"');
    assert.match(f[0].message, /has no "ProxyIngressPort", "ProxyEgressPort" and "IgnoredUID" or "IgnoredGID"/);
    assert.match(f[0].message, /"ignoredUID" should be "IgnoredUID"/);
    const absent = findingsOf(ID, meshTask((t) => delete t.proxyConfiguration.properties));
    assert.strictEqual(absent.length, 1);
    assert.match(absent[0].message, /"AppPorts", "ProxyIngressPort", "ProxyEgressPort" and "IgnoredUID" or "IgnoredGID"/);
    assert.match(absent[0].message, /^The APPMESH/);
  });

  it('stays silent on templated values and containers', () => {
    assert.deepStrictEqual(findingsOf(ID, meshTask((t) => (t.proxyConfiguration.containerName = '${PROXY}'))), []);
    assert.deepStrictEqual(findingsOf(ID, meshTask((t) => (t.proxyConfiguration.properties = '${PROXY_PROPERTIES}'))), []);
    assert.deepStrictEqual(findingsOf(ID, meshTask((t) => t.proxyConfiguration.properties.push({ name: '${EXTRA}', value: 'x' }))), []);
    assert.deepStrictEqual(findingsOf(ID, meshTask((t) => {
      t.proxyConfiguration.containerName = 'proxy';
      t.containerDefinitions[1].name = '${PROXY_NAME}';
    })), []);
    assert.deepStrictEqual(findingsOf(ID, meshTask((t) => {
      t.requiresCompatibilities = ['EC2'];
      t.networkMode = '${NETWORK_MODE}';
    })), []);
  });
});
