import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const outRoot = path.join(projectRoot, 'tests/.out');
export const fixtureContentDir = path.join(outRoot, 'fixture-content');
export const fixtureDistDir = path.join(outRoot, 'fixture-dist');
/** The instant the fixture build treats as "now", so scheduled articles are deterministic. */
export const FIXTURE_BUILD_TIME = '2026-11-20T10:00:00+07:00';
export const FIXTURE_SITE_URL = 'https://tin.example.org';
/** The repository's own sample content, built once so quality checks cover real articles too. */
export const sampleContentDir = path.join(projectRoot, 'content');
export const sampleDistDir = path.join(outRoot, 'sample-dist');
/** Both built sites that quality checks (validity, links, accessibility, budgets) run over. */
export const qualitySites = [
  { name: 'fixture', dist: fixtureDistDir },
  { name: 'sample', dist: sampleDistDir },
] as const;
