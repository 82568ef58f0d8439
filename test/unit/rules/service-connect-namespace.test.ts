import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-connect-namespace';

describe(ID, () => {
  it('warns when Service Connect is enabled without a namespace, on "enabled"', () => {
    for (const sc of [{ enabled: true }, { enabled: true, namespace: '' }, { enabled: 'true', namespace: null }]) {
      const text = JSON.stringify({ ...validService(), serviceConnectConfiguration: sc }, null, 2);
      const f = ecsFindingsOf(ID, text);
      assert.strictEqual(f.length, 1, JSON.stringify(sc));
      assert.strictEqual(f[0].severity, 'warning');
      assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"enabled"');
      assert.match(f[0].message, /cluster's default Service Connect namespace/);
    }
  });

  it('is silent with a namespace (name, ARN or placeholder) and when Service Connect is off', () => {
    for (const sc of [
      { enabled: true, namespace: 'internal' },
      { enabled: true, namespace: 'arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-0123456789abcdef' },
      { enabled: true, namespace: '${NAMESPACE}' },
      { enabled: false },
      {},
    ]) {
      assert.deepStrictEqual(ecsFindingsOf(ID, { ...validService(), serviceConnectConfiguration: sc }), [], JSON.stringify(sc));
    }
  });
});
