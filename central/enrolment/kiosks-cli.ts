// `npm run central:kiosks -- …` (see kiosks-command.ts).
import { runKiosksCommand } from './kiosks-command';

const outcome = runKiosksCommand(process.argv.slice(2));
outcome.lines.forEach((line, i) => (outcome.exitCode === 0 && i === 0 ? process.stdout : process.stderr).write(`${line}\n`));
process.exit(outcome.exitCode);
