import * as assert from 'assert';
import AdmZip from 'adm-zip';
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import { gzipSync } from 'zlib';
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
  MODEL_INFO,
  modelDescription,
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

  describe('generator and refresh', () => {
    const recordedInput = path.join(REPO_ROOT, 'scripts', 'model', 'ecs-model.structure.json');
    const committedCatalog = path.join(REPO_ROOT, 'server', 'src', 'knowledge', 'ecsCatalog.generated.json');
    const node = (script: string, args: string[]) =>
      execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', script), ...args], { stdio: 'pipe', encoding: 'utf8' });
    let tmp: string;
    beforeEach(() => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-catalog-'));
    });
    afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

    it('regenerates the committed catalog byte for byte from its recorded input (no ../shared needed)', function () {
      this.timeout(20000);
      const out = path.join(tmp, 'catalog.json');
      node('generate-catalog.mjs', [recordedInput, out]);
      assert.ok(
        fs.readFileSync(committedCatalog).equals(fs.readFileSync(out)),
        'server/src/knowledge/ecsCatalog.generated.json is not what its recorded input gives: run `npm run generate:catalog`',
      );
    });

    it('records the model version, date and source hash, and the catalog says them', () => {
      const recorded = JSON.parse(fs.readFileSync(recordedInput, 'utf8'));
      const catalog = JSON.parse(fs.readFileSync(committedCatalog, 'utf8'));
      assert.match(recorded.recorded.botocoreVersion, /^\d+\.\d+\.\d+$/);
      assert.match(recorded.recorded.date, /^\d{4}-\d{2}/);
      assert.match(recorded.recorded.upstreamSha256, /^[0-9a-f]{64}$/);
      assert.deepStrictEqual(catalog.model, {
        apiVersion: '2014-11-13',
        botocoreVersion: recorded.recorded.botocoreVersion,
        date: recorded.recorded.date,
        sha256: recorded.recorded.upstreamSha256,
      });
      // Structure only: none of AWS's prose is carried into the project.
      assert.ok(!/"documentation"/.test(fs.readFileSync(recordedInput, 'utf8')));
      assert.strictEqual(MODEL_INFO.botocoreVersion, recorded.recorded.botocoreVersion);
      assert.match(modelDescription(), /^the ECS API model of [A-Z][a-z]+ \d{4} \(botocore \d+\.\d+\.\d+\)$/);
      assert.strictEqual(modelDescription({ apiVersion: 'x', botocoreVersion: 'unknown', date: 'unknown', sha256: '' }), 'the ECS API model');
    });

    it('follows the newest model in ../shared (drift check: run `npm run refresh-model` when it fails)', function () {
      const model = requireShared(this, 'reference/aws-ecs-api-model.json');
      const sha = createHash('sha256').update(fs.readFileSync(model)).digest('hex');
      assert.strictEqual(sha, MODEL_INFO.sha256, 'the shared ECS model changed: run `npm run refresh-model -- ../shared/reference/aws-ecs-api-model.json --botocore-version X --date YYYY-MM`');
    });

    /** A tiny model: the three root shapes plus what the generator's tables name, from the recorded input. */
    function miniModel(): any {
      const recorded = JSON.parse(fs.readFileSync(recordedInput, 'utf8'));
      return { version: '2.0', metadata: recorded.metadata, documentation: '<p>prose</p>', shapes: recorded.shapes };
    }

    it('refreshes from a plain, a gzipped and a wheel-packed model identically, and prints what changed', function () {
      this.timeout(30000);
      const model = miniModel();
      // A December-like change: a new member with a new shape and enum, a removed member, a new enum value.
      model.shapes.DeploymentConfiguration.members.fastLane = { shape: 'FastLane', documentation: '<p>AWS words</p>' };
      model.shapes.FastLane = { type: 'structure', required: ['mode'], members: { mode: { shape: 'FastLaneMode' } } };
      model.shapes.FastLaneMode = { type: 'string', enum: ['ON', 'OFF'] };
      delete model.shapes.DeploymentConfiguration.members.alarms;
      model.shapes.NetworkMode.enum = [...model.shapes.NetworkMode.enum, 'warp'];
      const json = JSON.stringify(model);
      const plain = path.join(tmp, 'service-2.json');
      fs.writeFileSync(plain, json);
      fs.writeFileSync(path.join(tmp, 'service-2.json.gz'), gzipSync(json));
      const wheel = path.join(tmp, 'botocore-9.8.7-py3-none-any.whl');
      const zip = new AdmZip();
      zip.addFile('botocore/__init__.py', Buffer.from("__version__ = '9.8.7'\n"));
      zip.addFile('botocore/data/ecs/2014-11-13/service-2.json.gz', gzipSync(json));
      zip.getEntry('botocore/data/ecs/2014-11-13/service-2.json.gz')!.header.time = new Date(2027, 2, 15, 12, 0, 0);
      zip.writeZip(wheel);

      const results: { record: string; catalog: string; printed: string }[] = [];
      for (const [input, flags] of [[plain, ['--botocore-version', '9.8.7', '--date', '2027-03-15']], [path.join(tmp, 'service-2.json.gz'), ['--botocore-version', '9.8.7', '--date', '2027-03-15']], [wheel, []]] as [string, string[]][]) {
        const record = path.join(tmp, 'record.json');
        const catalog = path.join(tmp, 'catalog.json');
        fs.copyFileSync(committedCatalog, catalog);
        const printed = node('refresh-model.mjs', [input, ...flags, '--record-out', record, '--catalog-out', catalog]);
        results.push({ record: fs.readFileSync(record, 'utf8').replace(/"upstreamFile":"[^"]*",/, ''), catalog: fs.readFileSync(catalog, 'utf8'), printed });
      }
      assert.strictEqual(results[1].record, results[0].record);
      assert.strictEqual(results[2].record, results[0].record);
      assert.strictEqual(results[2].catalog, results[0].catalog);
      const printed = results[2].printed;
      assert.match(printed, /botocore 9\.8\.7, dated 2027-03-15/);
      assert.match(printed, /\+ shape FastLane \(mode\)/);
      assert.match(printed, /\+ member DeploymentConfiguration\.fastLane: structure/);
      assert.match(printed, /- member DeploymentConfiguration\.alarms/);
      assert.match(printed, /\+ enum FastLaneMode: ON \| OFF/);
      assert.match(printed, /\+ enum value NetworkMode\.warp/);
      const catalog = JSON.parse(results[0].catalog);
      assert.deepStrictEqual(catalog.shapes.FastLane.fields.mode, { type: 'string', required: true, enum: ['ON', 'OFF'], enumName: 'FastLaneMode' });
      assert.strictEqual(catalog.model.botocoreVersion, '9.8.7');
      assert.ok(!results[0].record.includes('AWS words') && !results[0].record.includes('prose'));
    });

    it('is deterministic and says when nothing changed', function () {
      this.timeout(30000);
      const input = path.join(tmp, 'service-2.json');
      fs.writeFileSync(input, JSON.stringify(miniModel()));
      const record = path.join(tmp, 'record.json');
      const catalog = path.join(tmp, 'catalog.json');
      const flags = ['--botocore-version', MODEL_INFO.botocoreVersion, '--date', MODEL_INFO.date, '--record-out', record, '--catalog-out', catalog];
      node('refresh-model.mjs', [input, ...flags]);
      const first = [fs.readFileSync(record, 'utf8'), fs.readFileSync(catalog, 'utf8')];
      const printed = node('refresh-model.mjs', [input, ...flags]);
      assert.deepStrictEqual([fs.readFileSync(record, 'utf8'), fs.readFileSync(catalog, 'utf8')], first);
      assert.match(printed, /the catalog did not change/);
    });

    it('refuses input that is not the ECS model, with a clear message', () => {
      const other = path.join(tmp, 'other.json');
      fs.writeFileSync(other, JSON.stringify({ metadata: { endpointPrefix: 'sqs' }, shapes: {} }));
      assert.throws(() => node('refresh-model.mjs', [other, '--record-out', path.join(tmp, 'r.json'), '--catalog-out', path.join(tmp, 'c.json')]), /not of ECS/);
      fs.writeFileSync(other, 'not json');
      assert.throws(() => node('refresh-model.mjs', [other, '--record-out', path.join(tmp, 'r.json'), '--catalog-out', path.join(tmp, 'c.json')]), /is not JSON/);
      assert.ok(!fs.existsSync(path.join(tmp, 'c.json')));
    });
  });
});
