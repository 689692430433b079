// Plain constants the renderer needs at run time. Kept apart from contract.ts so importing
// them does not pull zod into the page: zod probes `new Function` and the app's CSP
// (script-src 'self', no 'unsafe-eval') reports that probe as a violation.
export const maxVolume = 10;
export const defaultVolume = 6;
export const speechRates = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;
