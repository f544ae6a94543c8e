/** Holds `astro build` before it bundles or writes anything until the content check has passed (src/lib/content-check-gate.ts). */
import type { AstroIntegration } from 'astro';
import { contentCheckPassed } from '../lib/content-check-gate.ts';

export default function contentCheckGate(): AstroIntegration {
  return {
    name: 'khcn-content-check-gate',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const passed = contentCheckPassed();
        if (!passed) return;
        const started = performance.now();
        await passed;
        const waited = performance.now() - started;
        if (waited > 100) logger.info(`Waited ${(waited / 1000).toFixed(1)} s for the content check.`);
      },
    },
  };
}
