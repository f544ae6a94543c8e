/** Holds `astro build` before it bundles or writes anything until the content check has passed (src/lib/content-check-gate.ts). */
import type { AstroIntegration } from 'astro';
import { CONTENT_CHECK_GATE_ENV, waitForContentCheckGate } from '../lib/content-check-gate.ts';

export default function contentCheckGate(): AstroIntegration {
  return {
    name: 'khcn-content-check-gate',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const gateFile = process.env[CONTENT_CHECK_GATE_ENV];
        if (!gateFile) return;
        const parent = process.ppid;
        const started = performance.now();
        await waitForContentCheckGate(gateFile, () => process.ppid !== parent);
        const waited = performance.now() - started;
        if (waited > 100) logger.info(`Waited ${(waited / 1000).toFixed(1)} s for the content check.`);
      },
    },
  };
}
