import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CfnTemplate {
  Resources: Record<
    string,
    {
      Type: string;
      Properties?: Record<string, any>;
      Metadata?: Record<string, any>;
      DeletionPolicy?: string;
      DependsOn?: string[];
      UpdateReplacePolicy?: string;
    }
  >;
}

/** The synthesized templates of the run's assembly, by stack name. */
export function readTemplates(assemblyDir: string): Map<string, CfnTemplate> {
  const templates = new Map<string, CfnTemplate>();
  for (const file of readdirSync(assemblyDir).filter((name) => name.endsWith('.template.json'))) {
    templates.set(
      file.replace('.template.json', ''),
      JSON.parse(readFileSync(join(assemblyDir, file), 'utf8')),
    );
  }
  return templates;
}

export function templateOf(assemblyDir: string, kind: 'Data' | 'App'): CfnTemplate {
  const found = [...readTemplates(assemblyDir)].find(([name]) => name.endsWith(`-${kind}`));
  if (!found) throw new Error(`No ${kind} stack in ${assemblyDir}`);
  return found[1];
}

export function resourcesOfType(template: CfnTemplate, type: string) {
  return Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
}
