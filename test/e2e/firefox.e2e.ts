import { coreScenario } from './core-scenario';
import { kbScenario } from './kb-scenario';

coreScenario('firefox');
kbScenario('firefox');
