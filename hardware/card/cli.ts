// Maintainer tool: put a virtual ID card into a vpcd reader, or take it out.
//   npm run card -- insert <identity> [--reader 0|1] [--cloned] [--tries N] [--unreadable] [--transport quickack|net]
//   npm run card -- remove [--reader 0|1]
//   npm run card -- list
// `insert` leaves a background process holding the card (pid file under the state dir).
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { cardHolders, type CardHolderName } from '../../central/seed/people';
import { defaultStateDir, holdCard, removeHeldCard } from './virtual-card/card-daemon';

const usage = 'usage: npm run card -- insert <identity> [--reader 0|1] [--cloned] [--tries N] [--unreadable] [--transport quickack|net] | remove [--reader 0|1] | list';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    reader: { type: 'string', default: '0' },
    cloned: { type: 'boolean', default: false },
    unreadable: { type: 'boolean', default: false },
    tries: { type: 'string' },
    transport: { type: 'string', default: 'quickack' },
    'state-dir': { type: 'string', default: defaultStateDir },
  },
});
const [command, identity] = positionals;
const readerIndex = Number(values.reader);
const stateDir = values['state-dir'];
const readerName = `Virtual PCD 00 0${readerIndex}`;
const isHolder = (name: string | undefined): name is CardHolderName => name !== undefined && Object.hasOwn(cardHolders, name);

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (!Number.isInteger(readerIndex) || readerIndex < 0 || readerIndex > 1) fail(`--reader must be 0 or 1\n${usage}`);
const transport = values.transport === 'net' ? 'net' : 'quickack';

if (command === 'list') {
  process.stdout.write(`${Object.keys(cardHolders).join('\n')}\n`);
} else if (command === 'remove') {
  const removed = removeHeldCard(stateDir, readerIndex);
  if (!removed.ok) fail(`cannot signal the card holder (pid ${removed.error.pid}): not permitted`);
  process.stdout.write(removed.value.kind === 'removed' ? `card removed from ${readerName}\n` : `no virtual card in ${readerName}\n`);
} else if (command === 'insert' && isHolder(identity)) {
  // replace whatever card this tool put there before
  removeHeldCard(stateDir, readerIndex);
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1] ?? '', 'hold', identity, ...process.argv.slice(4)], {
    detached: true,
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  child.once('message', (message: { ok: boolean; code?: string }) => {
    if (!message.ok) fail(`cannot reach vpcd for ${readerName} (${message.code}). Is pcscd running? Start it as root: pcscd -f &`);
    process.stdout.write(`card ${identity} inserted in ${readerName} (holder pid ${child.pid}); remove with: npm run card -- remove --reader ${readerIndex}\n`);
    child.disconnect();
    child.unref();
  });
  child.once('exit', (code) => fail(`the card holder exited early (${code})`));
} else if (command === 'hold' && isHolder(identity)) {
  const tries = values.tries === undefined ? undefined : Number(values.tries);
  const held = await holdCard(identity, { readerIndex, stateDir, transport, isCloned: values.cloned, isUnreadable: values.unreadable, pinTriesLeft: tries });
  process.send?.(held.ok ? { ok: true } : { ok: false, code: held.error.code });
  if (!held.ok) process.exit(1);
  process.disconnect?.();
  process.once('SIGTERM', () => void held.value.card.remove());
  await held.value.gone;
  process.exit(0);
} else {
  fail(`${identity ? `unknown identity "${identity}" (npm run card -- list)\n` : ''}${usage}`);
}
