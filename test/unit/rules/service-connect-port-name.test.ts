import * as assert from 'assert';
import { ecsFindingsOf, relatedWith, validService, validTask } from '../../helpers/ecs';

const ID = 'fargate/service-connect-port-name';
const at = (text: string, f: { offset: number; length: number }) => text.slice(f.offset, f.offset + f.length);

function namedTask(name: unknown = 'http'): Record<string, any> {
  const t = validTask();
  t.containerDefinitions[0].portMappings = [{ containerPort: 8080, protocol: 'tcp', name }];
  return t;
}

function connect(portName: unknown): Record<string, any> {
  return { ...validService(), serviceConnectConfiguration: { enabled: true, namespace: 'internal', services: [{ portName, clientAliases: [{ port: 80 }] }] } };
}

describe(ID, () => {
  it('reports a portName no port mapping has, on its value, with the names the task has', () => {
    const text = JSON.stringify(connect('web'), null, 2);
    const f = ecsFindingsOf(ID, text, { related: relatedWith(namedTask()) });
    assert.strictEqual(f.length, 1);
    assert.strictEqual(at(text, f[0]), '"web"');
    assert.match(f[0].message, /taskdef\.json is named 'web' \(its port mapping names are 'http'\)/);
    assert.strictEqual(f[0].data?.suggestion, 'http');
  });

  it('is silent while Service Connect is switched off', () => {
    const s = connect('web');
    s.serviceConnectConfiguration.enabled = false;
    assert.deepStrictEqual(ecsFindingsOf(ID, s, { related: relatedWith(namedTask()) }), []);
  });

  it('suggests a case slip, and says when no port mapping has a name', () => {
    assert.match(ecsFindingsOf(ID, connect('HTTP'), { related: relatedWith(namedTask()) })[0].message, /Did you mean 'http'\?/);
    assert.match(ecsFindingsOf(ID, connect('http'), { related: relatedWith(validTask()) })[0].message, /none of its port mappings has a name/);
  });

  it('accepts a matching name, and is silent for placeholders, without a task definition and for EXTERNAL services', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, connect('http'), { related: relatedWith(namedTask()) }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, connect('${PORT_NAME}'), { related: relatedWith(namedTask()) }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, connect(''), { related: relatedWith(namedTask()) }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, connect('web'), { related: relatedWith(namedTask('${PORT}')) }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, connect('web')), []);
    const external = { ...connect('web'), deploymentController: { type: 'EXTERNAL' } };
    assert.deepStrictEqual(ecsFindingsOf(ID, external, { related: relatedWith(namedTask()) }), []);
  });
});
