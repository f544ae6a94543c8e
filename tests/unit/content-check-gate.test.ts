import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_CHECK_GATE_ENV, contentCheckPassed, openContentCheckGate, waitForContentCheckGate } from '../../src/lib/content-check-gate.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-gate-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('content check gate', () => {
  it('holds the build until the check has passed', async () => {
    const gate = path.join(root, 'passed');
    let opened = false;
    const waiting = waitForContentCheckGate(gate, () => false, 5).then(() => opened);
    await new Promise((resolve) => setTimeout(resolve, 40));
    opened = true;
    openContentCheckGate(gate);
    await expect(waiting).resolves.toBe(true);
  });

  it('gives up when nobody can open it any more', async () => {
    let polls = 0;
    await expect(waitForContentCheckGate(path.join(root, 'never'), () => ++polls > 3, 5)).rejects.toThrow(/content check never finished/);
    expect(polls).toBe(4);
  });

  it('is waited for once, by every step that asks, and not at all without a gate', async () => {
    const env = { [CONTENT_CHECK_GATE_ENV]: path.join(root, 'shared') };
    const first = contentCheckPassed(env);
    expect(contentCheckPassed(env)).toBe(first);
    expect(contentCheckPassed({})).toBeUndefined();
    openContentCheckGate(env[CONTENT_CHECK_GATE_ENV]!);
    await expect(first).resolves.toBeUndefined();
  });
});
