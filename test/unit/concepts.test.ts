import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  CONCEPTS,
  CONCEPT_CATEGORIES,
  conceptById,
  conceptsForField,
  conceptsForValue,
  conceptsInCategory,
  normalizeFieldPath,
} from '../../server/src/knowledge/concepts';
import { requireShared } from '../helpers/paths';

/** Concepts about architecture as a whole, with no task-definition field or value to hang on. */
const PURE_ARCHITECTURE = new Set([
  'ecs-vs-eks',
  'multi-region-route53',
  'stateless-scale-out',
  'fargate-use-cases',
  'common-pitfalls',
  'exam-serverless-containers',
]);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[`*_]/g, '')
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
}

function nGrams(ws: string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= ws.length; i++) {
    out.add(ws.slice(i, i + n).join(' '));
  }
  return out;
}

describe('knowledge/concepts', () => {
  it('has 22-30 concepts', () => {
    assert.ok(CONCEPTS.length >= 22 && CONCEPTS.length <= 30, `got ${CONCEPTS.length}`);
  });

  it('uses unique kebab-case ids', () => {
    const ids = CONCEPTS.map((c) => c.id);
    assert.strictEqual(new Set(ids).size, ids.length, 'duplicate id');
    for (const id of ids) {
      assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/, id);
      assert.strictEqual(conceptById(id)?.id, id);
    }
    assert.strictEqual(conceptById('no-such-concept'), undefined);
  });

  it('uses every category, and only known ones', () => {
    assert.strictEqual(new Set(CONCEPT_CATEGORIES).size, CONCEPT_CATEGORIES.length);
    for (const category of CONCEPT_CATEGORIES) {
      assert.ok(conceptsInCategory(category).length > 0, `category ${category} is empty`);
    }
    for (const c of CONCEPTS) {
      assert.ok(CONCEPT_CATEGORIES.includes(c.category), `${c.id}: unknown category ${c.category}`);
    }
  });

  it('gives every concept text, an analogy and AWS docs links', () => {
    for (const c of CONCEPTS) {
      assert.ok(c.title.trim().length > 0, `${c.id}: title`);
      assert.ok(c.summary.trim().length > 20, `${c.id}: summary`);
      assert.ok(c.explanation.trim().length > 150, `${c.id}: explanation`);
      assert.ok(c.analogy.trim().length > 40, `${c.id}: analogy`);
      assert.ok(c.docs.length >= 1 && c.docs.length <= 3, `${c.id}: 1-3 docs links`);
      for (const link of c.docs) {
        assert.ok(link.title.trim().length > 0, `${c.id}: link title`);
        assert.match(link.url, /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//, `${c.id}: ${link.url}`);
      }
    }
  });

  it('keeps explanations to 3-6 sentences', () => {
    for (const c of CONCEPTS) {
      // A sentence ends with . ! or ? followed by a space and a capital, code span, emphasis or bracket, or the end.
      const sentences = c.explanation.trim().split(/[.!?](?=\s+[A-Z`*(]|\s*$)/).filter((s) => s.trim().length > 0);
      assert.ok(sentences.length >= 3 && sentences.length <= 6, `${c.id}: ${sentences.length} sentences`);
    }
  });

  it('ties every concept to fields or values, except whitelisted architecture concepts', () => {
    for (const c of CONCEPTS) {
      const tied = c.fields.length > 0 || (c.values?.length ?? 0) > 0;
      if (PURE_ARCHITECTURE.has(c.id)) {
        continue;
      }
      assert.ok(tied, `${c.id} has neither fields nor values`);
    }
    for (const id of PURE_ARCHITECTURE) {
      assert.ok(conceptById(id), `whitelisted id ${id} does not exist`);
    }
  });

  it('writes field patterns in the documented syntax', () => {
    for (const c of CONCEPTS) {
      for (const f of c.fields) {
        assert.match(f, /^(service:|appspec:)?[A-Za-z][A-Za-z0-9]*(\[\])?(\.[A-Za-z][A-Za-z0-9]*(\[\])?)*$/, `${c.id}: ${f}`);
      }
    }
  });

  describe('conceptsForField', () => {
    it('finds the secrets concept from a concrete indexed path', () => {
      const ids = conceptsForField('containerDefinitions[3].secrets[0].valueFrom').map((c) => c.id);
      assert.strictEqual(ids[0], 'secrets-injection');
    });

    it('matches exact paths', () => {
      assert.ok(conceptsForField('networkMode').some((c) => c.id === 'awsvpc-eni'));
      assert.ok(conceptsForField('executionRoleArn').some((c) => c.id === 'task-and-execution-roles'));
      assert.ok(conceptsForField('appspec:Hooks').some((c) => c.id === 'blue-green-codedeploy'));
      assert.ok(conceptsForField('service:deploymentController.type').some((c) => c.id === 'blue-green-codedeploy'));
    });

    it('puts the most specific concept first', () => {
      const ids = conceptsForField('containerDefinitions[2].portMappings[0].hostPort').map((c) => c.id);
      assert.ok(ids.includes('awsvpc-eni'), ids.join());
      assert.ok(ids.includes('fargate-limits'), ids.join());
      assert.ok(ids.includes('alb-integration'), ids.join());
      // 'volumes[].efsVolumeConfiguration.fileSystemId' is EFS before the generic 'volumes' storage concept.
      const storage = conceptsForField('volumes[0].efsVolumeConfiguration.fileSystemId').map((c) => c.id);
      assert.strictEqual(storage[0], 'efs-shared-storage');
      assert.ok(storage.indexOf('ephemeral-storage') > 0);
      // The generic recipe concept comes after everything more specific.
      const health = conceptsForField('containerDefinitions[0].healthCheck.retries').map((c) => c.id);
      assert.strictEqual(health[0], 'health-checks-replacement');
      assert.strictEqual(health[health.length - 1], 'task-definition-recipe');
    });

    it('maps the security group path and the AppSpec paths', () => {
      const sg = conceptsForField('service:networkConfiguration.awsvpcConfiguration.securityGroups[1]').map((c) => c.id);
      assert.strictEqual(sg[0], 'task-security-groups');
      const td = conceptsForField('appspec:Resources[0].TargetService.Properties.TaskDefinition').map((c) => c.id);
      assert.strictEqual(td[0], 'blue-green-codedeploy');
      const lb = conceptsForField('appspec:Resources[0].TargetService.Properties.LoadBalancerInfo.ContainerPort');
      assert.strictEqual(lb[0]?.id, 'blue-green-codedeploy');
    });

    it('maps the fields named in the brief', () => {
      const expect: Record<string, string[]> = {
        cpu: ['right-sizing', 'per-second-billing'],
        memory: ['right-sizing', 'per-second-billing'],
        taskRoleArn: ['task-and-execution-roles'],
        'containerDefinitions[0].repositoryCredentials': ['task-and-execution-roles'],
        'containerDefinitions[0].environment[1].name': ['secrets-injection'],
        'containerDefinitions[0].environmentFiles': ['secrets-injection'],
        'containerDefinitions[0].logConfiguration.options.awslogs-group': ['cloudwatch-logs-metrics'],
        'containerDefinitions[0].essential': ['health-checks-replacement'],
        'containerDefinitions[0].restartPolicy': ['health-checks-replacement'],
        'containerDefinitions[0].dependsOn[0].condition': ['health-checks-replacement'],
        'ephemeralStorage.sizeInGiB': ['ephemeral-storage'],
        'containerDefinitions[0].mountPoints[0].sourceVolume': ['efs-shared-storage', 'ephemeral-storage'],
        'containerDefinitions[0].readonlyRootFilesystem': ['isolation-compliance', 'ephemeral-storage'],
        'containerDefinitions[0].image': ['ecr-image-scanning'],
        'runtimePlatform.cpuArchitecture': ['per-second-billing'],
        runtimePlatform: ['choosing-compute', 'per-second-billing'],
        requiresCompatibilities: ['serverless-containers'],
        'service:loadBalancers[0].targetGroupArn': ['alb-integration'],
        'service:desiredCount': ['scale-by-tasks', 'application-auto-scaling'],
        'service:capacityProviderStrategy[0].capacityProvider': ['per-second-billing', 'scale-by-tasks'],
        'service:deploymentController': ['blue-green-codedeploy'],
        'service:deploymentConfiguration.strategy': ['blue-green-codedeploy'],
        'service:networkConfiguration.awsvpcConfiguration.subnets[0]': ['awsvpc-eni', 'fargate-limits'],
        'containerDefinitions[0].privileged': ['isolation-compliance'],
        'containerDefinitions[0].linuxParameters.capabilities.add[0]': ['isolation-compliance'],
        'containerDefinitions[0].user': ['isolation-compliance'],
        pidMode: ['isolation-compliance'],
        ipcMode: ['isolation-compliance'],
      };
      for (const [field, wanted] of Object.entries(expect)) {
        const ids = conceptsForField(field).map((c) => c.id);
        for (const id of wanted) {
          assert.ok(ids.includes(id), `${field} -> [${ids.join(', ')}] lacks ${id}`);
        }
      }
    });

    it('accepts dotted indices and returns nothing for unknown paths', () => {
      assert.strictEqual(normalizeFieldPath('containerDefinitions.2.portMappings.0.hostPort'), 'containerDefinitions[].portMappings[].hostPort');
      assert.strictEqual(conceptsForField('containerDefinitions.1.secrets.0.valueFrom')[0]?.id, 'secrets-injection');
      assert.deepStrictEqual(conceptsForField('noSuchField'), []);
      assert.deepStrictEqual(conceptsForField(''), []);
      // A prefix only matches at a segment boundary.
      assert.ok(!conceptsForField('cpuShares').some((c) => c.id === 'right-sizing'));
    });
  });

  describe('conceptsForValue', () => {
    it('finds the ENI concept for awsvpc', () => {
      assert.strictEqual(conceptsForValue('awsvpc')[0]?.id, 'awsvpc-eni');
    });

    it('finds the concepts for well-known values', () => {
      const expect: Record<string, string> = {
        FARGATE: 'serverless-containers',
        awslogs: 'cloudwatch-logs-metrics',
        CODE_DEPLOY: 'blue-green-codedeploy',
        BLUE_GREEN: 'blue-green-codedeploy',
        ARM64: 'per-second-billing',
        FARGATE_SPOT: 'per-second-billing',
        'CMD-SHELL': 'health-checks-replacement',
        ECSServiceAverageCPUUtilization: 'application-auto-scaling',
      };
      for (const [value, id] of Object.entries(expect)) {
        assert.ok(conceptsForValue(value).some((c) => c.id === id), `${value} -> ${id}`);
      }
    });

    it('recognises the X-Ray daemon image with or without a tag', () => {
      for (const image of ['amazon/aws-xray-daemon', 'amazon/aws-xray-daemon:latest', 'public.ecr.aws/xray/aws-xray-daemon:3.x']) {
        assert.ok(conceptsForValue(image).some((c) => c.id === 'xray-tracing'), image);
      }
    });

    it('recognises ARNs and resource ids by shape', () => {
      const expect: Record<string, string> = {
        'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password::': 'secrets-injection',
        'arn:aws:ssm:us-east-1:123456789012:parameter/app/db-url': 'secrets-injection',
        'arn:aws:iam::123456789012:role/ecsTaskExecutionRole': 'task-and-execution-roles',
        '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.2.3': 'ecr-image-scanning',
        'sg-0123456789abcdef0': 'task-security-groups',
        'subnet-0abc1234': 'awsvpc-eni',
        'fs-12345678': 'efs-shared-storage',
      };
      for (const [value, id] of Object.entries(expect)) {
        assert.ok(conceptsForValue(value).some((c) => c.id === id), `${value} -> ${id}`);
      }
      assert.deepStrictEqual(conceptsForValue('nothing-known'), []);
      assert.deepStrictEqual(conceptsForValue(''), []);
    });
  });

  describe('own words', () => {
    it('copies no run of 12+ words from the episode', function () {
      // The episode is reference material outside the repository (../shared/seeds); FARGATE_SEEDS_DIR points elsewhere.
      const fromEnv = process.env.FARGATE_SEEDS_DIR;
      if (fromEnv) assert.ok(fs.existsSync(fromEnv), `FARGATE_SEEDS_DIR=${fromEnv} does not exist`);
      const dir = fromEnv ?? requireShared(this, 'seeds');
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
      assert.ok(files.length > 0, `no episode text (*.txt) in ${dir}`);
      const episode = new Set<string>();
      for (const f of files) {
        for (const g of nGrams(words(fs.readFileSync(path.join(dir, f), 'utf8')), 12)) {
          episode.add(g);
        }
      }
      const copied: string[] = [];
      for (const c of CONCEPTS) {
        for (const [part, text] of [['summary', c.summary], ['explanation', c.explanation], ['analogy', c.analogy]] as const) {
          for (const g of nGrams(words(text), 12)) {
            if (episode.has(g)) {
              copied.push(`${c.id}.${part}: "${g}"`);
            }
          }
        }
      }
      assert.deepStrictEqual(copied, []);
    });
  });
});
