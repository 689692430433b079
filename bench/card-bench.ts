// Card reading figures: from the driver's CARD.INSERTED to a verified identity (50 inserts),
// the APDU round trip, with the in-memory simulator and with pcscd + vpcd (both virtual-card
// transports), the worst event-loop stall while doing it, and the kiosk process's CPU while
// pcscd is down for 30 s. Needs root and the PC/SC stack for the pcsc figures; without
// them it reports card_pcsc_available = 0 and the simulator figures only.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pcsc from 'pcsclite';
import * as apdu from '../hardware/card/apdu';
import type { CardReader } from '../hardware/card/contract';
import { idApplicationAid } from '../hardware/card/id-card-profile';
import { PcscCardReader } from '../hardware/card/pcsc-card-reader';
import type { PcscContextHandle, PcscReaderHandle } from '../hardware/card/pcsc-readers';
import { SimulatedCardReader } from '../hardware/card/simulated-card-reader';
import { makeTestCard } from '../hardware/card/test-cards';
import { VpcdCard, type VpcdTransport } from '../hardware/card/virtual-card/vpcd-card';
import { findPcscdStack, startPcscd } from '../test/system/pcscd-harness';
import { nextEvent } from '../test/system/pcsc-test-rig';

const inserts = 50;
const cpuWindowMs = 30_000;
const readerName = 'Virtual PCD 00 00';
const PRESENT = 0x20; // SCARD_STATE_PRESENT

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Number((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(3));
}

/** Times CARD.INSERTED → readIdentity ok, once per insert. */
async function insertToIdentity(reader: CardReader, insert: () => Promise<() => Promise<void>>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < inserts; i++) {
    const measured = new Promise<number>((resolve, reject) => {
      const stop = reader.subscribe((e) => {
        if (e.type !== 'CARD.INSERTED') return;
        stop();
        const t0 = performance.now();
        reader.readIdentity().then((r) => (r.ok ? resolve(performance.now() - t0) : reject(new Error(`read failed: ${r.error.kind}`))));
      });
    });
    const remove = await insert();
    times.push(await measured);
    await reader.release();
    await remove();
  }
  return times;
}

async function simulatorFigures(): Promise<Record<string, number>> {
  const reader = new SimulatedCardReader();
  const times = await insertToIdentity(reader, async () => {
    reader.insertCard('resident');
    return async () => reader.removeCard();
  });
  let apdus = 0;
  const card = makeTestCard('resident');
  const start = performance.now();
  for (let i = 0; i < 1000; i++, apdus++) card.process(apdu.selectByAid(idApplicationAid));
  return {
    card_sim_insert_to_identity_ms_p50: quantile(times, 0.5),
    card_sim_insert_to_identity_ms_p95: quantile(times, 0.95),
    card_sim_apdu_round_trip_ms: Number(((performance.now() - start) / apdus).toFixed(4)),
  };
}

/** Raw SELECT round trips through pcsclite → pcscd → vpcd → virtual card. */
async function rawRoundTrip(transport: VpcdTransport): Promise<number> {
  const card = await VpcdCard.connect({ applet: makeTestCard('resident'), port: 35963, transport });
  if (!card.ok) throw new Error(`vpcd: ${card.error.code}`);
  const context = pcsc() as unknown as PcscContextHandle;
  const readers: PcscReaderHandle[] = [];
  const times = await new Promise<number[]>((resolve, reject) => {
    context.on('error', reject);
    context.on('reader', (r: PcscReaderHandle) => {
      readers.push(r);
      r.on('error', (e) => process.stderr.write(`bench: reader watch ended (${String(e)})\n`));
      if (r.name !== readerName) return;
      r.on('status', ({ state }) => {
        if (!(state & r.SCARD_STATE_PRESENT)) return;
        r.connect({ share_mode: r.SCARD_SHARE_EXCLUSIVE, protocol: r.SCARD_PROTOCOL_T1 }, (e, protocol) => {
          if (e) return reject(e);
          const out: number[] = [];
          const once = () => {
            const t0 = performance.now();
            r.transmit(Buffer.from(apdu.selectByAid(idApplicationAid)), 258, protocol, (te) => {
              if (te) return reject(te);
              out.push(performance.now() - t0);
              if (out.length < 100) once();
              else r.disconnect(r.SCARD_RESET_CARD, () => resolve(out));
            });
          };
          once();
        });
      });
    });
  });
  // pull the card while the context still watches, so the next phase starts with an empty reader
  const target = readers.find((r) => r.name === readerName);
  const emptied = new Promise<void>((resolve) => target?.on('status', ({ state }) => !(state & PRESENT) && resolve()));
  await card.value.remove();
  await emptied;
  for (const r of readers) r.close();
  context.close();
  return quantile(times, 0.5);
}

async function pcscFigures(transport: VpcdTransport): Promise<Record<string, number>> {
  const reader = new PcscCardReader({ readerName });
  if (reader.health().level !== 'ok') await nextEvent(reader, (e) => e.type === 'READER.HEALTH' && e.health.level === 'ok');
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const times = await insertToIdentity(reader, async () => {
    const card = await VpcdCard.connect({ applet: makeTestCard('resident'), port: 35963, transport });
    if (!card.ok) throw new Error(`vpcd: ${card.error.code}`);
    return async () => {
      const removed = nextEvent(reader, (e) => e.type === 'CARD.REMOVED');
      await card.value.remove();
      await removed;
    };
  });
  loop.disable();
  await reader.close();
  return {
    [`card_pcsc_${transport}_insert_to_identity_ms_p50`]: quantile(times, 0.5),
    [`card_pcsc_${transport}_insert_to_identity_ms_p95`]: quantile(times, 0.95),
    [`card_pcsc_${transport}_apdu_round_trip_ms_p50`]: await rawRoundTrip(transport),
    [`card_pcsc_${transport}_event_loop_delay_ms_p99`]: Number((loop.percentile(99) / 1e6).toFixed(1)),
    [`card_pcsc_${transport}_event_loop_delay_ms_max`]: Number((loop.max / 1e6).toFixed(1)),
  };
}

/** CPU of this process over the window while pcscd is down and a reader keeps retrying. */
async function cpuWhilePcscdDown(kill: () => Promise<void>, restart: () => Promise<void>): Promise<Record<string, number>> {
  const reader = new PcscCardReader({ readerName });
  await kill();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, cpuWindowMs));
  const cpu = process.cpuUsage(cpu0);
  const wallMs = performance.now() - t0;
  const isFailed = reader.health().level === 'failed';
  await restart();
  await reader.close();
  return {
    card_pcscd_down_cpu_percent: Number((((cpu.user + cpu.system) / 1000 / wallMs) * 100).toFixed(3)),
    card_pcscd_down_window_s: Math.round(wallMs / 1000),
    card_pcscd_down_reader_failed: isFailed ? 1 : 0,
  };
}

export async function runCardBench(): Promise<Record<string, number>> {
  const figures: Record<string, number> = await simulatorFigures();
  if (findPcscdStack() || process.getuid?.() !== 0) return { ...figures, card_pcsc_available: 0 };
  const pcscd = await startPcscd();
  try {
    Object.assign(figures, { card_pcsc_available: 1 }, await pcscFigures('quickack'), await pcscFigures('net'));
    Object.assign(figures, await cpuWhilePcscdDown(pcscd.kill, pcscd.restart));
  } catch (e) {
    process.stderr.write(`bench: card figures failed; pcscd said: ${pcscd.output().slice(-2000)}\n`);
    throw e;
  } finally {
    await pcscd.stop();
  }
  return figures;
}
