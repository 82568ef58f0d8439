/**
 * The December 2026 ECS model (botocore 1.43.107) and the 32 vCPU size, end to end through the service: no false
 * unknown-key warnings on the new fields, their types and enums checked, completions and hovers for them, and
 * unknown-key messages that name the model they compare against.
 */
import * as assert from 'assert';
import type { MarkupContent } from 'vscode-languageserver-types';
import { MODEL_INFO } from '../../server/src/knowledge/catalog';
import { ecsFindings, validService } from '../helpers/ecs';
import { findings, service, validTask, withCursor } from '../helpers/docs';

function serviceWith(early: unknown, extra: Record<string, unknown> = {}): Record<string, any> {
  const s = validService();
  s.deploymentConfiguration = { ...s.deploymentConfiguration, ...extra, earlySuccessCriteria: early };
  return s;
}

function hoverText(text: string): string {
  const { doc, offset } = withCursor(text);
  const h = service.hover(doc, doc.positionAt(offset));
  return h ? (h.contents as MarkupContent).value : '';
}

function labels(text: string): string[] {
  const { doc, offset } = withCursor(text);
  return service.complete(doc, doc.positionAt(offset)).items.map((i) => i.label);
}

describe('current ECS model (December 2026)', () => {
  it('knows earlySuccessCriteria and VPC Lattice advancedConfiguration: no unknown-key warning', () => {
    const s = serviceWith({ enable: true, healthyPercent: 100, sourceServiceRevisionCleanup: 'DEFERRED' });
    s.vpcLatticeConfigurations = [{
      roleArn: 'arn:aws:iam::123456789012:role/ecsInfra', targetGroupArn: 'arn:aws:vpc-lattice:us-east-1:123456789012:targetgroup/tg-1', portName: 'web',
      advancedConfiguration: { alternateTargetGroupArn: 'arn:aws:vpc-lattice:us-east-1:123456789012:targetgroup/tg-2', productionListenerRule: 'arn:x', testListenerRule: 'arn:y' },
    }];
    assert.deepStrictEqual(ecsFindings(s).filter((f) => f.ruleId === 'fargate/service-unknown-key' || f.ruleId === 'fargate/service-deployment-configuration'), []);
  });

  it('checks earlySuccessCriteria: enable required, healthyPercent 0-100, the cleanup enum, rolling only', () => {
    const of = (s: object) => ecsFindings(s).filter((f) => f.ruleId === 'fargate/service-deployment-configuration').map((f) => f.message);
    assert.match(of(serviceWith({ healthyPercent: 50 })).join('\n'), /needs "enable"/);
    assert.match(of(serviceWith({ enable: true, healthyPercent: 150, sourceServiceRevisionCleanup: 'BLOCKING' })).join('\n'), /from 0 to 100/);
    const bad = of(serviceWith({ enable: true, healthyPercent: 100, sourceServiceRevisionCleanup: 'LATER' })).join('\n');
    assert.match(bad, /"BLOCKING" or "DEFERRED"/);
    assert.match(of(serviceWith({ enable: true })).join('\n'), /"healthyPercent" and "sourceServiceRevisionCleanup" are missing/);
    assert.match(of(serviceWith({ enable: true, healthyPercent: 100, sourceServiceRevisionCleanup: 'BLOCKING' }, { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5 })).join('\n'), /only work with the ROLLING strategy/);
    assert.match(of(serviceWith({ enable: true, healthyPercent: 50, sourceServiceRevisionCleanup: 'BLOCKING' })).join('\n'), /below "minimumHealthyPercent" \(100\)/);
    assert.deepStrictEqual(of(serviceWith({ enable: false })), []);
    assert.deepStrictEqual(of(serviceWith({ enable: '${EARLY}', healthyPercent: '${PCT}', sourceServiceRevisionCleanup: '${CLEANUP}' })), []);
  });

  it('completes the new keys and enum values', () => {
    const keys = labels('{"serviceName": "web", "taskDefinition": "web:1", "deploymentConfiguration": {"earlySuccessCriteria": {"|"}}}');
    assert.ok(['enable', 'healthyPercent', 'sourceServiceRevisionCleanup'].every((k) => keys.includes(k)), keys.join());
    const values = labels('{"serviceName": "web", "taskDefinition": "web:1", "deploymentConfiguration": {"earlySuccessCriteria": {"enable": true, "sourceServiceRevisionCleanup": "|"}}}');
    assert.deepStrictEqual(values.filter((v) => /^[A-Z]/.test(v)).sort(), ['BLOCKING', 'DEFERRED']);
    const lattice = labels('{"serviceName": "web", "taskDefinition": "web:1", "vpcLatticeConfigurations": [{"advancedConfiguration": {"|"}}]}');
    assert.ok(['alternateTargetGroupArn', 'productionListenerRule', 'testListenerRule'].every((k) => lattice.includes(k)), lattice.join());
  });

  it('explains the new fields and values in hovers', () => {
    assert.match(hoverText('{"serviceName": "web", "taskDefinition": "web:1", "deploymentConfiguration": {"earlySuccessCriteria": {"enable": true, "healthy|Percent": 90}}}'), /0 to 100/);
    assert.match(hoverText('{"serviceName": "web", "taskDefinition": "web:1", "deploymentConfiguration": {"earlySuccessCriteria": {"enable": true, "sourceServiceRevisionCleanup": "DEF|ERRED"}}}'), /background/);
  });

  it('names the model and its date in unknown-key messages, and says how to refresh', () => {
    const t = validTask();
    t.containerDefinitions[0].imagePullPolicy = 'always';
    const f = findings(t).filter((x) => x.ruleId === 'fargate/unknown-key');
    assert.strictEqual(f.length, 1);
    assert.ok(f[0].message.includes(`ECS API model of December 2026 (botocore ${MODEL_INFO.botocoreVersion})`), f[0].message);
    assert.match(f[0].message, /AWS CLI and SDKs refuse parameters they do not know/);
    assert.match(f[0].message, /refresh-model/);
    const s = validService();
    s.deploymentConfiguration.earlySucessCriteria = { enable: true };
    const sf = ecsFindings(s).filter((x) => x.ruleId === 'fargate/service-unknown-key');
    assert.strictEqual(sf.length, 1);
    assert.match(sf[0].message, /not in the ECS API model of December 2026.*create-service would fail.*Did you mean 'earlySuccessCriteria'\?/);
  });
});

