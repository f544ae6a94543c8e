#!/usr/bin/env node
/**
 * The test command (`npm test`): type-checks with `astro check` (0 errors and 0 warnings required),
 * then runs every Vitest project, then prints one summary line: `tests: N passed, M failed`.
 * Extra arguments go to Vitest (`npm test -- tests/unit` runs only unit tests and skips the check).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'tests/.out');
fs.mkdirSync(outDir, { recursive: true });
const vitestArgs = process.argv.slice(2);

let passed = 0;
let failed = 0;
let skipped = 0;

function run(command, args) {
  return spawnSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

if (vitestArgs.length === 0) {
  console.log('▶ astro check');
  const check = run('npx', ['astro', 'check']);
  const output = `${check.stdout}${check.stderr}`;
  const summary = output.match(/(\d+) errors?\s*\n?.*?(\d+) warnings?/s);
  const errors = summary ? Number(summary[1]) : NaN;
  const warnings = summary ? Number(summary[2]) : NaN;
  if (check.status === 0 && errors === 0 && warnings === 0) {
    passed += 1;
    console.log('✓ astro check: 0 errors, 0 warnings');
  } else {
    failed += 1;
    console.log(output.slice(-20000));
    console.log(`✗ astro check: exit ${check.status}, ${errors} errors, ${warnings} warnings`);
  }
}

const reportFile = path.join(outDir, 'vitest-report.json');
fs.rmSync(reportFile, { force: true });
console.log('▶ vitest');
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...vitestArgs],
  { cwd: root, stdio: 'inherit' },
);
if (fs.existsSync(reportFile)) {
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  // A suite that failed to load or a failing global setup reports no test as failed: count it.
  const brokenSuites = report.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.every((t) => t.status !== 'failed'));
  failed += brokenSuites.length;
  if (vitest.status !== 0 && report.numFailedTests === 0 && brokenSuites.length === 0) failed += 1;
} else {
  console.log(`✗ vitest wrote no report (exit ${vitest.status})`);
  failed += 1;
}

console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
