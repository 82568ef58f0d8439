import * as assert from 'assert';
import * as fs from 'fs';
import {
  APPSPEC_DOCS,
  AWSLOGS_OPTIONS,
  FIELD_DOCS,
  FieldDoc,
  VALUE_DOCS,
  fieldDoc,
} from '../../server/src/knowledge/fieldDocs';
import { requireShared } from '../helpers/paths';

const MAX_LEN = 400;

interface ModelMember { shape: string }
interface ModelShape {
  type: string;
  members?: Record<string, ModelMember>;
  member?: ModelMember;
  key?: ModelMember;
  value?: ModelMember;
}

/** Every 'Shape.member' reachable from the given root shapes. */
function reachableMembers(shapes: Record<string, ModelShape>, roots: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const s = shapes[name];
    if (!s) return;
    if (s.type === 'structure' && s.members) {
      for (const [m, ref] of Object.entries(s.members)) {
        out.push(`${name}.${m}`);
        visit(ref.shape);
      }
    } else if (s.type === 'list' && s.member) {
      visit(s.member.shape);
    } else if (s.type === 'map') {
      if (s.key) visit(s.key.shape);
      if (s.value) visit(s.value.shape);
    }
  };
  roots.forEach(visit);
  return out;
}

function checkText(label: string, text: string | undefined): void {
  assert.ok(typeof text === 'string' && text.trim().length > 0, `${label}: empty text`);
  assert.ok(/\.$/.test(text), `${label}: should end with a period: ${text}`);
  assert.ok(text.length <= MAX_LEN, `${label}: ${text.length} chars (max ${MAX_LEN})`);
}

function checkDoc(key: string, doc: FieldDoc): void {
  checkText(key, doc.description);
  if (doc.fargate !== undefined) checkText(`${key} (fargate)`, doc.fargate);
  assert.ok(/^https:\/\/\S+$/.test(doc.docUrl), `${key}: docUrl must be https: ${doc.docUrl}`);
}

describe('fieldDocs', () => {
  it('keys FIELD_DOCS as ShapeName.memberName', () => {
    const keys = Object.keys(FIELD_DOCS);
    assert.ok(keys.length > 250, `only ${keys.length} entries`);
    for (const key of keys) {
      assert.match(key, /^[A-Z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/, `bad key ${key}`);
    }
  });

  it('gives every field doc a description ending with a period and an https docUrl', () => {
    for (const [key, doc] of Object.entries(FIELD_DOCS)) checkDoc(key, doc);
  });

  it('keeps value, awslogs and appspec docs well formed', () => {
    for (const [key, doc] of Object.entries(VALUE_DOCS)) {
      checkText(`VALUE_DOCS[${key}]`, doc.description);
      if (doc.docUrl !== undefined) assert.match(doc.docUrl, /^https:\/\//, key);
    }
    for (const [key, doc] of Object.entries(AWSLOGS_OPTIONS)) {
      assert.match(key, /^[a-z][a-z-]*$/, `bad awslogs option ${key}`);
      checkText(`AWSLOGS_OPTIONS[${key}]`, doc.description);
    }
    for (const [key, doc] of Object.entries(APPSPEC_DOCS)) {
      assert.match(key, /^appspec\.[A-Za-z]+$/, `bad appspec key ${key}`);
      checkDoc(key, doc);
    }
  });

  it('covers the values, awslogs options and appspec fields hovers rely on', () => {
    for (const v of ['awsvpc', 'FARGATE', 'FARGATE_SPOT', 'awslogs', 'CODE_DEPLOY', 'ARM64', 'CMD-SHELL', 'SYS_PTRACE', 'LATEST', '1.4.0']) {
      assert.ok(VALUE_DOCS[v], `VALUE_DOCS missing ${v}`);
    }
    assert.strictEqual(AWSLOGS_OPTIONS['awslogs-group']?.required, 'always');
    assert.strictEqual(AWSLOGS_OPTIONS['awslogs-region']?.required, 'always');
    assert.strictEqual(AWSLOGS_OPTIONS['awslogs-stream-prefix']?.required, 'fargate');
    for (const k of ['version', 'Resources', 'TargetService', 'TaskDefinition', 'LoadBalancerInfo', 'ContainerName', 'ContainerPort', 'Hooks', 'BeforeInstall', 'AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AfterAllowTraffic']) {
      assert.ok(APPSPEC_DOCS[`appspec.${k}`], `APPSPEC_DOCS missing appspec.${k}`);
    }
  });

  it('looks fields up with fieldDoc()', () => {
    assert.ok(fieldDoc('RegisterTaskDefinitionRequest', 'cpu')?.fargate);
    assert.ok(fieldDoc('PortMapping', 'hostPort'));
    assert.strictEqual(fieldDoc('ContainerDefinition', 'noSuchField'), undefined);
    assert.strictEqual(fieldDoc('ContainerDefinition', 'toString'), undefined);
  });

  it('documents every member reachable from RegisterTaskDefinition, CreateService and UpdateService', function () {
    // The API model is reference material in ../shared (CI gets a copy); a bare clone skips and says so.
    const modelPath = requireShared(this, 'reference/aws-ecs-api-model.json');
    const model = JSON.parse(fs.readFileSync(modelPath, 'utf8')) as { shapes: Record<string, ModelShape> };
    const members = reachableMembers(model.shapes, [
      'RegisterTaskDefinitionRequest',
      'CreateServiceRequest',
      'UpdateServiceRequest',
    ]);
    assert.ok(members.length > 250, `walker found only ${members.length} members`);
    const missing = members.filter((k) => !FIELD_DOCS[k]);
    assert.deepStrictEqual(missing, [], `undocumented fields: ${missing.join(', ')}`);
  });
});
