import * as assert from 'assert';
import { locate, terraformName } from '../../../server/src/service/terraform';
import { def, read, tfParser } from './support';

const SERVICE = `resource "aws_ecs_service" "api" {
  deployment_maximum_percent = 200
  desired_count              = 2
  deployment_minimum_healthy_percent = 50
  network_configuration {
    subnets          = ["subnet-1"]
    assign_public_ip = false
  }
  load_balancer {
    container_name = "web"
    container_port = 80
  }
}
resource "aws_ecs_task_definition" "t" {
  family = "t"
  volume {
    name      = "v"
    host_path = "/data"
  }
  container_definitions = jsonencode([{ name = "web", portMappings = [{ containerPort = 80 }] }])
}
`;

describe('terraform front end: positions and Terraform names', () => {
  before(async () => {
    await tfParser();
  });

  it('locates the API path under an offset, also between members of an API-only object', () => {
    const doc = read(SERVICE);
    const s = def(doc, 'aws_ecs_service.api');
    const at = (needle: string, d = s) => locate(d, SERVICE.indexOf(needle) + 1)!;
    assert.deepStrictEqual(at('desired_count').path, ['desiredCount'], 'not the deploymentConfiguration around it');
    assert.strictEqual(at('desired_count').onKey, true);
    assert.deepStrictEqual(at('deployment_minimum').path, ['deploymentConfiguration', 'minimumHealthyPercent']);
    assert.deepStrictEqual(at('false').path, ['networkConfiguration', 'awsvpcConfiguration', 'assignPublicIp']);
    assert.strictEqual(at('false').onKey, false);
    assert.deepStrictEqual(at('container_port').path, ['loadBalancers', 0, 'containerPort']);
    const t = def(doc, 'aws_ecs_task_definition.t');
    assert.deepStrictEqual(at('host_path', t).path, ['volumes', 0, 'host', 'sourcePath']);
    assert.deepStrictEqual(at('containerPort', t).path, ['containerDefinitions', 0, 'portMappings', 0, 'containerPort']);
    assert.strictEqual(locate(t, 0), undefined, 'outside the resource');
  });

  it('spells API paths the Terraform way', () => {
    const svc = { resourceType: 'aws_ecs_service' as const };
    const task = { resourceType: 'aws_ecs_task_definition' as const };
    assert.strictEqual(terraformName(svc, ['deploymentConfiguration', 'maximumPercent']), 'deployment_maximum_percent');
    assert.strictEqual(terraformName(svc, ['deploymentConfiguration', 'deploymentCircuitBreaker', 'rollback']), 'deployment_circuit_breaker.rollback');
    assert.strictEqual(terraformName(svc, ['deploymentConfiguration', 'strategy']), 'deployment_configuration.strategy');
    assert.strictEqual(terraformName(svc, ['networkConfiguration', 'awsvpcConfiguration', 'assignPublicIp']), 'network_configuration.assign_public_ip');
    assert.strictEqual(terraformName(svc, ['loadBalancers', 1, 'loadBalancerName']), 'load_balancer[1].elb_name');
    assert.strictEqual(terraformName(svc, ['role']), 'iam_role');
    assert.strictEqual(terraformName(task, ['volumes', 0, 'host', 'sourcePath']), 'volume[0].host_path');
    assert.strictEqual(terraformName(task, ['volumes', 0, 'efsVolumeConfiguration', 'authorizationConfig', 'iam']), 'volume[0].efs_volume_configuration.authorization_config.iam');
    assert.strictEqual(terraformName(task, ['containerDefinitions', 0, 'portMappings', 0, 'hostPort']), 'container_definitions[0].portMappings[0].hostPort');
    assert.strictEqual(terraformName(task, ['networkMode']), 'network_mode');
    assert.strictEqual(terraformName(task, ['taskDefinitionArn']), undefined);
  });
});
