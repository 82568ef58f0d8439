import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  READ_ONLY_TASK_FIELDS,
  ROOT_SHAPES,
  childShape,
  closestName,
  damerauLevenshtein,
  didYouMean,
  enumByName,
  enumValues,
  fieldNames,
  getField,
  getShape,
  isReadOnlyTaskField,
  shapeForPath,
  typeAtPath,
} from '../../server/src/knowledge/catalog';
import { REPO_ROOT, requireShared } from '../helpers/paths';

const TD = 'RegisterTaskDefinitionRequest';

describe('ECS field catalog', () => {
  describe('shapes and fields', () => {
    it('knows the three root shapes', () => {
      assert.deepStrictEqual(ROOT_SHAPES, {
        service: 'CreateServiceRequest',
        taskDefinition: TD,
        updateService: 'UpdateServiceRequest',
      });
      for (const root of Object.values(ROOT_SHAPES)) assert.ok(getShape(root), root);
    });

    it('maps containerDefinitions to a required list of ContainerDefinition', () => {
      const field = getField(TD, 'containerDefinitions');
      assert.ok(field);
      assert.strictEqual(field.type, 'list');
      assert.strictEqual(field.required, true);
      assert.strictEqual(field.items?.shape, 'ContainerDefinition');
      assert.strictEqual(childShape(TD, 'containerDefinitions'), 'ContainerDefinition');
    });

    it('gives portMappings items the PortMapping shape', () => {
      assert.strictEqual(childShape('ContainerDefinition', 'portMappings'), 'PortMapping');
      assert.strictEqual(getField('PortMapping', 'containerPort')?.type, 'integer');
    });

    it('returns the structure shape of structure members and nothing for scalars', () => {
      assert.strictEqual(childShape('ContainerDefinition', 'logConfiguration'), 'LogConfiguration');
      assert.strictEqual(childShape('ContainerDefinition', 'image'), undefined);
      assert.strictEqual(childShape('ContainerDefinition', 'noSuchField'), undefined);
      assert.strictEqual(childShape('NoSuchShape', 'image'), undefined);
    });

    it('records required flags', () => {
      assert.strictEqual(getField(TD, 'family')?.required, true);
      assert.strictEqual(getField(TD, 'cpu')?.required, false);
      assert.strictEqual(getField('ContainerDefinition', 'name')?.required, false);
    });

    it('keeps task-level cpu/memory as strings and container-level ones as integers', () => {
      assert.strictEqual(getField(TD, 'cpu')?.type, 'string');
      assert.strictEqual(getField(TD, 'memory')?.type, 'string');
      assert.strictEqual(getField('ContainerDefinition', 'cpu')?.type, 'integer');
      assert.strictEqual(getField('ContainerDefinition', 'memory')?.type, 'integer');
    });

    it('represents string maps (dockerLabels, log options)', () => {
      const labels = getField('ContainerDefinition', 'dockerLabels');
      assert.strictEqual(labels?.type, 'map');
      assert.strictEqual(labels?.items?.type, 'string');
      const options = getField('LogConfiguration', 'options');
      assert.strictEqual(options?.type, 'map');
      assert.strictEqual(options?.items?.type, 'string');
    });

    it('includes newer fields (schema drift guard)', () => {
      assert.ok(getField('ContainerDefinition', 'restartPolicy'), 'restartPolicy');
      assert.strictEqual(childShape('ContainerDefinition', 'restartPolicy'), 'ContainerRestartPolicy');
      assert.ok(getField('ContainerDefinition', 'versionConsistency'), 'versionConsistency');
      assert.deepStrictEqual(enumValues('ContainerDefinition', 'versionConsistency'), ['enabled', 'disabled']);
      assert.ok(getField(TD, 'enableFaultInjection'), 'enableFaultInjection');
    });

    it('lists field names', () => {
      const names = fieldNames('ContainerDefinition');
      assert.ok(names.includes('image'));
      assert.ok(names.includes('environment'));
      assert.deepStrictEqual([...names], [...names].sort());
      assert.deepStrictEqual(fieldNames('NoSuchShape'), []);
    });
  });

  describe('enums', () => {
    it('networkMode enum includes awsvpc', () => {
      const values = enumValues(TD, 'networkMode');
      assert.ok(values?.includes('awsvpc'));
      assert.deepStrictEqual(enumByName('NetworkMode'), values);
    });

    it('returns the item enum for lists of enum strings', () => {
      assert.ok(enumValues(TD, 'requiresCompatibilities')?.includes('FARGATE'));
    });

    it('has no enum for free strings', () => {
      assert.strictEqual(enumValues('ContainerDefinition', 'image'), undefined);
    });
  });

  describe('paths', () => {
    it('walks a JSON path to a structure shape', () => {
      assert.strictEqual(shapeForPath(TD, []), TD);
      assert.strictEqual(shapeForPath(TD, ['containerDefinitions', 0]), 'ContainerDefinition');
      assert.strictEqual(shapeForPath(TD, ['containerDefinitions', 0, 'logConfiguration']), 'LogConfiguration');
      assert.strictEqual(
        shapeForPath(TD, ['containerDefinitions', 2, 'linuxParameters', 'capabilities']),
        'KernelCapabilities',
      );
      assert.strictEqual(shapeForPath(TD, ['volumes', 0, 'efsVolumeConfiguration']), 'EFSVolumeConfiguration');
      assert.strictEqual(
        shapeForPath('CreateServiceRequest', ['networkConfiguration', 'awsvpcConfiguration']),
        'AwsVpcConfiguration',
      );
    });

    it('returns undefined when the path leaves the schema or ends on a non-structure', () => {
      assert.strictEqual(shapeForPath(TD, ['containerDefinitions']), undefined);
      assert.strictEqual(shapeForPath(TD, ['containerDefinitions', 'x']), undefined);
      assert.strictEqual(shapeForPath(TD, ['nope', 0]), undefined);
      assert.strictEqual(shapeForPath(TD, ['family', 0]), undefined);
      assert.strictEqual(shapeForPath('NoSuchShape', []), undefined);
    });

    it('gives the type at a path, through lists and maps', () => {
      assert.strictEqual(typeAtPath(TD, ['containerDefinitions', 0, 'cpu'])?.type, 'integer');
      assert.strictEqual(typeAtPath(TD, ['containerDefinitions', 0, 'dockerLabels', 'any.label'])?.type, 'string');
      assert.ok(typeAtPath(TD, ['networkMode'])?.enum?.includes('awsvpc'));
    });
  });

  describe('didYouMean', () => {
    it('suggests close misspellings', () => {
      assert.strictEqual(didYouMean('ContainerDefinition', 'enviroment'), 'environment');
      assert.strictEqual(didYouMean('ContainerDefinition', 'memoryReservaton'), 'memoryReservation');
      assert.strictEqual(didYouMean('ContainerDefinition', 'imgae'), 'image');
      assert.strictEqual(didYouMean(TD, 'containerDefinition'), 'containerDefinitions');
    });

    it('prefers a case-insensitive exact match', () => {
      assert.strictEqual(didYouMean('ContainerDefinition', 'CPU'), 'cpu');
      assert.strictEqual(didYouMean(TD, 'NetworkMode'), 'networkMode');
    });

    it('gives no suggestion when nothing is close, for valid keys, or for unknown shapes', () => {
      assert.strictEqual(didYouMean('ContainerDefinition', 'zzzzzz'), undefined);
      assert.strictEqual(didYouMean('ContainerDefinition', 'completelyUnrelatedKey'), undefined);
      assert.strictEqual(didYouMean('ContainerDefinition', 'image'), undefined);
      assert.strictEqual(didYouMean('NoSuchShape', 'image'), undefined);
      assert.strictEqual(didYouMean('ContainerDefinition', ''), undefined);
    });

    it('computes Damerau-Levenshtein distances', () => {
      assert.strictEqual(damerauLevenshtein('abc', 'abc'), 0);
      assert.strictEqual(damerauLevenshtein('abc', 'acb'), 1);
      assert.strictEqual(damerauLevenshtein('kitten', 'sitting'), 3);
      assert.strictEqual(damerauLevenshtein('', 'abc'), 3);
      assert.ok(damerauLevenshtein('aaaaaaaa', 'bbbbbbbb', 2) >= 2);
    });
  });

  describe('closestName', () => {
    const launchTypes = ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'];

    it('returns the candidate equal ignoring case before any typo match', () => {
      assert.strictEqual(closestName('fargate', launchTypes), 'FARGATE');
      // 'ab' is one edit from 'AB' and 'ac'; the case-insensitive match wins even though it comes later.
      assert.strictEqual(closestName('ab', ['ac', 'AB']), 'AB');
    });

    it('suggests the closest candidate within the default distance max(1, floor(len / 4))', () => {
      assert.strictEqual(closestName('FARGTE', launchTypes), 'FARGATE');
      assert.strictEqual(closestName('FRAGATE', launchTypes), 'FARGATE'); // a transposition is one edit
      assert.strictEqual(closestName('FARGT', launchTypes), undefined); // two edits, limit 1 for 5 letters
      assert.strictEqual(closestName('EXTRNAL', launchTypes), 'EXTERNAL');
      assert.strictEqual(closestName('zzzzzz', launchTypes), undefined);
    });

    it('honours maxDistance', () => {
      assert.strictEqual(closestName('FARGT', launchTypes, { maxDistance: () => 2 }), 'FARGATE');
      assert.strictEqual(closestName('FARGTE', launchTypes, { maxDistance: () => 0 }), undefined);
      assert.strictEqual(closestName('Fargate', launchTypes, { maxDistance: () => 0 }), 'FARGATE');
      assert.strictEqual(closestName('FARGATE', launchTypes, { maxDistance: () => -1 }), undefined);
      assert.strictEqual(closestName('FARGTE', launchTypes, { maxDistance: (len) => len }), 'FARGATE');
    });

    it('prefers the smaller distance and, on a tie, the earlier candidate', () => {
      assert.strictEqual(closestName('abcd', ['abxy', 'abcx'], { maxDistance: () => 2 }), 'abcx');
      assert.strictEqual(closestName('abcd', ['abcx', 'abcy']), 'abcx');
      assert.strictEqual(closestName('abcd', ['abcy', 'abcx']), 'abcy');
    });

    it('counts case changes as edits when caseInsensitiveFirst is false', () => {
      assert.strictEqual(closestName('FarGate', launchTypes, { caseInsensitiveFirst: false }), undefined);
      assert.strictEqual(closestName('FARGATe', launchTypes, { caseInsensitiveFirst: false }), 'FARGATE');
      assert.strictEqual(closestName('cpu', ['CPU', 'cpus'], { caseInsensitiveFirst: false }), 'cpus');
      assert.strictEqual(closestName('cpu', ['CPU', 'cpus']), 'CPU');
    });

    it('returns nothing for an empty value or no candidates, and an exact candidate as is', () => {
      assert.strictEqual(closestName('', ['a', 'b']), undefined);
      assert.strictEqual(closestName('abc', []), undefined);
      assert.strictEqual(closestName('FARGATE', launchTypes), 'FARGATE');
    });
  });

  describe('Fargate support flags', () => {
    it('flags unsupported container fields', () => {
      const privileged = getField('ContainerDefinition', 'privileged');
      assert.strictEqual(privileged?.fargate, 'unsupported');
      assert.ok(privileged?.fargateNote && privileged.fargateNote.length > 0);
      assert.strictEqual(getField('ContainerDefinition', 'links')?.fargate, 'unsupported');
      assert.strictEqual(getField('LinuxParameters', 'devices')?.fargate, 'unsupported');
    });

    it('flags restricted fields', () => {
      assert.strictEqual(getField(TD, 'networkMode')?.fargate, 'restricted');
      assert.strictEqual(getField(TD, 'pidMode')?.fargate, 'restricted');
      assert.strictEqual(getField('LogConfiguration', 'logDriver')?.fargate, 'restricted');
      assert.strictEqual(getField('CreateServiceRequest', 'schedulingStrategy')?.fargate, 'restricted');
    });

    it('leaves ordinary fields unflagged', () => {
      assert.strictEqual(getField('ContainerDefinition', 'image')?.fargate, undefined);
    });
  });

  describe('read-only task definition fields', () => {
    it('lists describe-only fields', () => {
      for (const name of ['taskDefinitionArn', 'revision', 'status', 'requiresAttributes', 'compatibilities',
        'registeredAt', 'registeredBy', 'deregisteredAt']) {
        assert.ok(READ_ONLY_TASK_FIELDS.includes(name), name);
        assert.ok(isReadOnlyTaskField(name), name);
        assert.strictEqual(getField(TD, name), undefined, `${name} must not be a register field`);
      }
      assert.strictEqual(isReadOnlyTaskField('family'), false);
    });
  });

  describe('generator', () => {
    it('regenerates the committed catalog byte for byte', function () {
      this.timeout(20000);
      const root = REPO_ROOT;
      // The botocore ECS model is reference material in ../shared (CI gets a copy of shared/ too); a bare clone
      // without it skips this check and says so. ECS_API_MODEL points at another copy.
      const fromEnv = process.env.ECS_API_MODEL;
      if (fromEnv) assert.ok(fs.existsSync(fromEnv), `ECS_API_MODEL=${fromEnv} does not exist`);
      const model = fromEnv ?? requireShared(this, 'reference/aws-ecs-api-model.json');
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-catalog-'));
      try {
        const out = path.join(tmp, 'catalog.json');
        execFileSync(process.execPath, [path.join(root, 'scripts', 'generate-catalog.mjs'), model, out], {
          stdio: 'pipe',
        });
        const committed = fs.readFileSync(path.join(root, 'server', 'src', 'knowledge', 'ecsCatalog.generated.json'));
        const fresh = fs.readFileSync(out);
        assert.ok(
          committed.equals(fresh),
          'server/src/knowledge/ecsCatalog.generated.json is stale: run `npm run generate:catalog`',
        );
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    });
  });
});
