/** Report → the body of a sticky PR comment, found again by its hidden marker. */
import { renderMarkdown } from './markdown.js';
import type { CommandName, Report } from './model.js';

export function commentMarker(command: CommandName | string): string {
  return `<!-- lockstep:${command} -->`;
}

export function renderPrComment(report: Report): string {
  return `${commentMarker(report.command)}\n${renderMarkdown(report, { level: 3 })}`;
}
