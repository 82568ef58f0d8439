import * as assert from 'assert';
import { applyEdits, hclEdits, type EditOperation } from '../../../server/src/service/terraform';
import { def, plain, read, tfParser } from './support';

const TASK = `resource "aws_ecs_task_definition" "app" {
  family = "app"
  cpu    = 256
  volume {
    name = "data"
  }

  container_definitions = jsonencode([
    {
      name  = "web"
      image = "nginx"
      portMappings = [
        { containerPort = 80 }
      ]
    },
  ])
}
`;

const SERVICE = `resource "aws_ecs_service" "api" {
  name = "api"
  deployment_maximum_percent = 200
  network_configuration {
    subnets = ["subnet-1"]
  }
}
`;

const HEREDOC = `resource "aws_ecs_task_definition" "h" {
  family = "h"
  container_definitions = <<EOF
[
  {
    "name": "web",
    "image": "\${var.image}",
    "portMappings": [{"containerPort": 80}]
  }
]
EOF
}
`;

/** Applies the operation and parses the result: the new text and the definition's plain body. */
function edit(text: string, name: string, op: EditOperation): { text: string; body: Record<string, unknown> } {
  const d = def(read(text), name);
  const edits = hclEdits(text, d, op);
  assert.ok(edits, `no edits for ${JSON.stringify(op)}`);
  const out = applyEdits(text, edits);
  const doc = read(out);
  assert.deepStrictEqual(doc.syntaxErrors, [], `the edited text parses:\n${out}`);
  return { text: out, body: plain(def(doc, name).body.node) as Record<string, unknown> };
}

