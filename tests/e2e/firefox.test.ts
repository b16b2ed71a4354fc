// The shared browser scenarios (scenarios.ts) in Debian's Firefox ESR, with dist/firefox installed
// as a temporary add-on. `npm run test:firefox` runs this file alone.
import { firefoxTestsRunnable, launchFirefox } from './firefox-driver';
import { runScenarios } from './suite';

runScenarios('Firefox', launchFirefox, firefoxTestsRunnable(), 'screenshots/firefox');
