import * as assert from 'assert';
import { isPlaceholder } from '../../../server/src/service/values';
import { containerDefinitionsDefinition, knownTemplateVariables, looksLikeContainerDefinitions, taskContextOf, TEMPLATE_FILE } from '../../../server/src/service/terraform';
import { at, def, fixture, keyAt, plain, rangesInside, read, src, tfParser } from './support';

const wrap = (cd: string) => `resource "aws_ecs_task_definition" "t" {
  family = "t"
  container_definitions = ${cd}
}
`;

describe('terraform front end: container_definitions forms', () => {
  before(async () => {
    await tfParser();
  });

  it('jsonencode with bare and quoted keys, = and :, keys kept as written', () => {
    const text = wrap(`jsonencode([
    {
      name      = "app"
      "image"   : "nginx:1.27"
      essential = true
      cpu       = 256
      "portMappings" = [{ containerPort = 80, "hostPort": 80 }]
      environment = [{ name = "A", value = var.a }]
      dockerLabels = { "com.example/x" = "y" }
      command = concat(["a"], var.more)
    },
    module.sidecar.container,
  ])`);
    const doc = read(text);
    const d = def(doc, 'aws_ecs_task_definition.t');
    assert.strictEqual(d.containerDefinitionsForm, 'jsonencode');
    const cds = at(d.body.node, 'containerDefinitions');
    assert.deepStrictEqual(plain(cds), [
      {
        name: 'app',
        image: 'nginx:1.27',
        essential: true,
        cpu: 256,
        portMappings: [{ containerPort: 80, hostPort: 80 }],
        environment: [{ name: 'A', value: '${var.a}' }],
        dockerLabels: { 'com.example/x': 'y' },
        command: '${concat(["a"], var.more)}',
      },
      '${module.sidecar.container}',
    ]);
    assert.strictEqual(src(text, keyAt(cds, 0, 'image')), '"image"');
    assert.strictEqual(src(text, at(cds, 0, 'portMappings', 0, 'hostPort')), '80');
    assert.strictEqual(src(text, keyAt(cds, 0, 'portMappings', 0, 'containerPort')), 'containerPort');
    assert.strictEqual(d.unknowns.get(at(cds, 1)), 'module.sidecar.container');
    assert.strictEqual(doc.syntaxErrors.length, 0);
    assert.deepStrictEqual(rangesInside(text, d.body.node), []);
  });

  it('jsonencode of a computed list is unknown', () => {
    for (const cd of ['jsonencode(local.containers)', 'jsonencode([for c in var.c : c])', 'jsonencode(concat([], var.c))', 'var.container_definitions', 'module.x.json']) {
      const d = def(read(wrap(cd)), 'aws_ecs_task_definition.t');
      const n = at(d.body.node, 'containerDefinitions');
      assert.ok(isPlaceholder(n.value), cd);
      assert.ok(d.unknowns.has(n), cd);
    }
  });

  it('heredoc JSON (<<EOF and <<-EOF) at exact offsets, interpolations unknown, quoted or not', () => {
    for (const op of ['<<EOF', '<<-EOF']) {
      const text = wrap(`${op}
  [
    {
      "name": "app",
      "image": "\${var.repo}:\${var.tag}",
      "cpu": \${var.cpu},
      "memory": 512,
      "portMappings": [{"containerPort": 8080, "hostPort": 8080}]
    }
  ]
  EOF`);
      const doc = read(text);
      const d = def(doc, 'aws_ecs_task_definition.t');
      assert.strictEqual(d.containerDefinitionsForm, 'heredoc');
      assert.deepStrictEqual(doc.syntaxErrors, [], op);
      const cds = at(d.body.node, 'containerDefinitions');
      assert.strictEqual(src(text, at(cds, 0, 'memory')), '512');
      assert.strictEqual(src(text, keyAt(cds, 0, 'memory')), '"memory"');
      assert.strictEqual(src(text, at(cds, 0, 'portMappings', 0, 'hostPort')), '8080');
      const cpu = at(cds, 0, 'cpu');
      assert.strictEqual(src(text, cpu), '${var.cpu}');
      assert.ok(isPlaceholder(cpu.value));
      assert.strictEqual(d.unknowns.get(cpu), '${var.cpu}');
      const image = at(cds, 0, 'image');
      assert.strictEqual(src(text, image), '"${var.repo}:${var.tag}"');
      assert.ok(d.unknowns.has(image));
      assert.deepStrictEqual(rangesInside(text, d.body.node), []);
    }
  });

  it('reports a real JSON error inside a heredoc at its place', () => {
    const text = wrap(`<<EOT
[{"name": "app" "image": "x"}]
EOT`);
    const doc = read(text);
    assert.strictEqual(doc.syntaxErrors.length, 1);
    assert.strictEqual(src(text, doc.syntaxErrors[0]), '"image"');
  });

  it('a quoted JSON string: escapes decoded, ranges in the .tf text', () => {
    const text = wrap(`"[{\\"name\\": \\"app\\", \\"image\\": \\"nginx\\", \\"memory\\": 512}]"`);
    const d = def(read(text), 'aws_ecs_task_definition.t');
    assert.strictEqual(d.containerDefinitionsForm, 'string');
    const cds = at(d.body.node, 'containerDefinitions');
    assert.deepStrictEqual(plain(cds), [{ name: 'app', image: 'nginx', memory: 512 }]);
    assert.strictEqual(src(text, at(cds, 0, 'image')), '\\"nginx\\"');
    assert.strictEqual(src(text, at(cds, 0, 'memory')), '512');
  });

  it('file(), templatefile() and data "template_file" become file references relative to the module', () => {
    const text = fixture('module/main.tf');
    const doc = read(text);
    const files = doc.containerFiles.map((f) => ({ definition: f.definition, via: f.via, path: f.path, templated: f.templated, vars: f.vars.map((v) => [v.name, plain(v.value)]), dataSource: f.dataSource }));
    assert.deepStrictEqual(files, [
      { definition: 'aws_ecs_task_definition.web', via: 'file', path: 'containers/web.json', templated: false, vars: [], dataSource: undefined },
      { definition: 'aws_ecs_task_definition.worker', via: 'templatefile', path: 'templates/worker.json.tftpl', templated: true, vars: [['image', '${var.image}'], ['port', 8080], ['env', { QUEUE: 'jobs' }]], dataSource: undefined },
      { definition: 'aws_ecs_task_definition.legacy', via: 'template_file', path: 'templates/legacy.json.tpl', templated: true, vars: [['cpu', 256]], dataSource: 'data.template_file.legacy' },
    ]);
    const web = def(doc, 'aws_ecs_task_definition.web');
    assert.strictEqual(doc.containerFiles[0].from, web.body.get('containerDefinitions'));
    assert.ok(web.unknowns.has(doc.containerFiles[0].from));
    assert.strictEqual(src(text, doc.containerFiles[0].pathRange), '"${path.module}/containers/web.json"');
    assert.deepStrictEqual(doc.templateFiles.map((t) => t.address), ['data.template_file.legacy']);
  });

  it('Terraform 0.11 "${file(...)}" and an inline template_file heredoc', () => {
    const old = read(wrap('"${file("defs/app.json")}"'));
    assert.deepStrictEqual(old.containerFiles.map((f) => [f.via, f.path]), [['file', 'defs/app.json']]);
    const computed = read(wrap('file(var.path)'));
    assert.strictEqual(computed.containerFiles[0].path, undefined);
    assert.strictEqual(computed.containerFiles[0].pathExpression, 'var.path');
    const inline = `data "template_file" "c" {
  template = <<EOT
[{"name": "inline", "image": "busybox", "cpu": \${cpu}}]
EOT
  vars = { cpu = 256 }
}
${wrap('data.template_file.c.rendered')}`;
    const doc = read(inline);
    assert.deepStrictEqual(doc.containerFiles, []);
    const d = def(doc, 'aws_ecs_task_definition.t');
    const cds = at(d.body.node, 'containerDefinitions');
    assert.strictEqual(at(cds, 0, 'name').value, 'inline');
    assert.strictEqual(src(inline, at(cds, 0, 'cpu')), '${cpu}');
    assert.ok(d.unknowns.has(at(cds, 0, 'cpu')));
  });
});

