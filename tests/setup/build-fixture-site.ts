/**
 * Vitest global setup for integration and browser tests: writes the fixture content and builds it,
 * and builds the sample content in content/, once for the whole run.
 */
import fs from 'node:fs';
import { buildSite } from '../support/build.ts';
import { writeFixtureContent } from '../support/fixture-content.ts';
import { FIXTURE_BUILD_TIME, FIXTURE_SITE_URL, fixtureContentDir, fixtureDistDir, sampleContentDir, sampleDistDir } from '../support/paths.ts';

export default async function setup(): Promise<void> {
  await writeFixtureContent(fixtureContentDir);
  fs.rmSync(fixtureDistDir, { recursive: true, force: true });
  const result = buildSite({
    contentDir: fixtureContentDir,
    outDir: fixtureDistDir,
    env: { BUILD_TIME: FIXTURE_BUILD_TIME, SITE_URL: FIXTURE_SITE_URL },
  });
  if (result.status !== 0) {
    throw new Error(`Fixture site build failed (exit ${result.status}):\n${result.output.slice(-6000)}`);
  }
  fs.rmSync(sampleDistDir, { recursive: true, force: true });
  const sample = buildSite({ contentDir: sampleContentDir, outDir: sampleDistDir });
  if (sample.status !== 0) {
    throw new Error(`Sample site build failed (exit ${sample.status}):\n${sample.output.slice(-6000)}`);
  }
}