describe('terraform writer: edits at API paths in HCL', () => {
  before(async () => {
    await tfParser();
  });

  it('replaces an argument, writing HCL in Terraform spelling', () => {
    const r = edit(TASK, 'aws_ecs_task_definition.app', { op: 'set', path: ['cpu'], value: '512' });
    assert.ok(r.text.includes('  cpu    = "512"\n'));
    assert.strictEqual(r.body.cpu, '512');
  });

  it('inserts a missing argument as a line of the resource, in snake_case', () => {
    const r = edit(TASK, 'aws_ecs_task_definition.app', { op: 'set', path: ['networkMode'], value: 'awsvpc' });
    assert.ok(r.text.includes('\n  network_mode = "awsvpc"\n}'), r.text);
    assert.strictEqual(r.body.networkMode, 'awsvpc');
    const list = edit(TASK, 'aws_ecs_task_definition.app', { op: 'insert', path: ['requiresCompatibilities'], value: ['FARGATE'] });
    assert.ok(list.text.includes('requires_compatibilities = ["FARGATE"]'));
  });

  it('inserts nested API paths as blocks and flattened arguments', () => {
    const rp = edit(TASK, 'aws_ecs_task_definition.app', { op: 'set', path: ['runtimePlatform', 'cpuArchitecture'], value: 'ARM64' });
    assert.ok(rp.text.includes('  runtime_platform {\n    cpu_architecture = "ARM64"\n  }\n'), rp.text);
    assert.deepStrictEqual(rp.body.runtimePlatform, { cpuArchitecture: 'ARM64' });
    const hp = edit(TASK, 'aws_ecs_task_definition.app', { op: 'set', path: ['volumes', 0, 'host', 'sourcePath'], value: '/mnt' });
    assert.ok(hp.text.includes('    name = "data"\n    host_path = "/mnt"\n  }'), hp.text);
    const efs = edit(TASK, 'aws_ecs_task_definition.app', { op: 'set', path: ['volumes', 0, 'efsVolumeConfiguration', 'transitEncryption'], value: 'ENABLED' });
    assert.ok(efs.text.includes('    efs_volume_configuration {\n      transit_encryption = "ENABLED"\n    }\n'), efs.text);
  });

  it('appends a list element as a new block', () => {
    const r = edit(TASK, 'aws_ecs_task_definition.app', { op: 'insert', path: ['volumes', 1], value: { name: 'efs', efsVolumeConfiguration: { fileSystemId: 'fs-1' } } });
    assert.deepStrictEqual(r.body.volumes, [{ name: 'data' }, { name: 'efs', efsVolumeConfiguration: { fileSystemId: 'fs-1' } }]);
    assert.ok(r.text.includes('  volume {\n    name = "efs"\n    efs_volume_configuration {\n      file_system_id = "fs-1"\n    }\n  }'), r.text);
  });

  it('reverses the provider conversions: assignPublicIp, top-level deployment arguments', () => {
    const ip = edit(SERVICE, 'aws_ecs_service.api', { op: 'set', path: ['networkConfiguration', 'awsvpcConfiguration', 'assignPublicIp'], value: 'DISABLED' });
    assert.ok(ip.text.includes('    subnets = ["subnet-1"]\n    assign_public_ip = false\n  }'), ip.text);
    assert.deepStrictEqual(ip.body.networkConfiguration, { awsvpcConfiguration: { subnets: ['subnet-1'], assignPublicIp: 'DISABLED' } });
    const min = edit(SERVICE, 'aws_ecs_service.api', { op: 'set', path: ['deploymentConfiguration', 'minimumHealthyPercent'], value: 100 });
    assert.ok(min.text.includes('\n  deployment_minimum_healthy_percent = 100\n'), min.text);
    const max = edit(SERVICE, 'aws_ecs_service.api', { op: 'set', path: ['deploymentConfiguration', 'maximumPercent'], value: 150 });
    assert.ok(max.text.includes('deployment_maximum_percent = 150'));
    const cb = edit(SERVICE, 'aws_ecs_service.api', { op: 'set', path: ['deploymentConfiguration', 'deploymentCircuitBreaker'], value: { enable: true, rollback: true } });
    assert.ok(cb.text.includes('  deployment_circuit_breaker {\n    enable = true\n    rollback = true\n  }'), cb.text);
    const noNet = SERVICE.replace(/  network_configuration \{[^}]*\}\n/, '');
    const created = edit(noNet, 'aws_ecs_service.api', { op: 'set', path: ['networkConfiguration', 'awsvpcConfiguration', 'assignPublicIp'], value: 'DISABLED' });
    assert.ok(created.text.includes('  network_configuration {\n    assign_public_ip = false\n  }'), created.text);
    assert.strictEqual(hclEdits(SERVICE, def(read(SERVICE), 'aws_ecs_service.api'), { op: 'set', path: ['networkConfiguration', 'awsvpcConfiguration', 'assignPublicIp'], value: 'MAYBE' }), undefined, 'no HCL for a value the provider cannot take');
  });

  it('removes arguments and blocks with their lines', () => {
    const r = edit(TASK, 'aws_ecs_task_definition.app', { op: 'remove', path: ['cpu'] });
    assert.ok(!r.text.includes('cpu'));
    assert.ok(r.text.includes('  family = "app"\n  volume {'));
    const v = edit(TASK, 'aws_ecs_task_definition.app', { op: 'remove', path: ['volumes', 0] });
    assert.ok(!v.text.includes('volume {'));
    assert.strictEqual(v.body.volumes, undefined);
    const s = edit(SERVICE, 'aws_ecs_service.api', { op: 'remove', path: ['deploymentConfiguration', 'maximumPercent'] });
    assert.ok(!s.text.includes('deployment_maximum_percent'));
  });

  it('edits inside jsonencode in HCL object syntax', () => {
    const host = edit(TASK, 'aws_ecs_task_definition.app', { op: 'set', path: ['containerDefinitions', 0, 'portMappings', 0, 'hostPort'], value: 80 });
    assert.ok(host.text.includes('{ containerPort = 80, hostPort = 80 }'), host.text);
    const ess = edit(TASK, 'aws_ecs_task_definition.app', { op: 'set', path: ['containerDefinitions', 0, 'essential'], value: true });
    assert.ok(ess.text.includes('      image = "nginx"\n') && ess.text.includes('\n      essential = true\n    },'), ess.text);
    const img = edit(TASK, 'aws_ecs_task_definition.app', { op: 'set', path: ['containerDefinitions', 0, 'image'], value: 'nginx:${TAG}' });
    assert.ok(img.text.includes('image = "nginx:$${TAG}"'), 'a literal ${ is escaped for HCL');
    const rm = edit(TASK, 'aws_ecs_task_definition.app', { op: 'remove', path: ['containerDefinitions', 0, 'image'] });
    assert.deepStrictEqual(Object.keys((rm.body.containerDefinitions as Record<string, unknown>[])[0]), ['name', 'portMappings']);
    const colon = TASK.replace('name  = "web"', '"name": "web",').replace('image = "nginx"', '"image": "nginx",').replace('portMappings = [', '"portMappings": [');
    const c = edit(colon, 'aws_ecs_task_definition.app', { op: 'set', path: ['containerDefinitions', 0, 'cpu'], value: 256 });
    assert.ok(c.text.includes('"cpu": 256'), c.text);
  });

  it('edits inside heredoc JSON in JSON syntax, never over an interpolation', () => {
    const r = edit(HEREDOC, 'aws_ecs_task_definition.h', { op: 'set', path: ['containerDefinitions', 0, 'essential'], value: true });
    assert.match(r.text, /"portMappings": \[\{"containerPort": 80\}\],\n    "essential" ?: true\n  \}/);
    assert.strictEqual((r.body.containerDefinitions as Record<string, unknown>[])[0].essential, true);
    const p = edit(HEREDOC, 'aws_ecs_task_definition.h', { op: 'set', path: ['containerDefinitions', 0, 'portMappings', 0, 'containerPort'], value: 8080 });
    assert.ok(p.text.includes('[{"containerPort": 8080}]'));
    const rm = edit(HEREDOC, 'aws_ecs_task_definition.h', { op: 'remove', path: ['containerDefinitions', 0, 'portMappings'] });
    assert.ok(!rm.text.includes('portMappings'));
    const d = def(read(HEREDOC), 'aws_ecs_task_definition.h');
    assert.strictEqual(hclEdits(HEREDOC, d, { op: 'set', path: ['containerDefinitions', 0, 'image'], value: 'x' }), undefined, 'an interpolated value is left alone');
  });

  it('writes a family for the file form only in the resource, never in the unread file', () => {
    const text = `resource "aws_ecs_task_definition" "f" {\n  family = "f"\n  container_definitions = file("c.json")\n}\n`;
    const d = def(read(text), 'aws_ecs_task_definition.f');
    assert.strictEqual(hclEdits(text, d, { op: 'set', path: ['containerDefinitions', 0, 'essential'], value: true }), undefined);
  });
});
