import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from '../result';
import type { ProcessError, ProcessOutput, ProcessRunner } from '../tts/process-runner';
import { AlsaHeadphoneJack } from './alsa-headphone-jack';
import { headphoneJackContract } from './contract-suite';
import type { HeadphoneJackEvent, IntervalTimer } from './contract';
import { amixerOutput, procAsoundCards } from './fixtures/amixer-output';

/** A sound card whose amixer answers from fixtures, and a timer fired by hand. */
function fakeAlsa() {
  const state = { cards: procAsoundCards.twoCards as string | undefined, amixer: ok({ stdout: amixerOutput.jackOff, stderr: '', exitCode: 0 }) as Result<{ stdout: string; stderr: string; exitCode: number }, ProcessError> };
  const calls: (readonly string[])[] = [];
  const run: ProcessRunner = async (command, args) => {
    calls.push([command, ...args]);
    const answer = state.amixer;
    return answer.ok ? ok<ProcessOutput>({ ...answer.value, stdout: new TextEncoder().encode(answer.value.stdout), signal: null }) : answer;
  };
  const ticks: { ms: number; tick: () => void }[] = [];
  const timer: IntervalTimer = (ms, tick) => {
    const entry = { ms, tick };
    ticks.push(entry);
    return () => ticks.splice(ticks.indexOf(entry), 1);
  };
  const amixerSays = (stdout: string, stderr = '', exitCode = 0) => {
    state.amixer = ok({ stdout, stderr, exitCode });
  };
  return { state, calls, run, timer, ticks, amixerSays, readCardList: async () => ok(state.cards) };
}

headphoneJackContract('ALSA driver over a fake amixer', async () => {
  const alsa = fakeAlsa();
  const jack = await AlsaHeadphoneJack.open({ run: alsa.run, readCardList: alsa.readCardList, timer: alsa.timer });
  return {
    jack,
    plug: async () => {
      alsa.amixerSays(amixerOutput.jackOn);
      await jack.refresh();
    },
    unplug: async () => {
      alsa.amixerSays(amixerOutput.jackOff);
      await jack.refresh();
    },
    breakJack: async () => {
      alsa.amixerSays('', amixerOutput.noControlStderr, 1);
      await jack.refresh();
    },
    repairJack: async () => {
      alsa.amixerSays(amixerOutput.jackOn);
      await jack.refresh();
    },
    close: () => jack.close(),
  };
});

describe('ALSA headphone jack', () => {
  it("given card 1 and the control 'Headphones Jack', then amixer is asked for exactly that, without a shell", async () => {
    const alsa = fakeAlsa();
    await AlsaHeadphoneJack.open({ card: 1, controlName: 'Headphones Jack', run: alsa.run, readCardList: alsa.readCardList, timer: alsa.timer });
    expect(alsa.calls).toEqual([['amixer', '-c', '1', 'cget', "iface=CARD,name='Headphones Jack'"]]);
  });

  it('given the poll timer fires, then the jack is read again and a change is reported', async () => {
    const alsa = fakeAlsa();
    const jack = await AlsaHeadphoneJack.open({ pollMs: 750, run: alsa.run, readCardList: alsa.readCardList, timer: alsa.timer });
    const plugged = new Promise<HeadphoneJackEvent>((resolve) => jack.subscribe(resolve));
    expect(alsa.ticks.map((t) => t.ms)).toEqual([750]);
    alsa.amixerSays(amixerOutput.jackOn);
    alsa.ticks[0]?.tick();
    expect(await plugged).toEqual({ type: 'HEADPHONES.PLUGGED' });
    await jack.close();
    expect(alsa.ticks).toEqual([]);
  });

  it.each([
    ['no /proc/asound at all (this build machine)', { cards: undefined }, 'no sound card'],
    ['ALSA with no cards', { cards: procAsoundCards.none }, 'no sound card'],
    ['amixer not installed', { amixer: err<ProcessError>({ kind: 'not-found', command: 'amixer' }) }, 'amixer not installed (alsa-utils)'],
    ['a card without a jack control', { amixer: ok({ stdout: '', stderr: amixerOutput.noControlStderr, exitCode: 1 }) }, 'no headphone jack control'],
    ['a card that cannot be opened', { amixer: ok({ stdout: '', stderr: amixerOutput.cannotOpenStderr, exitCode: 1 }) }, 'no sound card'],
    ['a control that is not a switch', { amixer: ok({ stdout: amixerOutput.notBoolean, stderr: '', exitCode: 0 }) }, 'headphone jack state unreadable'],
    ['amixer hanging', { amixer: err<ProcessError>({ kind: 'timeout', timeoutMs: 2_000 }) }, 'amixer timeout'],
  ])('given %s, then health is failed with that reason and the jack reads unplugged', async (_name, change, reason) => {
    const alsa = fakeAlsa();
    Object.assign(alsa.state, change);
    const jack = await AlsaHeadphoneJack.open({ run: alsa.run, readCardList: alsa.readCardList, timer: alsa.timer });
    expect(jack.health()).toEqual({ level: 'failed', reason });
    expect(jack.isPluggedIn()).toBe(false);
  });

  it('given the card list cannot be read, then health says why', async () => {
    const alsa = fakeAlsa();
    const jack = await AlsaHeadphoneJack.open({ run: alsa.run, readCardList: async () => err({ code: 'EACCES' }), timer: alsa.timer });
    expect(jack.health()).toEqual({ level: 'failed', reason: 'sound card list unreadable (EACCES)' });
  });
});
