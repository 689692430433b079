// IPC channels the shell adds besides the bridge's own (electron/bridge/contract.ts): the
// heartbeat the preload sends so a hung renderer can be noticed. Not exposed to the page.
export const ShellChannel = { heartbeat: 'kiosk:heartbeat' } as const;

/** How often the preload beats; the hang threshold (config shell.rendererHangMs) is several beats. */
export const heartbeatIntervalMs = 1_000;
