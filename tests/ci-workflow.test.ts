/**
 * The pull-request workflow runs a content change's build: the job that runs a
 * pull request's code must not be able to use a write token or a secret, and no
 * preview is published from a failed build. Workflows that hold deploy secrets
 * never run for a pull request.
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
interface Job {
  permissions?: Record<string, string> | string;
  steps: Step[];
  env?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown> | string | string[];
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const DIR = '.github/workflows';
const workflows = readdirSync(DIR)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name, text: readFileSync(join(DIR, name), 'utf8') }))
  .map(({ name, text }) => ({ name, text, workflow: parse(text) as Workflow }));
const triggers = (workflow: Workflow) =>
  typeof workflow.on === 'string' ? [workflow.on] : Array.isArray(workflow.on) ? workflow.on : Object.keys(workflow.on);
const SECRET = /\$\{\{\s*secrets\./;
/** A job runs the checked-out code when it checks out and runs a command. */
const runsCode = (job: Job) => job.steps.some((step) => step.uses?.startsWith('actions/checkout')) && job.steps.some((step) => step.run);

describe('CI that a content pull request cannot abuse', () => {
  it.each(workflows.map((w) => [w.name, w] as const))(
    '%s: read-only default token, checkout keeps no credentials, previews only from a good build',
    (_, { workflow }) => {
      expect(
        workflow.permissions === undefined ||
          JSON.stringify(workflow.permissions) === '{}' ||
          JSON.stringify(workflow.permissions) === JSON.stringify({ contents: 'read' }),
      ).toBe(true);
      expect(triggers(workflow)).not.toContain('pull_request_target');
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps) {
          if (step.uses?.startsWith('actions/checkout')) expect(step.with?.['persist-credentials']).toBe(false);
          if (step.uses?.startsWith('actions/upload-artifact')) expect(step.if ?? 'success()').toBe('success()');
        }
      }
    },
  );

  it('every job that runs a pull request’s code has a read-only token and names no secret', () => {
    const forPullRequests = workflows.filter(({ workflow }) => triggers(workflow).includes('pull_request'));
    expect(forPullRequests.map((w) => w.name)).toContain('pr.yml');
    for (const { name, workflow } of forPullRequests) {
      for (const [id, job] of Object.entries(workflow.jobs).filter(([, job]) => runsCode(job))) {
        expect(job.permissions ?? workflow.permissions, `${name} ${id}`).toEqual({ contents: 'read' });
        expect(JSON.stringify(job), `${name} ${id}`).not.toMatch(SECRET);
      }
    }
  });

  it('workflows that name a secret never run for a pull request', () => {
    for (const { name, text, workflow } of workflows) {
      if (name === 'pr.yml') continue; // its preview job runs no code of the pull request (the test above)
      if (SECRET.test(text)) expect(triggers(workflow), name).not.toContain('pull_request');
    }
  });
});
