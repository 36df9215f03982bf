/** The `factbrief` command line: parses flags, calls the pipeline, prints. Exit codes: 0 ok, 1 failure, 2 usage. */
import { Command, CommanderError, Option } from 'commander';
import { registerCommands, UsageError } from './commands.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('factbrief')
    .description('Numerically grounded Chinese AI / tech / finance daily briefings.')
    .version('0.1.0')
    .option('--data <dir>', 'data directory (else FACTBRIEF_HOME, else ./.factbrief)')
    .option('--out <dir>', 'output directory for generated files', 'out')
    .option(
      '--store <url>',
      'the store: a postgres:// connection string or a SQLite file (else FACTBRIEF_DATABASE_URL, else <data>/factbrief.db)',
    )
    .option('--config <file>', 'config file (YAML or JSON; else FACTBRIEF_CONFIG, ./factbrief.yaml, <data>/config.yaml)')
    .addOption(new Option('--verbose', 'print stacks on failure'))
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError('(run factbrief --help for usage)');
  registerCommands(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    const err = e as Error;
    process.stderr.write(`error: ${err.message}\n`);
    if (e instanceof UsageError) return 2;
    if (program.opts().verbose && err.stack) process.stderr.write(`${err.stack}\n`);
    return 1;
  }
}

// Run when executed directly (the bin shim imports this module).
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`error: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
