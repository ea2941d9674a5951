/**
 * The markdown body of a sticky PR comment: a hidden marker (how the next run finds the comment
 * again), then the report or the blocks, rendered as in the job summary one heading level down.
 */
import { renderBlocksMarkdown, renderMarkdown } from './markdown.js';
import type { Block, CommandName, Report } from './model.js';

/** Heading level of a comment's title: one below the PR's own title. */
const COMMENT_LEVEL = 3;

export function commentMarker(command: string): string {
  return `<!-- lockstep:${command} -->`;
}

/** A report's comment (schema-diff, env-diff). */
export function renderReportComment(report: Report): string {
  return `${commentMarker(report.command)}\n${renderMarkdown(report, { level: COMMENT_LEVEL })}`;
}

/**
 * A comment of blocks (the gate's: where one PR stands), their first heading at the comment
 * level, and `trailer` after them as given (a hidden record the next run reads back).
 */
export function renderBlocksComment(command: CommandName, blocks: readonly Block[], trailer = ''): string {
  return `${commentMarker(command)}\n${renderBlocksMarkdown(blocks, COMMENT_LEVEL)}${trailer ? `\n${trailer}\n` : ''}`;
}
