import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Protocol } from 'electron';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { protocol } from './fake-electron';
import { createAppRequestHandler, type AppRequestRefusal } from '../../electron/shell/app-request-handler';
import { registerAppScheme, serveRenderer } from '../../electron/shell/protocol';
import { appContentSecurityPolicy } from '../../electron/shell/content-security-policy';
import { createMemoryLogger } from '../../electron/log/logger';

vi.mock('electron', () => import('./fake-electron'));

let root: string;
let outside: string;
beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'kiosk-app-'));
  root = join(base, 'dist');
  outside = base;
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>kiosk</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(outside, 'secret.txt'), 'not for the page');
});
afterAll(() => rmSync(outside, { recursive: true, force: true }));

function handler() {
  const refusals: AppRequestRefusal[] = [];
  return { handle: createAppRequestHandler({ rootDir: root, onRefused: (reason) => refusals.push(reason) }), refusals };
}

describe('app:// protocol', () => {
  it('is registered as a standard, secure scheme before the app is ready', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('serves the renderer on the session it is given', () => {
    const sessionProtocol = { handle: vi.fn() };
    serveRenderer(sessionProtocol as unknown as Protocol, root, createMemoryLogger());
    expect(sessionProtocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('given the entry page, answers it with the strict CSP and nosniff', async () => {
    const { handle } = handler();
    const response = await handle(new Request('app://kiosk/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(appContentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>kiosk</title>');
  });

  it('given the root, answers index.html; given a script, answers it as JavaScript', async () => {
    const { handle } = handler();
    expect(await (await handle(new Request('app://kiosk/'))).text()).toContain('kiosk');
    expect((await handle(new Request('app://kiosk/assets/index.js'))).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    ['an encoded climb out of the folder', 'app://kiosk/%2e%2e%2fsecret.txt', 'bad-path'],
    ['a plain climb (the URL parser folds it back inside)', 'app://kiosk/../../secret.txt', 'missing'],
    ['an encoded backslash climb', 'app://kiosk/..%5csecret.txt', 'bad-path'],
    ['a malformed escape', 'app://kiosk/%E0%A4%A', 'bad-path'],
    ['a file that is not there', 'app://kiosk/nope.js', 'missing'],
    ['another host', 'app://elsewhere/index.html', 'bad-origin'],
  ] as const)('given %s, refuses it and never serves the file outside', async (_name, url, reason) => {
    const { handle, refusals } = handler();
    const response = await handle(new Request(url));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('not for the page');
    expect(refusals).toEqual([reason]);
    expect(response.headers.get('content-security-policy')).toBe(appContentSecurityPolicy);
  });

  it('given a POST, refuses it', async () => {
    const { handle, refusals } = handler();
    expect((await handle(new Request('app://kiosk/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    expect(refusals).toEqual(['bad-method']);
  });

  it('the policy allows only the app itself: no inline or remote script, no framing, no plugins', () => {
    const directives = new Map(appContentSecurityPolicy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(appContentSecurityPolicy).not.toMatch(/unsafe-|https?:|\*/);
  });
});
