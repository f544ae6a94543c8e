import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMPILE_CACHE_ENV, DISABLE_COMPILE_CACHE_ENV, compileCacheDir, compileCacheIsEmpty, lowerPriority, v8PoolSizeArgs, withCompileCache } from '../../src/lib/node-settings.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'node-settings-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const bare = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env[COMPILE_CACHE_ENV];
  delete env[DISABLE_COMPILE_CACHE_ENV];
  return env;
};

describe('compile cache for the build processes', () => {
  it('is kept under node_modules/.cache of the project', () => {
    const env = withCompileCache(bare(), '/srv/site');
    expect(env[COMPILE_CACHE_ENV]).toBe('/srv/site/node_modules/.cache/node-compile-cache');
    expect(env.PATH).toBe(process.env.PATH);
  });

  it('leaves a folder the user chose, or a cache turned off, alone', () => {
    expect(withCompileCache({ ...bare(), [COMPILE_CACHE_ENV]: '/tmp/mine' }, '/srv/site')[COMPILE_CACHE_ENV]).toBe('/tmp/mine');
    const off = withCompileCache({ ...bare(), [DISABLE_COMPILE_CACHE_ENV]: '1' }, '/srv/site');
    expect(off[COMPILE_CACHE_ENV]).toBeUndefined();
  });

  it('is taken up by Node, which writes compiled modules there', () => {
    const script = path.join(root, 'module.mjs');
    fs.writeFileSync(script, 'import { getCompileCacheDir } from "node:module";\nexport const answer = 42;\nconsole.log(getCompileCacheDir());\n');
    const env = withCompileCache(bare(), root);
    const run = spawnSync(process.execPath, [script], { env, encoding: 'utf8' });
    expect(run.status).toBe(0);
    // Node adds a folder per Node and V8 version below the one it is given.
    expect(run.stdout.trim().startsWith(compileCacheDir(root))).toBe(true);
    const written = fs.readdirSync(compileCacheDir(root), { recursive: true });
    expect(written.length).toBeGreaterThan(1);
  });

  it('is found empty before the first build fills it, and not when it is turned off', () => {
    const project = fs.mkdtempSync(path.join(root, 'project-'));
    expect(compileCacheIsEmpty(bare(), project)).toBe(true);
    fs.mkdirSync(compileCacheDir(project), { recursive: true });
    expect(compileCacheIsEmpty(bare(), project)).toBe(true);
    fs.mkdirSync(path.join(compileCacheDir(project), 'v24'));
    expect(compileCacheIsEmpty(bare(), project)).toBe(false);
    expect(compileCacheIsEmpty({ ...bare(), [COMPILE_CACHE_ENV]: path.join(project, 'elsewhere') }, project)).toBe(true);
    expect(compileCacheIsEmpty({ ...bare(), [DISABLE_COMPILE_CACHE_ENV]: '1' }, path.join(project, 'none'))).toBe(false);
  });
});

describe("V8's helper threads for the build processes", () => {
  it("are as many as the cores, from one to Node's own four", () => {
    expect(v8PoolSizeArgs(2)).toEqual(['--v8-pool-size=2']);
    expect(v8PoolSizeArgs(1)).toEqual(['--v8-pool-size=1']);
    expect(v8PoolSizeArgs(16)).toEqual(['--v8-pool-size=4']);
    expect(v8PoolSizeArgs(0)).toEqual(['--v8-pool-size=1']);
  });

  it('is an option this Node accepts', () => {
    const run = spawnSync(process.execPath, [...v8PoolSizeArgs(2), '-e', 'process.exit(0)'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

/** The niceness of each thread of process `pid` (field 19 of /proc/<pid>/task/<tid>/stat). */
function threadNiceness(pid: number): number[] {
  return fs.readdirSync(`/proc/${pid}/task`).map((thread) => {
    const stat = fs.readFileSync(`/proc/${pid}/task/${thread}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

describe('a lower priority for a process', () => {
  it.runIf(process.platform === 'linux')('reaches every thread, also those started afterwards, and never raises one', async () => {
    // A Node process that starts a worker thread once told to, then reports its threads.
    const child = spawn(process.execPath, ['-e', `
      const { Worker } = require('node:worker_threads');
      process.stdin.once('data', () => {
        new Worker('setInterval(() => {}, 1000)', { eval: true }).on('online', () => process.stdout.write('started\\n'));
      });
      setInterval(() => {}, 1000);
    `], { stdio: ['pipe', 'pipe', 'inherit'] });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      lowerPriority(child.pid!, 7);
      const before = threadNiceness(child.pid!);
      expect(before.length).toBeGreaterThan(3);
      expect(new Set(before)).toEqual(new Set([7]));
      const started = new Promise((resolve) => child.stdout!.once('data', resolve));
      child.stdin!.write('go\n');
      await started;
      const after = threadNiceness(child.pid!);
      expect(after.length).toBeGreaterThan(before.length);
      expect(new Set(after)).toEqual(new Set([7]));
      lowerPriority(child.pid!, 3);
      expect(new Set(threadNiceness(child.pid!))).toEqual(new Set([7]));
    } finally {
      child.kill();
    }
  });

  it('does nothing for a process that has ended', () => {
    const ended = spawnSync(process.execPath, ['-e', '0']);
    expect(() => lowerPriority(ended.pid!, 10)).not.toThrow();
  });
});
