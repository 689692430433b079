// `npm run bench`: runs every benchmark module in bench/ and prints ONE JSON object of named
// figures, the unit in each name (drain_10k_s, touch_to_frame_ms_p50…). Progress goes to stderr.
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';

type Bench = () => Promise<Record<string, number>>;

const modules = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('-bench.ts'))
  .sort();

const figures: Record<string, number> = {};
const failed: string[] = [];
for (const file of modules) {
  const name = basename(file, '.ts');
  const loaded = (await import(`./${file}`)) as Record<string, unknown>;
  const run = Object.values(loaded).find((value): value is Bench => typeof value === 'function');
  if (!run) throw new Error(`bench/${file} exports no benchmark function`);
  process.stderr.write(`bench: ${name}…\n`);
  const started = performance.now();
  try {
    Object.assign(figures, await run());
    process.stderr.write(`bench: ${name} done in ${Math.round(performance.now() - started)} ms\n`);
  } catch (cause) {
    // One broken benchmark must not hide the others' figures; it still fails the run.
    failed.push(name);
    process.stderr.write(`bench: ${name} FAILED: ${cause instanceof Error ? cause.message : String(cause)}\n`);
  }
}
console.log(JSON.stringify(figures));
if (failed.length > 0) process.exitCode = 1;
