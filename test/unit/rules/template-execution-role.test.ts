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

const SECRET_STATEMENT = `
          - Effect: Allow
            Action: secretsmanager:GetSecretValue
            Resource: arn:aws:secretsmanager:us-east-1:123456789012:secret:db-*`;

describe('fargate/template-execution-role', () => {
  it('reports a template role without ECR login, logs or secret permissions, on ExecutionRoleArn', () => {
    const f = of('fargate/template-execution-role', template(''));
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].text, '!GetAtt ExecRole.Arn');
    assert.match(f[0].message, /ecr:GetAuthorizationToken/);
    assert.match(f[0].message, /logs:CreateLogStream, logs:PutLogEvents/);
    assert.match(f[0].message, /secretsmanager:GetSecretValue on arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf /);
  });

  it('counts the managed execution policy and a separate AWS::IAM::Policy attached by Ref (as CDK writes it)', () => {
    const role = '      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy';
    const policy = `  Extra:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: secrets
      Roles: [!Ref ExecRole]
      PolicyDocument:
        Statement:${SECRET_STATEMENT}`;
    assert.deepStrictEqual(of('fargate/template-execution-role', template(role, policy)), []);
    // Without the secret statement only the secret is missing.
    const f = of('fargate/template-execution-role', template(role));
    assert.strictEqual(f.length, 1);
    assert.doesNotMatch(f[0].message, /ecr:|logs:/);
    assert.match(f[0].message, /secret 'DB'/);
  });

  it('counts inline Policies and wildcards', () => {
    const role = `      Policies:
        - PolicyName: all
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: ['ecr:*', 'logs:*', 'secretsmanager:Get*']
                Resource: '*'`;
    assert.deepStrictEqual(of('fargate/template-execution-role', template(role)), []);
  });

  it('stays silent when a policy cannot be read, or the role is not of the template', () => {
    const unknownManaged = '      ManagedPolicyArns:\n        - !Ref PolicyArnParameter';
    assert.deepStrictEqual(of('fargate/template-execution-role', template(unknownManaged)), []);
    const computed = `      Policies:
        - !If [Prod, {PolicyName: a, PolicyDocument: {Statement: []}}, !Ref AWS::NoValue]`;
    assert.deepStrictEqual(of('fargate/template-execution-role', template(computed)), []);
    const elsewhere = template('').replace('ExecutionRoleArn: !GetAtt ExecRole.Arn', 'ExecutionRoleArn: !ImportValue ExecRoleArn');
    assert.deepStrictEqual(of('fargate/template-execution-role', elsewhere), []);
  });
});

