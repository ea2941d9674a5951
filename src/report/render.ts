/** One entry point for the CLI's --format. */
import { renderWorkflowCommands, selectAnnotations } from './annotations.js';
import { defuseWorkflowCommands } from './log-safety.js';
import { renderMarkdown } from './markdown.js';
import { DEFAULT_CONFIG_PATH } from '../config/schema.js';
import { renderSarif } from './sarif.js';
import type { Report } from './model.js';
import { renderText } from './text.js';

export const OUTPUT_FORMATS = ['text', 'json', 'markdown', 'github', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The stable JSON document of a report: its command's contract (see README, "JSON output"). */
export function renderJson(report: Report): string {
  return JSON.stringify(report.data, null, 2) + '\n';
}

export interface RenderOptions {
  /** Where SARIF pins findings without a file. */
  configFile?: string;
  /** The terminal's width for text; tables wrap to it. */
  width?: number;
}

export function renderReport(report: Report, format: OutputFormat, { configFile = DEFAULT_CONFIG_PATH, width }: RenderOptions = {}): string {
  switch (format) {
    case 'sarif':
      return renderSarif([report], { fallbackFile: configFile });
    case 'json':
      return renderJson(report);
    case 'markdown':
      return defuseWorkflowCommands(renderMarkdown(report));
    case 'github': {
      // What a workflow step would print: annotations as workflow commands, then the summary.
      const { shown, overflow } = selectAnnotations(report.findings);
      const commands = renderWorkflowCommands(shown);
      return (commands ? commands + '\n' : '') + defuseWorkflowCommands(renderMarkdown(report, { overflow }));
    }
    case 'text':
      return defuseWorkflowCommands(renderText(report, width));
  }
}
