// `npm run enrol -- <code> …` (see enrol-command.ts).
import { runEnrol } from './enrol-command';

const outcome = await runEnrol(process.argv.slice(2), process.env);
for (const line of outcome.lines) (outcome.exitCode === 0 ? process.stdout : process.stderr).write(`${line}\n`);
process.exit(outcome.exitCode);
