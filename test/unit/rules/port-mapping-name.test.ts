import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';
import { covered, lineOf, lineWith } from '../../helpers/lines';

const ID = 'fargate/port-mapping-name';

function twoContainers(first: unknown[], second: unknown[], mutate?: (t: Record<string, any>) => void): Record<string, any> {
  const t = validTask();
  t.containerDefinitions[0].portMappings = first;
  t.containerDefinitions.push({ name: 'admin', image: 'nginx:1.27', essential: false, portMappings: second });
  mutate?.(t);
  return t;
}

describe('fargate/port-mapping-name', () => {
  it('accepts distinct names, unnamed mappings and the valid task', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    assert.deepStrictEqual(findingsOf(ID, twoContainers([{ containerPort: 8080, name: 'web-http' }], [{ containerPort: 9090, name: 'admin-http' }, { containerPort: 9091 }])), []);
  });

  it('reports a name used again in another container of an awsvpc task, on the second name', () => {
    const text = JSON.stringify(twoContainers([{ containerPort: 8080, name: 'http' }], [{ containerPort: 9090, name: 'http' }]), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'error');
    assert.strictEqual(covered(text, f[0]), '"http"');
    assert.strictEqual(lineOf(text, f[0].offset), lineWith(text, '"name": "http"', lineWith(text, '"name": "admin"')));
    assert.match(f[0].message, /already used by container 'web'/);
    assert.deepStrictEqual(f[0].data, { ruleId: ID, duplicate: 'http' });
  });

  it('reports a name used twice within one container', () => {
    const f = findingsOf(ID, twoContainers([{ containerPort: 8080, name: 'http' }, { containerPort: 8081, name: 'http' }], []));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /another port mapping of container 'web'/);
  });

  it('is silent outside awsvpc and on templated names', () => {
    const bridge = twoContainers([{ containerPort: 8080, name: 'http' }], [{ containerPort: 9090, name: 'http' }], (t) => {
      t.requiresCompatibilities = ['EC2'];
      t.networkMode = 'bridge';
    });
    assert.deepStrictEqual(findingsOf(ID, bridge), []);
    assert.deepStrictEqual(findingsOf(ID, twoContainers([{ containerPort: 8080, name: '${PORT_NAME}' }], [{ containerPort: 9090, name: '${PORT_NAME}' }])), []);
  });
});
