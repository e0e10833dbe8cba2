import { coreScenario } from './core-scenario';

coreScenario('firefox');
