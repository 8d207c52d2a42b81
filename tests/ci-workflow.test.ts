/**
 * The pull-request workflow runs a content change's build: it must not be able
 * to use a token or a secret, nor publish a preview of a failed build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  env?: Record<string, unknown>;
  jobs: Record<string, { permissions?: Record<string, string> | string; steps: Step[]; env?: Record<string, unknown> }>;
}

const DIR = '.github/workflows';
const workflows = readdirSync(DIR)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name, text: readFileSync(join(DIR, name), 'utf8') }))
  .map(({ name, text }) => ({ name, text, workflow: parse(text) as Workflow }));

describe('CI that a content pull request cannot abuse', () => {
  it.each(workflows.map((w) => [w.name, w] as const))('%s: read-only token, no persisted credentials, no secret, preview only from a good build', (_, { text, workflow }) => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
    expect(text).not.toMatch(/\$\{\{\s*secrets\./);
    for (const job of Object.values(workflow.jobs)) {
      expect(job.permissions ?? { contents: 'read' }).toEqual({ contents: 'read' });
      for (const step of job.steps) {
        if (step.uses?.startsWith('actions/checkout')) expect(step.with?.['persist-credentials']).toBe(false);
        if (step.uses?.startsWith('actions/upload-artifact')) expect(step.if ?? 'success()').toBe('success()');
      }
    }
  });
});
