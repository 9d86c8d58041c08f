import { accessModule } from '#functions/access/module.ts';
import { assessmentModule } from '#functions/assessment/module.ts';
import { directoryModule } from '#functions/directory/module.ts';
import { monitoringModule } from '#functions/monitoring/module.ts';
import { obligationsModule } from '#functions/obligations/module.ts';
import type { ModuleDescriptor } from '#functions/platform/module/descriptor.ts';
import { risksModule } from '#functions/risks/module.ts';
import { submissionsModule } from '#functions/submissions/module.ts';
import { surveysModule } from '#functions/surveys/module.ts';
import { visitsModule } from '#functions/visits/module.ts';

/**
 * The parts of the cycle this engine runs, in one list: the CDK app deploys their functions and
 * routes with the grants they declare, the embedded runtime serves the same, and the OpenAPI
 * document describes their JSON routes. A new part adds its descriptor here.
 */
export const modules: readonly ModuleDescriptor[] = [
  monitoringModule,
  accessModule,
  directoryModule,
  submissionsModule,
  obligationsModule,
  assessmentModule,
  visitsModule,
  surveysModule,
  risksModule,
];
