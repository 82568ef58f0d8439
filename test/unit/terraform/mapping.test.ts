import * as assert from 'assert';
import { isPlaceholder } from '../../../server/src/service/values';
import { at, def, keyAt, plain, rangesInside, read, src, tfParser } from './support';

const TASK = `locals {
  cpu  = 512
  twice = 1
  twice = 2
  computed = var.x
}

variable "memory" {
  default = 1024
}

resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  cpu                      = local.cpu
  memory                   = var.memory
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  execution_role_arn       = aws_iam_role.exec.arn
  task_role_arn            = null
  pid_mode                 = local.twice
  ipc_mode                 = local.computed
  enable_fault_injection   = "true"
  skip_destroy             = true
  count                    = 1

  runtime_platform {
    cpu_architecture        = "ARM64"
    operating_system_family = "LINUX"
  }
  ephemeral_storage {
    size_in_gib = "30"
  }
  volume {
    name      = "scratch"
    host_path = "/mnt/scratch"
  }
  volume {
    name                = "shared"
    configure_at_launch = false
    efs_volume_configuration {
      file_system_id     = "fs-12345678"
      transit_encryption = "ENABLED"
      authorization_config {
        access_point_id = "fsap-1"
        iam             = "ENABLED"
      }
    }
    docker_volume_configuration {
      driver_opts = { "type" = "nfs", device_name = "x" }
    }
  }
  placement_constraints {
    type       = "memberOf"
    expression = "attribute:ecs.availability-zone in [us-east-1a]"
  }
  proxy_configuration {
    type           = "APPMESH"
    container_name = "envoy"
    properties = {
      AppPorts   = 8080
      IgnoredUID = "1337"
    }
  }
  tags = { Team = "core", "cost-center" = 42 }
  netwrok_mode = "bridge"
  container_definitions = jsonencode([{ name = "app", image = "nginx" }])
}
`;

const SERVICE = `resource "aws_ecs_service" "api" {
  name                               = "api"
  cluster                            = aws_ecs_cluster.main.id
  task_definition                    = aws_ecs_task_definition.app.arn
  desired_count                      = "2"
  launch_type                        = "FARGATE"
  platform_version                   = "LATEST"
  iam_role                           = "arn:aws:iam::123456789012:role/ecs"
  deployment_maximum_percent         = 200
  deployment_minimum_healthy_percent = 50
  enable_ecs_managed_tags            = true
  wait_for_steady_state              = true

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  deployment_configuration {
    strategy = "BLUE_GREEN"
    bake_time_in_minutes = 5
  }
  alarms {
    alarm_names = ["high-5xx"]
    enable      = true
    rollback    = false
  }
  deployment_controller {
    type = "ECS"
  }
  network_configuration {
    subnets          = ["subnet-1", "subnet-2"]
    security_groups  = [aws_security_group.api.id]
    assign_public_ip = true
  }
  load_balancer {
    target_group_arn = aws_lb_target_group.api.arn
    container_name   = "app"
    container_port   = 8080
    advanced_configuration {
      alternate_target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/b/1"
      production_listener_rule   = "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/x/1/2/3"
      role_arn                   = "arn:aws:iam::123456789012:role/lb"
    }
  }
  load_balancer {
    elb_name       = "classic"
    container_name = "app"
    container_port = 8081
  }
  ordered_placement_strategy {
    type  = "spread"
    field = "attribute:ecs.availability-zone"
  }
  capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = 1
  }
  service_registries {
    registry_arn = "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-1"
  }
  service_connect_configuration {
    enabled   = true
    namespace = "internal"
    log_configuration {
      log_driver = "awslogs"
      options    = { "awslogs-group" = "/ecs/sc" }
      secret_option {
        name       = "token"
        value_from = "arn:aws:ssm:us-east-1:123456789012:parameter/t"
      }
    }
    service {
      port_name      = "http"
      discovery_name = "api"
      client_alias {
        port     = 8080
        dns_name = "api.internal"
      }
      tls {
        issuer_cert_authority {
          aws_pca_authority_arn = "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/x"
        }
      }
    }
  }
  volume_configuration {
    name = "ebs"
    managed_ebs_volume {
      role_arn         = "arn:aws:iam::123456789012:role/ebs"
      size_in_gb       = 20
      file_system_type = "xfs"
      tag_specifications {
        resource_type = "volume"
        tags          = { Name = "data" }
      }
    }
  }
  dynamic "vpc_lattice_configurations" {
    for_each = var.lattice
    content {
      role_arn = vpc_lattice_configurations.value.role
    }
  }
  lifecycle {
    ignore_changes = [desired_count]
  }
}
`;

