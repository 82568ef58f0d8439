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
