import * as assert from 'assert';
import { estimateCost, formatUsd, pricePlatform, HOURS_PER_MONTH } from '../../server/src/knowledge/prices';

describe('Fargate price estimates', () => {
  it('prices .25 vCPU / 0.5 GB Linux x86 from the per-vCPU and per-GB rates', () => {
    const c = estimateCost(256, 512);
    const expected = 0.25 * 0.04048 + 0.5 * 0.004445;
    assert.ok(Math.abs(c.perHour - expected) < 1e-12);
    assert.ok(Math.abs(c.perMonth - expected * HOURS_PER_MONTH) < 1e-9);
  });
  it('is cheaper on ARM and dearer on Windows (with the licence fee)', () => {
    const x86 = estimateCost(1024, 2048, 'linux-x86').perHour;
    const arm = estimateCost(1024, 2048, 'linux-arm').perHour;
    const win = estimateCost(1024, 2048, 'windows').perHour;
    assert.ok(arm < x86 && x86 < win);
    assert.ok(Math.abs(win - (1 * (0.09148 + 0.046) + 2 * 0.01005)) < 1e-12);
  });
  it('charges ephemeral storage only above the included 20 GB', () => {
    assert.strictEqual(estimateCost(256, 512, 'linux-x86', 20).perHour, estimateCost(256, 512).perHour);
    assert.ok(estimateCost(256, 512, 'linux-x86', 100).perHour > estimateCost(256, 512).perHour);
  });
  it('derives the platform from runtimePlatform', () => {
    assert.strictEqual(pricePlatform(undefined, undefined), 'linux-x86');
    assert.strictEqual(pricePlatform('LINUX', 'ARM64'), 'linux-arm');
    assert.strictEqual(pricePlatform('WINDOWS_SERVER_2022_CORE', 'X86_64'), 'windows');
  });
  it('formats dollars', () => {
    assert.strictEqual(formatUsd(0.0123456), '$0.0123');
    assert.strictEqual(formatUsd(12.345), '$12.35');
  });
});
