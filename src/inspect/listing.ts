/**
 * What `lockstep inspect` prints: no verdict, no findings — how Lockstep read something, as
 * text for a person and as a JSON document. Built from the same extraction the checks use.
 */
import type { Block } from '../report/model.js';
import { renderBlocksText } from '../report/text.js';
import { defuseWorkflowCommands } from '../report/log-safety.js';

export interface Listing<Data extends object = object> {
  kind: 'listing';
  /** The first line of the text form. */
  title: string;
  blocks: Block[];
  /** The JSON document (`--format json`). */
  data: Data;
}

export const LISTING_FORMATS = ['text', 'json'] as const;
export type ListingFormat = (typeof LISTING_FORMATS)[number];

export function isListing(value: unknown): value is Listing {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'listing';
}

/** Text for a terminal: repository content is shown, control characters escaped, workflow commands defused. */
export function renderListing(listing: Listing, format: ListingFormat, width?: number): string {
  if (format === 'json') return JSON.stringify(listing.data, null, 2) + '\n';
  return escapeControls(defuseWorkflowCommands(`${listing.title}\n\n${renderBlocksText(listing.blocks, width)}`));
}

function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** `file:line`, or the file alone. */
export function location(file: string | undefined, line?: number): string {
  if (!file) return '';
  return line ? `${file}:${line}` : file;
}
