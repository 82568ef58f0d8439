import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../../../server/src/common/settings';
import { createLanguageService } from '../../../server/src/service/languageService';

const svc = createLanguageService({ onRuleError: (rule, err) => { throw new Error(`rule ${rule.meta.id} threw: ${String(err)}`); } });
let n = 0;
const of = (ruleId: string, text: string) => {
  const d = TextDocument.create(`file:///iam/t${++n}.yaml`, 'yaml', 1, text);
  return svc.findings(d, DEFAULT_SETTINGS).filter((f) => f.ruleId === ruleId).map((f) => ({ ...f, text: text.slice(f.offset, f.offset + f.length) }));
};

const template = (rolePart: string, extra = '') => `Resources:
  ExecRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
${rolePart}
${extra}
  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: 256
      Memory: 512
      ExecutionRoleArn: !GetAtt ExecRole.Arn
      ContainerDefinitions:
        - Name: app
          Image: !Sub '\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/app:1.0'
          Secrets:
            - Name: DB
              ValueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password::'
          LogConfiguration:
            LogDriver: awslogs
            Options:
              awslogs-group: !Ref Logs
              awslogs-region: us-east-1
              awslogs-stream-prefix: app
  Logs:
    Type: AWS::Logs::LogGroup
`;

describe('fargate/template-log-group', () => {
  const withGroup = (group: string, more = '') => template('      ManagedPolicyArns: [arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy]').replace('awslogs-group: !Ref Logs', `awslogs-group: ${group}${more}`);
  it('warns on a literal group that no log group of the template creates', () => {
    const f = of('fargate/template-log-group', withGroup('/ecs/app'));
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].text, '/ecs/app');
    assert.strictEqual(f[0].severity, 'warning');
  });
  it('accepts a Ref, a log group of the template with that name, or awslogs-create-group', () => {
    assert.deepStrictEqual(of('fargate/template-log-group', template('')), []);
    const named = withGroup('/ecs/app').replace('    Type: AWS::Logs::LogGroup', '    Type: AWS::Logs::LogGroup\n    Properties:\n      LogGroupName: /ecs/app');
    assert.deepStrictEqual(of('fargate/template-log-group', named), []);
    assert.deepStrictEqual(of('fargate/template-log-group', withGroup('/ecs/app', "\n              awslogs-create-group: 'true'")), []);
    assert.deepStrictEqual(of('fargate/template-log-group', withGroup("!Sub '/ecs/${AWS::StackName}'")), []);
  });
  it('plain task definition files are not judged (the group may come from anywhere)', () => {
    const d = TextDocument.create('file:///iam/plain.json', 'json', 1, JSON.stringify({ family: 'a', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '256', memory: '512', containerDefinitions: [{ name: 'a', image: 'nginx:1', logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/x', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'a' } } }] }));
    assert.deepStrictEqual(svc.findings(d, DEFAULT_SETTINGS).filter((f) => f.ruleId.startsWith('fargate/template-')), []);
  });
});
