/**
 * Headless Chromium for the browser tests: Debian's `chromium` driven by playwright-core (which
 * never downloads a browser of its own). The flags keep it off the network (the machine has no
 * outside network; without them Chromium tries Google's hosts at every start) and let it run as
 * root. `chromium.launch` gives each browser a fresh, empty, temporary profile
 * (`--user-data-dir`), removed when the browser closes.
 *
 * A missing browser is a failure, never a skip: `.ci/run` installs it, and on a workstation
 * the message says how.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.FACTWIRE_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: the browser tests need it and never skip. Install it with ` +
        '`apt-get update && apt-get install -y chromium` (.ci/run does this), or set FACTWIRE_CHROMIUM to its path.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
