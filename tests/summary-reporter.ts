import type { Reporter, RunnerTask, RunnerTestFile } from 'vitest/node';

/**
 * Prints the plain closing line CI reads, `N passed, N failed, N skipped`,
 * after vitest's own summary.
 */
export default class SummaryReporter implements Reporter {
  onFinished(files: RunnerTestFile[] = []) {
    const counts = { pass: 0, fail: 0, skip: 0 };
    const visit = (task: RunnerTask) => {
      if (task.type === 'suite') {
        // A failing beforeAll/afterAll fails its suite while its tests read as skipped.
        if (task.result?.state === 'fail' && (task.result.errors?.length ?? 0) > 0) counts.fail++;
        task.tasks.forEach(visit);
      } else if (task.result?.state === 'pass') counts.pass++;
      else if (task.result?.state === 'fail') counts.fail++;
      else counts.skip++;
    };
    files.forEach(visit);
    console.log(`\n${counts.pass} passed, ${counts.fail} failed, ${counts.skip} skipped`);
  }
}