describe('32 vCPU through every feature', () => {
  const task32 = (memory: string, extra = '') =>
    `{"family": "big", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", ${extra}"containerDefinitions": [{"name": "app", "image": "nginx"}], "cpu": "32768", "memory": "${memory}"}`;

  it('offers 32 vCPU for Linux only, and exactly the three memory sizes after it', () => {
    assert.ok(labels('{"family": "big", "requiresCompatibilities": ["FARGATE"], "containerDefinitions": [], "cpu": "|"}').includes('32 vCPU'));
    const win = labels('{"family": "w", "requiresCompatibilities": ["FARGATE"], "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"}, "containerDefinitions": [], "cpu": "|"}');
    assert.ok(win.length > 0 && !win.includes('32 vCPU'), win.join());
    const { doc, offset } = withCursor(task32('|'));
    const items = service.complete(doc, doc.positionAt(offset)).items;
    assert.deepStrictEqual(items.map((i) => (i.textEdit as { newText: string }).newText.trim()), ['"61440"', '"122880"', '"249856"']);
  });

  it('hovers the size with its memory choices, platform and price', () => {
    const cpu = hoverText(task32('122880').replace('"cpu": "32768"', '"cpu": "327|68"'));
    assert.match(cpu, /32 vCPU/);
    assert.match(cpu, /60 GB, 120 GB or 244 GB/);
    assert.match(cpu, /1\.4\.0 or later/);
    assert.match(cpu, /per hour/);
    assert.match(hoverText(task32('2498|56')), /Fits these CPU sizes: 32 vCPU \(32768\)/);
  });

  it('offers the nearest valid memory as a quick fix', () => {
    const text = task32('131072');
    const { doc } = withCursor(text + '|');
    const diags = service.validate(doc).filter((d) => d.code === 'fargate/task-size');
    assert.strictEqual(diags.length, 1);
    const titles = service.codeActions(doc, diags[0].range, diags).map((a) => a.title);
    assert.ok(titles.some((t) => /122880/.test(t)), titles.join(' | '));
  });
});
