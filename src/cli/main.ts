/**
 * `lockstep <command> [options] --format text|json|markdown|github|sarif`
 * Exit 0: pass. 1: the check failed. 2: usage, configuration or input error.
 * Never a bare stack trace: an unexpected error is one line, and --debug shows the trace.
 */
import { parseArgs } from 'node:util';
import { ExitCode, firstLineOf, InputError } from '../errors.js';
import { applyFailOn, DEFAULT_FAIL_ON, parseFailOn } from '../report/fail-on.js';
import { OUTPUT_FORMATS, renderReport, type OutputFormat } from '../report/render.js';
import { sarifConfigFile } from '../report/sarif.js';
import { LOCKSTEP_VERSION } from '../version.js';
import { COMMANDS } from './commands.js';
import type { CliCommand, CliContext, OptionValues } from './command.js';
import { isListing, LISTING_FORMATS, renderListing, type ListingFormat } from '../inspect/listing.js';

const COMMON_OPTIONS = {
  format: { type: 'string', default: 'text' },
  'fail-on': { type: 'string', default: DEFAULT_FAIL_ON },
  help: { type: 'boolean', short: 'h', default: false },
  debug: { type: 'boolean', default: false },
} as const;

const COMMON_HELP = `Common options:
  --format F   text (default), json, markdown, github (annotations + summary),
               or sarif (SARIF 2.1.0 for GitHub code scanning)
  --fail-on S  the severity that fails the check: error (default), warning, or note
               (any finding)
  --debug      show stack traces of unexpected errors
  -h, --help   this help

Exit codes: 0 pass, 1 check failed, 2 usage/config/input error.`;

const LISTING_HELP = `Common options:
  --format F   text (default) or json
  --debug      show stack traces of unexpected errors
  -h, --help   this help

Exit codes: 0 printed, 2 usage/config/input error.`;

/** A command that prints how something was read: text or JSON, no verdict, no --fail-on. */
async function runListing(command: CliCommand, values: OptionValues, context: CliContext, io: CliIo): Promise<number> {
  const format = values.format as string;
  if (!LISTING_FORMATS.includes(format as ListingFormat)) throw new InputError(`--format: expected ${LISTING_FORMATS.join(' | ')}, got '${format}'`, { hint: `lockstep ${command.name} prints a listing, not a check report.` });
  if (values['fail-on'] !== DEFAULT_FAIL_ON) throw new InputError('--fail-on goes with the checks', { hint: `lockstep ${command.name} has no verdict; it exits 0 when it printed, 2 on bad input.` });
  const result = await command.run(values, context);
  if (!isListing(result)) throw new Error(`${command.name} returned a report`);
  io.stdout(renderListing(result, format as ListingFormat, io.columns));
  return ExitCode.pass;
}

export function topLevelHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return `lockstep — keep services, message schemas and deployment config in step

Usage: lockstep <command> [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Run 'lockstep <command> --help' for a command's options.
${COMMON_HELP}
`;
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The terminal's width when stdout is one (text tables wrap to it). */
  columns?: number;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  get columns() {
    return process.stdout.isTTY ? process.stdout.columns : undefined;
  },
};

export async function runCli(argv: string[], io: CliIo = processIo, env = process.env, cwd = process.cwd()): Promise<number> {
  const [name, ...rest] = argv;
  const debug = rest.includes('--debug');
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topLevelHelp());
    return name ? ExitCode.pass : ExitCode.inputError;
  }
  if (name === '--version') {
    io.stdout(`${LOCKSTEP_VERSION}\n`);
    return ExitCode.pass;
  }
  const entry = COMMANDS.find((command) => command.name === name);
  if (!entry) {
    io.stderr(`lockstep: unknown command '${name}'. Commands: ${COMMANDS.map((c) => c.name).join(', ')}.\n`);
    return ExitCode.inputError;
  }
  let command: CliCommand | undefined;
  try {
    command = await entry.load();
    const { values, positionals } = parseArgs({ args: rest, options: { ...command.options, ...COMMON_OPTIONS }, strict: true, allowPositionals: command.listing === true });
    if (values.help) {
      io.stdout(`${command.help.trimEnd()}\n\n${command.listing ? LISTING_HELP : COMMON_HELP}\n`);
      return ExitCode.pass;
    }
    const format = values.format;
    if (command.listing) return await runListing(command, values, { cwd, env, positionals }, io);
    if (!OUTPUT_FORMATS.includes(format as OutputFormat)) {
      throw new InputError(`--format: expected ${OUTPUT_FORMATS.join(' | ')}, got '${format}'`);
    }
    const failOn = parseFailOn(values['fail-on'], '--fail-on');
    const result = await command.run(values, { cwd, env });
    if (isListing(result)) throw new Error(`${name} returned a listing`);
    const report = applyFailOn(result, failOn);
    const config = (values as Record<string, unknown>).config;
    io.stdout(renderReport(report, format as OutputFormat, { configFile: sarifConfigFile(typeof config === 'string' ? config : undefined, cwd), width: io.columns }));
    return report.verdict === 'fail' ? ExitCode.failed : ExitCode.pass;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`lockstep ${name}: error: ${error.describe()}\n`);
      return ExitCode.inputError;
    }
    if (isParseArgsError(error)) {
      io.stderr(`lockstep ${name}: ${(error as Error).message}\nRun 'lockstep ${name} --help' for the options.\n`);
      return ExitCode.inputError;
    }
    io.stderr(`lockstep ${name}: internal error: ${firstLineOf(error)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else io.stderr('Run again with --debug for the stack trace, and please report it.\n');
    return ExitCode.failed;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
