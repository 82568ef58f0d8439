import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../../server/src/common/settings';
import { createLanguageService } from '../../server/src/service/languageService';
import { LISTING_TTL_MS, SiblingFinder } from '../../server/src/siblings';

const task = (family: string, container: string) =>
  JSON.stringify({ family, networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512', containerDefinitions: [{ name: container, image: 'nginx' }] });

describe('SiblingFinder', () => {
  let dir: string;
  let clock: number;
  let finder: SiblingFinder;
  let appspec: TextDocument;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fargate-siblings-'));
    clock = 1_000_000;
    finder = new SiblingFinder(createLanguageService(), { now: () => clock });
    appspec = TextDocument.create(pathToFileURL(path.join(dir, 'appspec.yaml')).toString(), 'yaml', 1, 'version: 0.0\nResources: []\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const containers = () => finder.related(appspec, [], DEFAULT_SETTINGS).taskDefinitions.map((t) => t.task.containers[0]?.name);

  it('keeps only the task definitions of the folder', () => {
    fs.writeFileSync(path.join(dir, 'taskdef.json'), task('web', 'web'));
    fs.writeFileSync(path.join(dir, 'service.json'), JSON.stringify({ serviceName: 'web', cluster: 'c', taskDefinition: 'web', desiredCount: 1 }));
    fs.writeFileSync(path.join(dir, 'notes.yaml'), 'a: [unclosed\n');
    fs.writeFileSync(path.join(dir, 'mentions.json'), JSON.stringify({ note: 'containerDefinitions are elsewhere' }));
    const related = finder.related(appspec, [], DEFAULT_SETTINGS);
    assert.deepStrictEqual(related.taskDefinitions.map((t) => path.basename(t.uri)), ['taskdef.json']);
    assert.deepStrictEqual(related.services, []);
    assert.deepStrictEqual(related.appspecs, []);
  });

  it('reuses the folder listing for a short time, then sees changes on disk', () => {
    const file = path.join(dir, 'taskdef.json');
    fs.writeFileSync(file, task('web', 'web'));
    assert.deepStrictEqual(containers(), ['web']);

    fs.writeFileSync(file, task('web', 'api-server'));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    fs.writeFileSync(path.join(dir, 'other.json'), task('other', 'other'));
    clock += LISTING_TTL_MS - 1;
    assert.deepStrictEqual(containers(), ['web'], 'within the listing lifetime nothing is read again');

    clock += 1;
    assert.deepStrictEqual(containers(), ['other', 'api-server']);
  });

  it('forgets a deleted file once the listing expires', () => {
    const file = path.join(dir, 'taskdef.json');
    fs.writeFileSync(file, task('web', 'web'));
    assert.deepStrictEqual(containers(), ['web']);
    fs.rmSync(file);
    clock += LISTING_TTL_MS;
    assert.deepStrictEqual(containers(), []);
  });

  it('prefers an open document over its file on disk', () => {
    const file = path.join(dir, 'taskdef.json');
    fs.writeFileSync(file, task('web', 'web'));
    const open = TextDocument.create(pathToFileURL(file).toString(), 'json', 2, task('web', 'edited'));
    const related = finder.related(appspec, [open], DEFAULT_SETTINGS);
    assert.deepStrictEqual(related.taskDefinitions.map((t) => t.task.containers[0]?.name), ['edited']);
  });
});

describe('SiblingFinder with fargate.relatedFolders', () => {
  let root: string;
  const finder = () => new SiblingFinder(createLanguageService());
  const settings = (relatedFolders: string[]) => ({ ...DEFAULT_SETTINGS, relatedFolders });
  const service = (family: string, container: string) =>
    JSON.stringify({ serviceName: 'web', cluster: 'c', taskDefinition: family, desiredCount: 1, launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
      loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef', containerName: container, containerPort: 80 }] });

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'fargate-related-'));
    fs.mkdirSync(path.join(root, 'services'));
    fs.mkdirSync(path.join(root, 'taskdefs'));
    fs.writeFileSync(path.join(root, 'taskdefs', 'web.json'), task('web', 'web'));
    fs.writeFileSync(path.join(root, 'taskdefs', 'api.json'), task('api', 'api'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const serviceDoc = (text: string) => TextDocument.create(pathToFileURL(path.join(root, 'services', 'web.json')).toString(), 'json', 1, text);

  it('adds the task definitions of the related folders, marked as elsewhere and labelled by their relative path', () => {
    const doc = serviceDoc(service('web', 'web'));
    assert.deepStrictEqual(finder().related(doc, [], DEFAULT_SETTINGS).taskDefinitions, []);
    const related = finder().related(doc, [], settings(['../taskdefs', '../taskdefs/', '../missing', '.']));
    assert.deepStrictEqual(related.taskDefinitions.map((t) => [t.task.family, t.elsewhere, t.label]), [
      ['api', true, '../taskdefs/api.json'],
      ['web', true, '../taskdefs/web.json'],
    ]);
  });

  it('pairs by family only: the service is checked against ../taskdefs/web.json, a placeholder reference gets nothing', () => {
    const svc = createLanguageService();
    const f = finder();
    const wrong = serviceDoc(service('web', 'webapp'));
    const findings = svc.findings(wrong, settings(['../taskdefs']), f.related(wrong, [], settings(['../taskdefs'])));
    const container = findings.filter((x) => x.ruleId === 'fargate/service-task-container');
    // The name is wrong, and no container maps port 80 either: both are reported.
    assert.strictEqual(container.length, 2);
    assert.match(container[0].message, /in \.\.\/taskdefs\/web\.json has no container named 'webapp'/);
    assert.match(container[1].message, /^No container of task definition 'web' in \.\.\/taskdefs\/web\.json maps port 80/);
    const right = serviceDoc(service('arn:aws:ecs:us-east-1:123456789012:task-definition/web:7', 'web'));
    // Paired through the ARN's family: the container exists, only its port is missing (the task maps none).
    const rightFindings = svc.findings(right, settings(['../taskdefs']), f.related(right, [], settings(['../taskdefs']))).filter((x) => x.ruleId === 'fargate/service-task-container');
    assert.strictEqual(rightFindings.length, 1);
    assert.match(rightFindings[0].message, /^Container 'web' in \.\.\/taskdefs\/web\.json does not map port 80/);
    // Only one task definition would be there if the other were removed, but a placeholder never picks from elsewhere.
    fs.rmSync(path.join(root, 'taskdefs', 'api.json'));
    const placeholder = serviceDoc(service('<TASK_DEFINITION>', 'nope'));
    assert.deepStrictEqual(svc.findings(placeholder, settings(['../taskdefs']), finder().related(placeholder, [], settings(['../taskdefs']))).filter((x) => x.ruleId === 'fargate/service-task-container'), []);
  });

  it('counts a folder once however it is named (a symbolic link, backslashes), so pairing still finds one match', () => {
    fs.symlinkSync(path.join(root, 'taskdefs'), path.join(root, 'taskdefs-link'));
    const related = finder().related(serviceDoc(service('web', 'web')), [], settings(['../taskdefs', '../taskdefs-link', '..\\taskdefs', '../services']));
    assert.deepStrictEqual(related.taskDefinitions.map((t) => t.label), ['../taskdefs/api.json', '../taskdefs/web.json']);
  });

  it('lets an open file of a related folder hide its copy on disk even while it is not a task definition', () => {
    const open = TextDocument.create(pathToFileURL(path.join(root, 'taskdefs', 'web.json')).toString(), 'json', 3, '{ "being": "rewritten" }');
    const related = finder().related(serviceDoc(service('web', 'web')), [open], settings(['../taskdefs']));
    assert.deepStrictEqual(related.taskDefinitions.map((t) => t.task.family), ['api']);
  });

  it('prefers an open, edited task definition of a related folder over the file on disk', () => {
    const open = TextDocument.create(pathToFileURL(path.join(root, 'taskdefs', 'web.json')).toString(), 'json', 3, task('web', 'edited'));
    const related = finder().related(serviceDoc(service('web', 'web')), [open], settings(['../taskdefs']));
    const web = related.taskDefinitions.filter((t) => t.task.family === 'web');
    assert.deepStrictEqual(web.map((t) => t.task.containers[0].name), ['edited']);
  });
});

