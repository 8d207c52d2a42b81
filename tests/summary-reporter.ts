import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the plain closing line CI reads, `N passed, N failed, N skipped`,
 * after vitest's own summary.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const counts = { pass: 0, fail: 0, skip: 0 };
    for (const module of testModules) {
      // A failing beforeAll/afterAll fails its suite (or file) while its tests read as skipped.
      if (module.errors().length > 0) counts.fail++;
      for (const suite of module.children.allSuites()) if (suite.errors().length > 0) counts.fail++;
      for (const test of module.children.allTests()) {
        const { state } = test.result();
        if (state === 'passed') counts.pass++;
        else if (state === 'failed') counts.fail++;
        else counts.skip++;
      }
    }
    console.log(`\n${counts.pass} passed, ${counts.fail} failed, ${counts.skip} skipped`);
  }
}
