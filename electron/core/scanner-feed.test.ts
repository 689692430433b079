import { describe, expect, it } from 'vitest';
import { ManualTimers } from '../../hardware/scanner/manual-timers';
import { SimulatedCodeScanner } from '../../hardware/scanner/simulated-scanner';
import { builtInServices } from '../../state-machines/services/catalog';
import { loadDefinitions } from '../../state-machines/services/load-definitions';
import type { SessionEvent } from '../../state-machines/session/session-types';
import { makeWorld, startSession } from '../../state-machines/testing/session-harness';
import { createMemoryLogger } from '../log/logger';
import { feedScanner, scannedCodeEvents } from './scanner-feed';

const { services } = loadDefinitions(builtInServices);
const code = 'MOI1.sim1.Q1JULTIwMjYtMDAwOTAx.abcdefghijklmnopqrstuv';

describe('codes from the scanner, as the session sees them', () => {
  it('given the attract screen, then a code starts the card-less check with the code in its form, and the answer is asked for', async () => {
    const world = makeWorld();
    const s = startSession(world, services);
    expect(scannedCodeEvents(s.actor.getSnapshot(), code)).toEqual([{ type: 'VERIFY.START' }, { type: 'FIELD.CHANGED', name: 'code', value: code }, { type: 'FORM.SUBMITTED' }]);
    for (const event of scannedCodeEvents(s.actor.getSnapshot(), code)) s.send(event);
    await s.untilFlow('info.showing');
    expect(world.asked).toEqual([{ call: 'info', fields: { code } }]);
  });

  it('given a signed-in holder on the menu or in a form with no scannable field, then a code is ignored', async () => {
    const s = startSession(makeWorld(), services);
    s.insertCard();
    await s.untilMain('signedIn.pin');
    expect(scannedCodeEvents(s.actor.getSnapshot(), code)).toEqual([]);
    s.typePin('1234');
    await s.untilMain('signedIn.menu');
    s.send({ type: 'SERVICE.CHOSEN', serviceId: 'licence-replacement' });
    await s.untilFlow('form');
    expect(scannedCodeEvents(s.actor.getSnapshot(), code)).toEqual([]);
  });

  it('given garbage and a partial read, then nothing reaches the session and only the reason and length are logged', () => {
    const timers = new ManualTimers();
    const scanner = new SimulatedCodeScanner({ timers });
    const sent: SessionEvent[] = [];
    const logger = createMemoryLogger();
    const s = startSession(makeWorld(), services);
    const stop = feedScanner(scanner, { snapshot: () => s.actor.getSnapshot(), send: (e) => sent.push(e), onHealth: () => {}, logger });
    scanner.sendBytes(new Uint8Array([0x00, 0x1b, 0xff, 0x0d, 0x0a]));
    scanner.sendBytes(new TextEncoder().encode('MOI1.sim1.half'));
    timers.fireAll();
    stop();
    expect(sent).toEqual([]);
    expect(logger.lines.map((l) => l.fields)).toEqual([
      { outcome: 'rejected', reason: 'not-text', length: 3 },
      { outcome: 'rejected', reason: 'no-terminator', length: 14 },
    ]);
    expect(JSON.stringify(logger.lines)).not.toContain('MOI1');
  });
});
