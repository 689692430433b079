// The ministry app's approval from a terminal (see approve-command.ts for the arguments).
import { runApproveCommand } from './approve-command';

const code = await runApproveCommand(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
});
process.exit(code);
