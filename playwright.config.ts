import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  workers: process.env.CI ? 2 : undefined,
  // One retry in CI, reported as "flaky" in the output: a known caret jump to the headline ~1–3 s after a release
  // opens, seen only on an overloaded machine (content-controls.spec's blank tests; not root-caused, see
  // docs/architecture.md). The property test's seeds are fixed, so a real failure fails its retry too.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
