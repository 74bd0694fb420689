// The one place that says how Sirene starts a browser: Debian's Chromium (or CHROME_PATH),
// headless, with background networking off (the machines have no network but the package
// registries). Used by @web/test-runner, the end-to-end tests and the screenshot aid.
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
