/**
 * Findings → GitHub annotations. GitHub shows at most 10 annotations of each type per
 * step (50 per job); the rest are returned as overflow, for the summary to list.
 */
import { findingTitle, ignoredNote, type Finding, type Severity } from './model.js';

export const ANNOTATIONS_PER_TYPE = 10;

export interface Annotation {
  level: Severity;
  title: string;
  message: string;
  file?: string;
  line?: number;
}

export function selectAnnotations(findings: readonly Finding[], perType = ANNOTATIONS_PER_TYPE): { shown: Annotation[]; overflow: Finding[] } {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Annotation[] = [];
  const overflow: Finding[] = [];
  for (const finding of findings) {
    // An ignored finding stays on its line, as a notice that says why it is accepted.
    const level = finding.ignored ? 'notice' : finding.severity;
    if (counts[level] >= perType) {
      overflow.push(finding);
      continue;
    }
    counts[level]++;
    const title = finding.ignored ? `Ignored: ${findingTitle(finding)}` : findingTitle(finding);
    const message = finding.ignored ? `${finding.message} ${ignoredNote(finding.ignored)}` : finding.message;
    shown.push({ level, title, message, file: finding.file, line: finding.line });
  }
  return { shown, overflow };
}

/** `::error file=…,line=…,title=…::message` lines, escaped as the runner expects. */
export function renderWorkflowCommands(annotations: readonly Annotation[]): string {
  return annotations
    .map((annotation) => {
      const properties = [
        annotation.file ? `file=${escapeProperty(annotation.file)}` : '',
        annotation.line ? `line=${annotation.line}` : '',
        `title=${escapeProperty(annotation.title)}`,
      ].filter(Boolean);
      return `::${annotation.level} ${properties.join(',')}::${escapeData(annotation.message)}`;
    })
    .join('\n');
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
