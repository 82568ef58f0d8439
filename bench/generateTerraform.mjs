// A synthetic Terraform module for the benchmark: task definitions and services in one .tf text, from a seeded PRNG
// (the one of bench/generate.mjs), so every run benchmarks the same text. No real-world content is used.

import { prng } from './generate.mjs';

const WORDS = ['api', 'cache', 'queue', 'worker', 'auth', 'billing', 'search', 'feed', 'media', 'orders', 'users', 'events'];
const SIZES = [
  [256, 512],
  [512, 1024],
  [1024, 2048],
  [2048, 4096],
  [4096, 8192],
];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const word = (rand, len) => Array.from({ length: len }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(rand() * 36)]).join('');

/** One container as an HCL object inside jsonencode (keys bare, `=`), `envCount` environment variables. */
function hclContainer(rand, name, port, envCount) {
  const env = [];
  for (let i = 0; i < envCount; i++) env.push(`        { name = "SETTING_${String(i).padStart(4, '0')}", value = "${word(rand, 24)}" },`);
  return `    {
      name      = "${name}"
      image     = "\${var.registry}/${name}:1.${Math.floor(rand() * 50)}"
      essential = true
      cpu       = 128
      portMappings = [{ containerPort = ${port}, protocol = "tcp", name = "${name}-http" }]
      environment = [
${env.join('\n')}
      ]
      secrets = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.${name.replace(/-/g, '_')}.arn }]
      healthCheck = { command = ["CMD-SHELL", "curl -f http://localhost:${port}/health || exit 1"], interval = 30, timeout = 5, retries = 3 }
      logConfiguration = {
        logDriver = "awslogs"
        options = { "awslogs-group" = "/ecs/${name}", "awslogs-region" = var.region, "awslogs-stream-prefix" = "${name}" }
      }
    },`;
}

/** The same container as heredoc JSON. */
function jsonContainer(rand, name, port, envCount) {
  const env = [];
  for (let i = 0; i < envCount; i++) env.push(`      { "name": "SETTING_${String(i).padStart(4, '0')}", "value": "${word(rand, 24)}" }`);
  return `  {
    "name": "${name}",
    "image": "\${var.registry}/${name}:latest",
    "essential": true,
    "cpu": \${var.container_cpu},
    "portMappings": [{ "containerPort": ${port}, "protocol": "tcp" }],
    "environment": [
${env.join(',\n')}
    ],
    "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/${name}", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "${name}" } }
  }`;
}

/**
 * A module of `tasks` task definitions and as many services, about `targetBytes` long (environment variables fill it).
 * Every fifth task writes its containers as a heredoc; the rest use jsonencode.
 */
export function terraformModule(seed, { tasks = 50, targetBytes = 1024 * 1024, containers = 2 } = {}) {
  const build = (envCount) => {
    const rand = prng(seed);
    const parts = [`locals {\n  app_port = 8080\n  tags     = { Project = "bench" }\n}\n\nvariable "registry" {\n  type    = string\n  default = "123456789012.dkr.ecr.us-east-1.amazonaws.com"\n}\n`];
    for (let t = 0; t < tasks; t++) {
      const name = `${pick(rand, WORDS)}-${t}`;
      const [cpu, memory] = pick(rand, SIZES);
      const heredoc = t % 5 === 4;
      const cds = [];
      for (let c = 0; c < containers; c++) cds.push((heredoc ? jsonContainer : hclContainer)(rand, `${name}-c${c}`, 8000 + c, envCount));
      const containerDefinitions = heredoc ? `<<-EOF\n  [\n${cds.join(',\n')}\n  ]\n  EOF` : `jsonencode([\n${cds.join('\n')}\n  ])`;
      parts.push(`resource "aws_ecs_task_definition" "t${t}" {
  family                   = "${name}"
  cpu                      = ${cpu}
  memory                   = "${memory}"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task_${t}.arn

  runtime_platform {
    cpu_architecture        = "${rand() < 0.5 ? 'ARM64' : 'X86_64'}"
    operating_system_family = "LINUX"
  }

  volume {
    name = "shared-${t}"
    efs_volume_configuration {
      file_system_id     = aws_efs_file_system.shared.id
      transit_encryption = "ENABLED"
    }
  }

  tags = local.tags

  container_definitions = ${containerDefinitions}
}

resource "aws_ecs_service" "s${t}" {
  name                               = "${name}"
  cluster                            = aws_ecs_cluster.main.id
  task_definition                    = aws_ecs_task_definition.t${t}.arn
  desired_count                      = ${1 + Math.floor(rand() * 4)}
  launch_type                        = "FARGATE"
  deployment_maximum_percent         = 200
  deployment_minimum_healthy_percent = 100

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  network_configuration {
    subnets          = var.private_subnets
    security_groups  = [aws_security_group.tasks.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.t${t}.arn
    container_name   = "${name}-c0"
    container_port   = 8000
  }
}
`);
    }
    return parts.join('\n');
  };
  // Find the environment size that brings the module to the target size (size grows linearly with envCount).
  const base = build(0).length;
  const per = build(1).length - base;
  return build(Math.max(0, Math.round((targetBytes - base) / Math.max(1, per))));
}
