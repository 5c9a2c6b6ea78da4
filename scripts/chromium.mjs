// How every browser test and benchmark here launches Chromium: Debian's build (Playwright's
// own download does not work on these machines), headless, with the background services
// off, since the machines have no network beyond the package registries.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
