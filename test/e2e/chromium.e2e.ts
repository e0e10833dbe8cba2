import { optionsScenario } from './options-scenario';
import { languageScenario } from './language-scenario';
import { diagnosisScenario } from './diagnosis-scenario';
import { a11yScenario } from './a11y-scenario';
import { coreScenario } from './core-scenario';
import { kbScenario } from './kb-scenario';
import { hardeningScenario } from './hardening-scenario';
import { realServersScenario } from './real-servers-scenario';

coreScenario('chromium');
kbScenario('chromium');
a11yScenario('chromium');
diagnosisScenario('chromium');
optionsScenario('chromium');
languageScenario('chromium', 'fr');
languageScenario('chromium', 'id');
hardeningScenario('chromium');
realServersScenario('chromium');
