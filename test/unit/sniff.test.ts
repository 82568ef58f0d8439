/**
 * The pre-parse scan (`sniff.ts`) must never hide a document the parser would recognise: on every seed document
 * (fixtures, examples, the shared corpus when present) and on fuzz mutants, a text whose parse is recognised as an
 * ECS definition passes the scan. And it must reject the large non-ECS files it exists for.
 */
import * as assert from 'assert';
import * as path from 'path';
import { parseTree } from 'jsonc-parser';
import { classify } from '../../server/src/service/document';
import { mayHoldEcsDefinition } from '../../server/src/service/sniff';
import { parseYamlTree } from '../../server/src/service/yamlDocument';
import { loadSeeds, makeMutant } from '../helpers/fuzz';
import { SHARED_DIR } from '../helpers/paths';

function recognised(text: string, yaml: boolean): string {
  try {
    const root = yaml ? parseYamlTree(text).root : parseTree(text, [], { allowTrailingComma: true });
    return classify(root).kind;
  } catch (err) {
    // Nesting deep enough to exhaust the stack: the service reports such files only when they name
    // containerDefinitions, which the scan passes.
    if (err instanceof RangeError) return 'none';
    throw err;
  }
}

describe('pre-parse scan for ECS content', () => {
  it('passes every seed document the parser recognises', function () {
    this.timeout(60_000);
    const seeds = loadSeeds({ corpusDir: path.join(SHARED_DIR, 'corpus'), maxSeedSize: 2_000_000 });
    let recognisedCount = 0;
    const hidden: string[] = [];
    for (const s of seeds) {
      const kind = recognised(s.text, s.yaml);
      if (kind === 'none') continue;
      recognisedCount++;
      if (!mayHoldEcsDefinition(s.text)) hidden.push(`${s.name} (${kind})`);
    }
    assert.deepStrictEqual(hidden, []);
    assert.ok(recognisedCount > 10, `only ${recognisedCount} recognised seeds`);
  });

  it('passes every recognised fuzz mutant (JSON and YAML)', function () {
    this.timeout(60_000);
    const seeds = loadSeeds();
    const hidden: number[] = [];
    let recognisedCount = 0;
    for (let i = 0; i < 2000; i++) {
      const m = makeMutant(seeds, 0x5c4f, i);
      const kind = recognised(m.text, m.yaml);
      if (kind === 'none') continue;
      recognisedCount++;
      if (!mayHoldEcsDefinition(m.text)) hidden.push(i);
    }
    assert.deepStrictEqual(hidden.slice(0, 10), []);
    assert.ok(recognisedCount > 500, `only ${recognisedCount} recognised mutants`);
  });

  it('rejects large files with no ECS content, and keys that only end like an ECS key', () => {
    const queues = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:'];
    for (let i = 0; i < 3000; i++) queues.push(`  Queue${i}:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: q-${i}\n      VisibilityTimeout: 30`);
    assert.strictEqual(mayHoldEcsDefinition(queues.join('\n')), false);
    const k8s = 'apiVersion: v1\nkind: Service\nspec:\n  ipFamily: IPv4\n  ipFamilyPolicy: SingleStack\n  ports:\n    - port: 80\n';
    assert.strictEqual(mayHoldEcsDefinition(k8s), false);
    assert.strictEqual(mayHoldEcsDefinition('{"name": "x", "scripts": {"myservice": "node ."}}'), false);
    // Every spelling of a definition key counts: JSON, YAML block and flow, list items, quoted keys.
    for (const t of ['{"family":"web"}', 'family: web', '- family: web', '{family: web}', "'serviceName': web", 'x:\n  TargetService:\n', 'Type: AWS::ECS::Service']) {
      assert.strictEqual(mayHoldEcsDefinition(t), true, t);
    }
  });
});
