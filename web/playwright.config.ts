import { defineConfig, devices } from '@playwright/test';
import { BASE_URL, DEMO_PASSWORD, E2E_PORT, EXTERNAL_BASE_URL } from './e2e/env';

/**
 * End-to-end tests against the real host (ASP.NET Core + the built portal in web/dist).
 * The host must be built first (`dotnet build src/DesaPlatform.Host`; tests/run.sh does it).
 * Uses Debian's Chromium: Playwright never downloads a browser here.
 *   npm run e2e                                   # starts the host on a fresh SQLite db
 *   E2E_BASE_URL=http://127.0.0.1:5080 npm run e2e # against a host that is already running
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    headless: true,
    locale: 'id-ID',
    timezoneId: 'Asia/Pontianak',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-quic',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: EXTERNAL_BASE_URL
    ? undefined
    : {
        command: 'bash e2e/start-host.sh',
        url: `${BASE_URL}/healthz`,
        timeout: 120_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
        env: { E2E_PORT: String(E2E_PORT), DESA_DEMO_PASSWORD: DEMO_PASSWORD },
      },
});
