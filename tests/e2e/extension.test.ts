// The shared browser scenarios (scenarios.ts) in Debian's Chromium, with dist/chrome loaded: the
// same list runs in Firefox (firefox.test.ts). Screenshots go to test-results/screenshots.
import { launchChromium } from './chromium-driver';
import { browserTestsRunnable } from './harness';
import { runScenarios } from './suite';

runScenarios('Chromium', launchChromium, browserTestsRunnable(), 'screenshots');
