import { afterEach, describe, expect, it, vi } from 'vitest';
import { runProcess } from './process-runner';

const roomy = { timeoutMs: 10_000, maxOutputBytes: 1_000_000 };
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('process runner', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('given text on stdin, when cat runs, then the exact bytes come back with exit code 0', async () => {
    const input = 'مرحبا "$(touch /tmp/never)" `id` ; rm -rf / \n second line';
    const result = await runProcess('cat', [], { ...roomy, input });
    expect(result.ok && text(result.value.stdout)).toBe(input);
    expect(result).toMatchObject({ ok: true, value: { exitCode: 0, signal: null } });
  });

  it('given shell syntax in an argument, then it reaches the program as one literal argument', async () => {
    const result = await runProcess('printf', ['%s', '$(echo injected); echo twice'], roomy);
    expect(result.ok && text(result.value.stdout)).toBe('$(echo injected); echo twice');
  });

  it('given a program that fails, then its exit code and stderr are returned as a value', async () => {
    const result = await runProcess('ls', ['/no/such/folder'], roomy);
    expect(result).toMatchObject({ ok: true, value: { exitCode: 2 } });
    expect(result.ok && result.value.stderr).toContain('/no/such/folder');
  });

  it('given a program that is not installed, then it answers not-found naming the command', async () => {
    expect(await runProcess('kiosk-no-such-program', [], roomy)).toEqual({ ok: false, error: { kind: 'not-found', command: 'kiosk-no-such-program' } });
  });

  it('given a program that overstays its timeout, then it is killed and answers timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const running = runProcess('sleep', ['30'], { ...roomy, timeoutMs: 500 });
    vi.advanceTimersByTime(500);
    expect(await running).toEqual({ ok: false, error: { kind: 'timeout', timeoutMs: 500 } });
  });

  it('given a program that writes more than allowed, then it is killed and answers output-too-large', async () => {
    expect(await runProcess('head', ['-c', '200000', '/dev/zero'], { ...roomy, maxOutputBytes: 1_000 })).toEqual({
      ok: false,
      error: { kind: 'output-too-large', maxBytes: 1_000 },
    });
  });
});