describe('terraform front end: mapping to the API', () => {
  before(async () => {
    await tfParser();
  });

  it('maps aws_ecs_task_definition arguments and blocks to RegisterTaskDefinition', () => {
    const d = def(read(TASK), 'aws_ecs_task_definition.app');
    assert.strictEqual(d.kind, 'taskDefinition');
    assert.strictEqual(d.dialect, 'terraform');
    const body = plain(d.body.node) as Record<string, unknown>;
    assert.deepStrictEqual(body, {
      family: 'app',
      cpu: '512',
      memory: '${var.memory}',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      executionRoleArn: '${aws_iam_role.exec.arn}',
      pidMode: '${local.twice}',
      ipcMode: '${local.computed}',
      enableFaultInjection: true,
      runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' },
      ephemeralStorage: { sizeInGiB: 30 },
      volumes: [
        { name: 'scratch', host: { sourcePath: '/mnt/scratch' } },
        {
          name: 'shared',
          configuredAtLaunch: false,
          efsVolumeConfiguration: { fileSystemId: 'fs-12345678', transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-1', iam: 'ENABLED' } },
          dockerVolumeConfiguration: { driverOpts: { type: 'nfs', device_name: 'x' } },
        },
      ],
      placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.availability-zone in [us-east-1a]' }],
      proxyConfiguration: { type: 'APPMESH', containerName: 'envoy', properties: [{ name: 'AppPorts', value: '8080' }, { name: 'IgnoredUID', value: '1337' }] },
      tags: [{ key: 'Team', value: 'core' }, { key: 'cost-center', value: '42' }],
      containerDefinitions: [{ name: 'app', image: 'nginx' }],
    });
    // Provider-only arguments and meta-arguments stay out; an unknown argument is listed by its Terraform name.
    assert.deepStrictEqual(d.unmapped.map((u) => u.name), ['netwrok_mode']);
  });

  it('keeps source ranges and Terraform spellings', () => {
    const d = def(read(TASK), 'aws_ecs_task_definition.app');
    const body = d.body.node;
    assert.strictEqual(src(TASK, d.range).split('\n')[0], 'resource "aws_ecs_task_definition" "app" {');
    assert.ok(src(TASK, d.range).endsWith('}'));
    const nm = keyAt(body, 'networkMode');
    assert.strictEqual(src(TASK, nm), 'network_mode');
    assert.strictEqual(nm.value, 'networkMode');
    assert.strictEqual(d.sourceKeys.get(nm), 'network_mode');
    assert.strictEqual(src(TASK, at(body, 'networkMode')), '"awsvpc"');
    assert.strictEqual(src(TASK, at(body, 'cpu')), 'local.cpu', 'a resolved local keeps the range of the reference');
    assert.strictEqual(d.sourceKeys.get(keyAt(body, 'family')), undefined, 'same spelling: no entry');
    const sp = keyAt(body, 'volumes', 0, 'host', 'sourcePath');
    assert.strictEqual(src(TASK, sp), 'host_path');
    assert.strictEqual(d.sourceKeys.get(sp), 'host_path');
    assert.ok(d.virtual.has(at(body, 'volumes', 0, 'host')), 'host exists in the API shape only');
    assert.strictEqual(src(TASK, at(body, 'volumes', 0, 'host', 'sourcePath')), '"/mnt/scratch"');
    assert.strictEqual(src(TASK, keyAt(body, 'volumes', 1, 'configuredAtLaunch')), 'configure_at_launch');
    assert.strictEqual(src(TASK, keyAt(body, 'volumes', 1, 'efsVolumeConfiguration', 'fileSystemId')), 'file_system_id');
    assert.ok(src(TASK, at(body, 'volumes', 1)).startsWith('volume {'), 'a list block element spans its block');
    assert.ok(src(TASK, at(body, 'runtimePlatform')).startsWith('{'));
    assert.strictEqual(src(TASK, keyAt(body, 'runtimePlatform')), 'runtime_platform');
    assert.strictEqual(src(TASK, at(body, 'proxyConfiguration', 'properties', 0, 'value')), '8080');
    assert.strictEqual(src(TASK, at(body, 'tags', 1, 'key')), '"cost-center"');
    assert.strictEqual(src(TASK, keyAt(body, 'containerDefinitions')), 'container_definitions');
    assert.strictEqual(src(TASK, at(body, 'containerDefinitions', 0, 'image')), '"nginx"');
    assert.deepStrictEqual(rangesInside(TASK, body), []);
  });

  it('makes references, variables, non-literal and twice-defined locals unknown; never resolves variable defaults', () => {
    const d = def(read(TASK), 'aws_ecs_task_definition.app');
    const body = d.body.node;
    for (const [key, expr] of [
      ['memory', 'var.memory'],
      ['executionRoleArn', 'aws_iam_role.exec.arn'],
      ['pidMode', 'local.twice'],
      ['ipcMode', 'local.computed'],
    ] as const) {
      const n = at(body, key);
      assert.strictEqual(n.type, 'string');
      assert.ok(isPlaceholder(n.value), `${key} reads as a placeholder`);
      assert.strictEqual(d.unknowns.get(n), expr);
      assert.strictEqual(src(TASK, n), expr);
    }
    assert.strictEqual(d.unknowns.get(at(body, 'cpu')), undefined, 'a literal local is known');
    assert.ok(!d.body.has('taskRoleArn'), '= null is unset');
  });

  it('maps aws_ecs_service, with top-level deployment arguments under deploymentConfiguration', () => {
    const doc = read(SERVICE);
    const d = def(doc, 'aws_ecs_service.api');
    assert.strictEqual(d.kind, 'service');
    const body = plain(d.body.node) as Record<string, unknown>;
    assert.deepStrictEqual(body.deploymentConfiguration, {
      maximumPercent: 200,
      minimumHealthyPercent: 50,
      deploymentCircuitBreaker: { enable: true, rollback: true },
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 5,
      alarms: { alarmNames: ['high-5xx'], enable: true, rollback: false },
    });
    assert.deepStrictEqual(body.networkConfiguration, {
      awsvpcConfiguration: { subnets: ['subnet-1', 'subnet-2'], securityGroups: ['${aws_security_group.api.id}'], assignPublicIp: 'ENABLED' },
    });
    assert.strictEqual(body.serviceName, 'api');
    assert.strictEqual(body.desiredCount, 2);
    assert.strictEqual(body.role, 'arn:aws:iam::123456789012:role/ecs');
    assert.strictEqual(body.enableECSManagedTags, true);
    assert.deepStrictEqual(body.deploymentController, { type: 'ECS' });
    assert.deepStrictEqual(body.loadBalancers, [
      {
        targetGroupArn: '${aws_lb_target_group.api.arn}',
        containerName: 'app',
        containerPort: 8080,
        advancedConfiguration: {
          alternateTargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/b/1',
          productionListenerRule: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/x/1/2/3',
          roleArn: 'arn:aws:iam::123456789012:role/lb',
        },
      },
      { loadBalancerName: 'classic', containerName: 'app', containerPort: 8081 },
    ]);
    assert.deepStrictEqual(body.placementStrategy, [{ type: 'spread', field: 'attribute:ecs.availability-zone' }]);
    assert.deepStrictEqual(body.capacityProviderStrategy, [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }]);
    assert.deepStrictEqual(body.serviceRegistries, [{ registryArn: 'arn:aws:servicediscovery:us-east-1:123456789012:service/srv-1' }]);
    assert.deepStrictEqual(body.serviceConnectConfiguration, {
      enabled: true,
      namespace: 'internal',
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/sc' }, secretOptions: [{ name: 'token', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/t' }] },
      services: [
        {
          portName: 'http',
          discoveryName: 'api',
          clientAliases: [{ port: 8080, dnsName: 'api.internal' }],
          tls: { issuerCertificateAuthority: { awsPcaAuthorityArn: 'arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/x' } },
        },
      ],
    });
    assert.deepStrictEqual(body.volumeConfigurations, [
      {
        name: 'ebs',
        managedEBSVolume: { roleArn: 'arn:aws:iam::123456789012:role/ebs', sizeInGiB: 20, filesystemType: 'xfs', tagSpecifications: [{ resourceType: 'volume', tags: [{ key: 'Name', value: 'data' }] }] },
      },
    ]);
    assert.deepStrictEqual(d.unmapped, []);
  });

  it('keeps the source range of converted and relocated service values', () => {
    const d = def(read(SERVICE), 'aws_ecs_service.api');
    const body = d.body.node;
    const ip = at(body, 'networkConfiguration', 'awsvpcConfiguration', 'assignPublicIp');
    assert.strictEqual(src(SERVICE, ip), 'true');
    assert.strictEqual(d.sourceKeys.get(keyAt(body, 'networkConfiguration', 'awsvpcConfiguration', 'assignPublicIp')), 'assign_public_ip');
    assert.strictEqual(src(SERVICE, keyAt(body, 'networkConfiguration', 'awsvpcConfiguration')), 'network_configuration');
    const max = keyAt(body, 'deploymentConfiguration', 'maximumPercent');
    assert.strictEqual(src(SERVICE, max), 'deployment_maximum_percent');
    assert.strictEqual(src(SERVICE, keyAt(body, 'deploymentConfiguration', 'deploymentCircuitBreaker')), 'deployment_circuit_breaker');
    assert.strictEqual(src(SERVICE, keyAt(body, 'role')), 'iam_role');
    assert.strictEqual(src(SERVICE, keyAt(body, 'placementStrategy')), 'ordered_placement_strategy');
    assert.strictEqual(src(SERVICE, keyAt(body, 'loadBalancers', 1, 'loadBalancerName')), 'elb_name');
    assert.strictEqual(src(SERVICE, keyAt(body, 'volumeConfigurations', 0, 'managedEBSVolume', 'sizeInGiB')), 'size_in_gb');
    assert.strictEqual(src(SERVICE, at(body, 'desiredCount')), '"2"');
    // The deploymentConfiguration object covers every member it is made of.
    const dc = at(body, 'deploymentConfiguration');
    for (const k of ['maximumPercent', 'alarms', 'strategy']) {
      const n = at(body, 'deploymentConfiguration', k);
      assert.ok(n.offset >= dc.offset && n.offset + n.length <= dc.offset + dc.length, k);
    }
    assert.deepStrictEqual(rangesInside(SERVICE, body), []);
  });

  it('marks a dynamic block list as open with an unknown element', () => {
    const d = def(read(SERVICE), 'aws_ecs_service.api');
    const lattice = at(d.body.node, 'vpcLatticeConfigurations');
    assert.strictEqual(lattice.type, 'array');
    assert.ok(d.unknowns.has(lattice));
    assert.strictEqual(lattice.children!.length, 1);
    assert.ok(isPlaceholder(lattice.children![0].value));
  });

  it('records task definition references: .arn, .family, .arn_without_revision, indexed, and family:revision templates', () => {
    const text = `
resource "aws_ecs_service" "a" { task_definition = aws_ecs_task_definition.one.arn }
resource "aws_ecs_service" "b" { task_definition = aws_ecs_task_definition.two.family }
resource "aws_ecs_service" "c" { task_definition = aws_ecs_task_definition.three.arn_without_revision }
resource "aws_ecs_service" "d" { task_definition = aws_ecs_task_definition.four[0].arn }
resource "aws_ecs_service" "e" { task_definition = "\${aws_ecs_task_definition.five.family}:\${aws_ecs_task_definition.five.revision}" }
resource "aws_ecs_service" "f" { task_definition = var.task_definition }
resource "aws_ecs_service" "g" { task_definition = data.aws_ecs_task_definition.six.arn }
resource "aws_ecs_service" "h" { task_definition = aws_ecs_task_definition.seven.id }
resource "aws_ecs_service" "i" { task_definition = var.td != "" ? var.td : aws_ecs_task_definition.eight.arn }
resource "aws_ecs_service" "j" { task_definition = "\${aws_ecs_task_definition.nine.family}:\${var.revision}" }
`;
    const doc = read(text);
    assert.deepStrictEqual(
      doc.references.map((r) => [r.source, r.target, r.kind]),
      [
        ['aws_ecs_service.a', 'aws_ecs_task_definition.one', 'taskDefinition'],
        ['aws_ecs_service.b', 'aws_ecs_task_definition.two', 'taskDefinition'],
        ['aws_ecs_service.c', 'aws_ecs_task_definition.three', 'taskDefinition'],
        ['aws_ecs_service.d', 'aws_ecs_task_definition.four', 'taskDefinition'],
        ['aws_ecs_service.e', 'aws_ecs_task_definition.five', 'taskDefinition'],
      ],
    );
    const a = def(doc, 'aws_ecs_service.a');
    assert.strictEqual(doc.references[0].from, a.body.get('taskDefinition'));
    assert.strictEqual(src(text, doc.references[0].from), 'aws_ecs_task_definition.one.arn');
  });

  it('ignores commented-out resources and other resource types, and survives syntax errors', () => {
    const text = `/*
resource "aws_ecs_task_definition" "old" {
  family = "old"
}
*/
# resource "aws_ecs_service" "x" {}
resource "aws_ecs_cluster" "main" { name = "main" }
resource "aws_ecs_task_definition" "broken" {
  family = "b"
  cpu = 
  memory = "512"
}
`;
    const doc = read(text);
    assert.deepStrictEqual(doc.definitions.map((d) => d.name), ['aws_ecs_task_definition.broken']);
    assert.ok(doc.syntaxErrors.length > 0);
    assert.strictEqual(def(doc, 'aws_ecs_task_definition.broken').body.str('family'), 'b');
  });

  it('reads heredoc and quoted literals, negative numbers and UTF-16 offsets', () => {
    const text = `resource "aws_ecs_task_definition" "é" {
  family = "caf\\u00e9-é"
  cpu    = <<-EOT
    256
  EOT
  memory = -1
}
`;
    const d = def(read(text), 'aws_ecs_task_definition.é');
    assert.strictEqual(d.body.str('family'), 'café-é');
    assert.strictEqual(src(text, at(d.body.node, 'family')), '"caf\\u00e9-é"');
    assert.strictEqual(d.body.str('cpu'), '256\n');
    assert.strictEqual(d.body.str('memory'), '-1');
  });
});
