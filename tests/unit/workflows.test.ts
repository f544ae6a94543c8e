/** The CI workflows parse and do what the editors' workflow relies on (they cannot run here). */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  steps: Step[];
  environment?: { name: string };
}
interface Workflow {
  on: Record<string, unknown>;
  concurrency?: { group: string };
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

function workflow(name: string): Workflow {
  return yaml.load(fs.readFileSync(path.join(projectRoot, '.github/workflows', name), 'utf8')) as Workflow;
}

const runs = (job: Job | undefined) => (job?.steps ?? []).map((step) => step.run ?? '').join('\n');
const uses = (job: Job | undefined) => (job?.steps ?? []).map((step) => step.uses ?? '');

describe('deploy workflow', () => {
  const flow = workflow('deploy.yml');
  it('runs on pushes to main, hourly and on demand, one deployment at a time', () => {
    expect(flow.on.push).toEqual({ branches: ['main'] });
    expect(flow.on.schedule).toEqual([{ cron: '5 * * * *' }]);
    expect(flow.on).toHaveProperty('workflow_dispatch');
    expect(flow.concurrency?.group).toBe('pages');
    expect(flow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });
  it('checks content, tests, builds dist/ and deploys it with the Pages actions', () => {
    const { test, build, deploy } = flow.jobs;
    expect(runs(test)).toContain('npm run check:content');
    expect(runs(test)).toMatch(/apt-get install .*chromium/);
    expect(runs(test)).toContain('npm test');
    expect(build?.needs).toBe('test');
    expect(runs(build)).toContain('npm run build');
    expect(build?.steps.find((step) => step.run === 'npm run build')?.env).toHaveProperty('SITE_URL');
    expect(uses(build)).toEqual(expect.arrayContaining([expect.stringMatching(/^actions\/configure-pages@/), expect.stringMatching(/^actions\/upload-pages-artifact@/)]));
    expect(build?.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({ path: 'dist' });
    expect(deploy?.needs).toBe('build');
    expect(deploy?.environment?.name).toBe('github-pages');
    expect(uses(deploy)).toEqual([expect.stringMatching(/^actions\/deploy-pages@/)]);
  });
});

describe('pull request workflow', () => {
  const flow = workflow('pull-request.yml');
  it('checks the content and builds, deploying nothing', () => {
    expect(flow.on).toHaveProperty('pull_request');
    const steps = Object.values(flow.jobs).flatMap((job) => job.steps);
    const script = steps.map((step) => step.run ?? '').join('\n');
    expect(script).toContain('check:content');
    expect(script).toContain('npm run build');
    expect(steps.some((step) => step.uses?.includes('pages'))).toBe(false);
    expect(flow.permissions).toEqual({ contents: 'read' });
  });
});
