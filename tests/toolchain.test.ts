import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};
const installed = (name: string) => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
const major = (version: string) => Number(/\d+/.exec(version)![0]);

describe('toolchain (npm scripts run on the pinned Node 24, whatever Node runs npm)', () => {
  it('runs the tests on the Node of the `node` devDependency, the major of .nvmrc and engines', () => {
    expect(process.versions.node).toBe(pkg.devDependencies.node);
    expect(major(process.versions.node)).toBe(Number(readFileSync('.nvmrc', 'utf8').trim()));
    expect(pkg.engines.node).toBe(`>=${major(process.versions.node)}`);
  });

  it('builds with Astro 7 and zod 4', () => {
    expect(major(installed('astro'))).toBe(7);
    expect(major(installed('zod'))).toBe(4);
  });

  it('keeps Lighthouse out of the install (the bench fetches it)', () => {
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('lighthouse');
  });

  it('decides on every install script, so `npm ci` prints no install-script warning', () => {
    // npm 11 runs no dependency's install script unless package.json's allowScripts approves it.
    const output = execFileSync('npm', ['install-scripts', 'ls'], { encoding: 'utf8' });
    expect(output.trim()).toBe('No packages with unreviewed install scripts.');
  });

  it('has Dependabot propose npm and GitHub Actions updates once a week, grouped, never a new Node major', () => {
    interface Update {
      'package-ecosystem': string;
      schedule: { interval: string };
      groups?: Record<string, unknown>;
      ignore?: { 'dependency-name': string; 'update-types'?: string[] }[];
    }
    const { updates } = parse(readFileSync('.github/dependabot.yml', 'utf8')) as { updates: Update[] };
    expect(updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const update of updates) {
      expect(update.schedule.interval).toBe('weekly');
      expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0);
    }
    const npm = updates.find((update) => update['package-ecosystem'] === 'npm')!;
    expect(npm.ignore).toContainEqual({ 'dependency-name': 'node', 'update-types': ['version-update:semver-major'] });
  });
});
