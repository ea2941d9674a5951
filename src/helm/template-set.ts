/** All templates of one chart, parsed once, with every `define` indexed by name. */
import { TemplateText } from './template-actions.js';
import { TemplateStructure } from './template-structure.js';
import type { ChartTemplateSet } from './env-entries.js';

export interface TemplateFile {
  path: string;
  text: string;
}

/** Helm loads every file under templates/ (.yaml, .yml, .tpl, .txt); defines in any of them are visible to all. */
export const TEMPLATE_GLOBS = ['templates/**/*.yaml', 'templates/**/*.yml', 'templates/**/*.tpl', 'templates/**/*.txt'];

export function buildTemplateSet(files: readonly TemplateFile[]): ChartTemplateSet {
  const structures = new Map<string, TemplateStructure>();
  const defines: ChartTemplateSet['defines'] = new Map();
  // Helm parses templates in path order and a later define of a name replaces an earlier one.
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const structure = new TemplateStructure(new TemplateText(file.path, file.text));
    structures.set(file.path, structure);
    for (const define of structure.defines) defines.set(define.name, define);
  }
  return { structures, defines };
}
