import { optionsScenario } from './options-scenario';
import { languageScenario } from './language-scenario';
import { diagnosisScenario } from './diagnosis-scenario';
import { a11yScenario } from './a11y-scenario';
import { coreScenario } from './core-scenario';
import { kbScenario } from './kb-scenario';
import { hardeningScenario } from './hardening-scenario';
import { realServersScenario } from './real-servers-scenario';
import { blockerScenario } from './blocker-scenario';

coreScenario('firefox');
kbScenario('firefox');
a11yScenario('firefox');
diagnosisScenario('firefox');
optionsScenario('firefox');
languageScenario('firefox', 'vi');
hardeningScenario('firefox');
realServersScenario('firefox');
blockerScenario('firefox');
