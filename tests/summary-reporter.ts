import type { Reporter, RunnerTask, RunnerTestFile } from 'vitest/node';

/**
 * Prints the plain closing line CI reads, `N passed, N failed, N skipped`,
 * after vitest's own summary.
 */
export default class SummaryReporter implements Reporter {
  onFinished(files: RunnerTestFile[] = []) {
    const counts = { pass: 0, fail: 0, skip: 0 };
    const visit = (task: RunnerTask) => {
      if (task.type === 'suite') task.tasks.forEach(visit);
      else if (task.result?.state === 'pass') counts.pass++;
      else if (task.result?.state === 'fail') counts.fail++;
      else counts.skip++;
    };
    files.forEach(visit);
    // A file that failed to load has no tests but must not read as a pass.
    const brokenFiles = files.filter((file) => file.result?.state === 'fail' && file.tasks.length === 0).length;
    console.log(`\n${counts.pass} passed, ${counts.fail + brokenFiles} failed, ${counts.skip} skipped`);
  }
}
