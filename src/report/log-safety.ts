/**
 * Text that reaches the runner's log may contain repository content (file lines, PR
 * bodies). A line starting with `::` would be read as a workflow command, and so would
 * `##[` anywhere in a line (the runner's legacy form, `##[error]…`, `##[add-mask]…`): both are
 * defused with a zero-width space; nothing else changes.
 */
export function defuseWorkflowCommands(text: string): string {
  return text.replace(/^(\s*)::/gm, '$1:\u200b:').replace(/##\[/g, '#\u200b#[');
}
