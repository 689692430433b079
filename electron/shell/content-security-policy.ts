// The policy every app:// response carries. Only the app's own files run; nothing remote
// is fetched, framed or submitted to. Images and audio may also be data:/blob: URLs because
// the core hands the renderer QR codes and synthesised speech as bytes.
export const appContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "worker-src 'none'",
].join('; ');
