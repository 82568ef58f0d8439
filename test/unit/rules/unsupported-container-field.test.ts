import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/unsupported-container-field';

function withContainer(patch: Record<string, unknown>, mutate?: (t: Record<string, any>) => void): Record<string, any> {
  const t = validTask();
  Object.assign(t.containerDefinitions[0], patch);
  mutate?.(t);
  return t;
}

describe('fargate/unsupported-container-field', () => {
  it('accepts the valid task', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
  });

  it('reports each unsupported container field on its key, with removable data', () => {
    const cases: [string, unknown, RegExp][] = [
      ['privileged', true, /privileged/],
      ['links', ['db:db'], /localhost/],
      ['hostname', 'web', /hostname/],
      ['extraHosts', [{ hostname: 'db', ipAddress: '10.0.0.1' }], /extraHosts/],
      ['dnsServers', ['8.8.8.8'], /VPC resolver/],
      ['dnsSearchDomains', ['corp.local'], /dnsSearchDomains/],
      ['disableNetworking', true, /security group/],
      ['dockerSecurityOptions', ['no-new-privileges'], /dockerSecurityOptions/],
    ];
    for (const [key, value, re] of cases) {
      const text = JSON.stringify(withContainer({ [key]: value }), null, 2);
      const f = findingsOf(ID, text);
      assert.strictEqual(f.length, 1, key);
      assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), `"${key}"`);
      assert.match(f[0].message, re);
      assert.match(f[0].message, /^Container 'web'/);
      assert.deepStrictEqual({ field: f[0].data?.field, removable: f[0].data?.removable }, { field: key, removable: true });
    }
  });

  it('accepts false, null and empty values (AWS ignores them)', () => {
    const t = withContainer({
      privileged: false,
      links: [],
      hostname: null,
      extraHosts: [],
      dnsServers: null,
      dnsSearchDomains: [],
      disableNetworking: false,
      dockerSecurityOptions: [],
      linuxParameters: { devices: [], tmpfs: [], sharedMemorySize: null, initProcessEnabled: true },
      resourceRequirements: [],
    });
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('reports host-level linuxParameters members', () => {
    const t = withContainer({
      linuxParameters: {
        initProcessEnabled: true,
        devices: [{ hostPath: '/dev/fuse' }],
        sharedMemorySize: 512,
        tmpfs: [{ containerPath: '/tmp', size: 64 }],
        maxSwap: 1024,
        swappiness: 60,
      },
    });
    const f = findingsOf(ID, t);
    assert.deepStrictEqual(
      f.map((x) => x.data?.field),
      ['linuxParameters.devices', 'linuxParameters.sharedMemorySize', 'linuxParameters.tmpfs', 'linuxParameters.maxSwap', 'linuxParameters.swappiness'],
    );
  });

  it('reports GPU and accelerator resource requirements element by element', () => {
    const t = withContainer({
      resourceRequirements: [
        { type: 'GPU', value: '1' },
        { type: 'InferenceAccelerator', value: 'device_1' },
        { type: '${RES_TYPE}', value: '1' },
      ],
    });
    const f = findingsOf(ID, t);
    assert.deepStrictEqual(f.map((x) => x.data?.value), ['GPU', 'InferenceAccelerator']);
    assert.strictEqual(f[0].data?.element, true);
  });

  it('treats templated booleans as unknown', () => {
    assert.deepStrictEqual(findingsOf(ID, withContainer({ privileged: '${PRIVILEGED}', disableNetworking: '{{ .Env.X }}' })), []);
  });

  it('reports Linux-only fields on Windows containers', () => {
    const t = withContainer({ ulimits: [{ name: 'nofile', softLimit: 1024, hardLimit: 4096 }], linuxParameters: { initProcessEnabled: true } }, (x) => {
      x.runtimePlatform = { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' };
      x.cpu = '1024';
      x.memory = '2048';
    });
    const f = findingsOf(ID, t);
    assert.deepStrictEqual(f.map((x) => x.data?.field).sort(), ['linuxParameters', 'ulimits', 'user']);
  });

  it('stays silent for EC2-only task definitions', () => {
    const t = withContainer({ privileged: true, links: ['db'], linuxParameters: { devices: [{ hostPath: '/dev/xvdc' }] } }, (x) => {
      x.requiresCompatibilities = ['EC2'];
      x.networkMode = 'bridge';
    });
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('stays silent when FARGATE is templated but the task uses bridge networking', () => {
    const t = withContainer({ privileged: true }, (x) => {
      x.requiresCompatibilities = ['<LAUNCH_TYPE>'];
      x.networkMode = 'bridge';
    });
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });
});
