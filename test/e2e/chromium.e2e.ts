import { coreScenario } from './core-scenario';

coreScenario('chromium');
