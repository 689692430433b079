// Runs Electronegativity's own runner (the one its CLI calls) and prints the findings as one
// JSON document on stdout. The CLI's CSV report cannot be trusted: it writes the header and
// the rows with two concurrent fs.writeFile calls, so now and then the header lands over the
// first row and a finding is lost. Usage: node electronegativity-scan.mjs <dir> <electron version> <excluded,checks>
import { createRequire } from 'node:module';

const [input, electronVersion, excluded = ''] = process.argv.slice(2);
if (!input || !electronVersion) {
  console.error('usage: electronegativity-scan.mjs <dir> <electron version> [excluded,checks]');
  process.exit(2);
}

// Its i18n setup prints notices with console.log; stdout is kept for the JSON alone.
console.log = console.error;

// The package's main export is the runner itself (its build assigns module.exports = run).
const run = createRequire(import.meta.url)('@doyensec/electronegativity');
const result = await run({
  input,
  customScan: [],
  excludeFromScan: excluded.split(',').map((check) => check.trim().toLowerCase()).filter(Boolean),
  isRelative: true,
  isVerbose: false,
  electronVersionOverride: electronVersion,
  parserPlugins: [],
});

const findings = result.issues.map((issue) => ({
  check: issue.id,
  severity: issue.severity.name,
  file: issue.file,
  location: `${issue.location.line}:${issue.location.column}`,
}));
const errors = result.errors.map((error) => ({ file: error.file, message: error.message, tolerable: error.tolerable }));
process.stdout.write(JSON.stringify({ findings, errors }));