describe('terraform front end: container-definition files', () => {
  before(async () => {
    await tfParser();
  });

  it('builds the definition of a JSON file with the task context from the .tf', () => {
    const tfText = fixture('module/main.tf');
    const doc = read(tfText);
    const web = def(doc, 'aws_ecs_task_definition.web');
    const json = fixture('module/containers/web.json');
    const r = containerDefinitionsDefinition(json, { templated: false, context: taskContextOf(web), name: web.name }, web.unknowns);
    assert.deepStrictEqual(r.syntaxErrors, []);
    const d = r.definition!;
    assert.strictEqual(d.kind, 'containerDefinitions');
    assert.strictEqual(d.dialect, 'container-definitions');
    assert.deepStrictEqual(plain(d.body.node), {
      containerDefinitions: [{ name: 'web', image: 'public.ecr.aws/nginx/nginx:1.27', essential: true, portMappings: [{ containerPort: 80, hostPort: 8080 }] }],
      cpu: '256',
      memory: '512',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
    });
    assert.strictEqual(src(json, at(d.body.node, 'containerDefinitions', 0, 'portMappings', 0, 'hostPort')), '8080');
    // The context nodes lead back to the .tf.
    const cpuCopy = at(d.body.node, 'cpu');
    assert.strictEqual(cpuCopy.length, 0);
    assert.strictEqual(src(tfText, d.contextOrigin.get(cpuCopy)!), '256');
    assert.strictEqual(d.contextOrigin.get(at(d.body.node, 'requiresCompatibilities', 0)), at(web.body.node, 'requiresCompatibilities', 0));
  });

  it('reads a template with unquoted ${...} and %{ for } directives: unknowns, open arrays, no syntax error, exact offsets', async () => {
    const parser = await tfParser();
    const text = fixture('module/templates/worker.json.tftpl');
    assert.ok(TEMPLATE_FILE.test('templates/worker.json.tftpl'));
    const r = containerDefinitionsDefinition(text, { templated: true, parser });
    assert.deepStrictEqual(r.syntaxErrors, []);
    const d = r.definition!;
    const c = at(d.body.node, 'containerDefinitions', 0);
    assert.strictEqual(src(text, at(c, 'cpu')), '${port}');
    assert.ok(isPlaceholder(at(c, 'cpu').value));
    assert.ok(d.unknowns.has(at(c, 'image')));
    const env = at(c, 'environment');
    assert.ok(d.unknowns.has(env), 'a %{ for } makes the array open');
    assert.ok(d.unknowns.has(at(env, 0, 'name')), 'templated name');
    const last = env.children![env.children!.length - 1];
    assert.strictEqual(src(text, at(last, 'value')), '"batch"');
    assert.strictEqual(at(last, 'value').value, 'batch');
    assert.deepStrictEqual(rangesInside(text, d.body.node), []);
  });

  it('template variables with literal values are used (templatefile vars, template_file vars, literal locals); others stay unknown', async () => {
    const parser = await tfParser();
    const doc = read(fixture('module/main.tf'));
    const worker = doc.containerFiles.find((f) => f.definition === 'aws_ecs_task_definition.worker')!;
    const wdef = def(doc, worker.definition);
    const vars = knownTemplateVariables(worker, wdef.unknowns);
    assert.deepStrictEqual([...vars], [['port', 8080]], 'var.image is unknown, env is not a scalar');
    const text = fixture('module/templates/worker.json.tftpl');
    const r = containerDefinitionsDefinition(text, { templated: true, parser, vars });
    const c = at(r.definition!.body.node, 'containerDefinitions', 0);
    assert.strictEqual(at(c, 'cpu').value, 8080);
    assert.strictEqual(at(c, 'cpu').type, 'number');
    assert.strictEqual(src(text, at(c, 'cpu')), '${port}');
    assert.ok(!r.definition!.unknowns.has(at(c, 'cpu')));
    assert.ok(r.definition!.unknowns.has(at(c, 'image')));
    const legacy = doc.containerFiles.find((f) => f.via === 'template_file')!;
    const lv = knownTemplateVariables(legacy, wdef.unknowns);
    const lt = fixture('module/templates/legacy.json.tpl');
    const l = containerDefinitionsDefinition(lt, { templated: true, parser, vars: lv });
    assert.strictEqual(at(l.definition!.body.node, 'containerDefinitions', 0, 'cpu').value, 256);
    // In strings too, and only where every interpolation is known.
    const s = containerDefinitionsDefinition('[{"name": "${n}-x", "image": "${n}:${tag}"}]', { templated: true, parser, vars: new Map([['n', 'web']]) });
    const sc = at(s.definition!.body.node, 'containerDefinitions', 0);
    assert.strictEqual(at(sc, 'name').value, 'web-x');
    assert.ok(s.definition!.unknowns.has(at(sc, 'image')));
    // A plain file is never rendered.
    const plainFile = containerDefinitionsDefinition('[{"name": "${n}", "image": "b"}]', { templated: false, vars: new Map([['n', 'web']]) });
    assert.strictEqual(at(plainFile.definition!.body.node, 'containerDefinitions', 0, 'name').value, '${n}');
  });

  it('a plain file is not rendered: ${} outside strings is a syntax error there, inside strings a literal', () => {
    const broken = containerDefinitionsDefinition('[{"name": "a", "image": "b", "cpu": ${cpu}}]', { templated: false });
    assert.ok(broken.syntaxErrors.length > 0);
    const literal = containerDefinitionsDefinition('[{"name": "a", "image": "${repo}"}]', { templated: false });
    assert.deepStrictEqual(literal.syntaxErrors, []);
    assert.strictEqual(at(literal.definition!.body.node, 'containerDefinitions', 0, 'image').value, '${repo}');
  });

  it('a template keeps real JSON errors away from its directives', async () => {
    const parser = await tfParser();
    const text = '[{"name": "a" "image": "${img}"}]';
    const r = containerDefinitionsDefinition(text, { templated: true, parser });
    assert.strictEqual(r.syntaxErrors.length, 1);
    assert.strictEqual(src(text, r.syntaxErrors[0]), '"image"');
    // A computed value where a key or element would be: blanked, the object is open.
    const keyed = containerDefinitionsDefinition('[{"name": "a", "image": "b", ${extra}}]', { templated: true, parser });
    assert.deepStrictEqual(keyed.syntaxErrors, []);
    assert.ok(keyed.definition!.unknowns.has(at(keyed.definition!.body.node, 'containerDefinitions', 0)));
    const ifs = containerDefinitionsDefinition('[{"name": "a", "image": "b", "essential": %{ if x }true%{ else }false%{ endif }}]', { templated: true, parser });
    assert.deepStrictEqual(ifs.syntaxErrors, []);
    const legacy = containerDefinitionsDefinition(fixture('module/templates/legacy.json.tpl'), { templated: true, parser });
    assert.deepStrictEqual(legacy.syntaxErrors, []);
    assert.strictEqual(at(legacy.definition!.body.node, 'containerDefinitions', 0, 'memory').value, 512);
  });

  it('recognises bare container-definition arrays by content, not by name', () => {
    const yes = containerDefinitionsDefinition('[{"name": "a", "image": "b", "essential": true, "portMappings": []}]', { templated: false });
    assert.ok(yes.definition);
    for (const no of ['[1, 2]', '[{"name": "a"}]', '[{"name": "a", "image": "b", "x": 1, "y": 2, "z": 3}]', '{"family": "x", "containerDefinitions": []}', '[]', '']) {
      const r = containerDefinitionsDefinition(no, { templated: false });
      assert.strictEqual(r.definition, undefined, no);
      assert.strictEqual(looksLikeContainerDefinitions(r.root), false, no);
    }
  });
});
