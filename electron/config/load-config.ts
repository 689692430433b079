import { readFileSync } from 'node:fs';
import { KioskConfig } from './schema';
import { err, ok, type Result } from '../../hardware/result';

export type ConfigError =
  | { readonly kind: 'unreadable'; readonly path: string; readonly reason: string }
  | { readonly kind: 'not-json'; readonly path: string }
  | { readonly kind: 'invalid'; readonly field: string; readonly message: string };

/** Validates a config object; the error names the first field at fault ("timeouts.idleMs"). */
export function parseConfig(input: unknown): Result<KioskConfig, ConfigError> {
  const parsed = KioskConfig.safeParse(input ?? {});
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : issue?.code === 'unrecognized_keys' ? issue.keys.join(',') : '(root)';
  return err({ kind: 'invalid', field, message: issue?.message ?? 'invalid' });
}

export function loadConfigFile(path: string): Result<KioskConfig, ConfigError> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    return err({ kind: 'unreadable', path, reason: (cause as NodeJS.ErrnoException).code ?? 'unknown' });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err({ kind: 'not-json', path });
  }
  return parseConfig(json);
}

export function describeConfigError(error: ConfigError): string {
  switch (error.kind) {
    case 'unreadable':
      return `config ${error.path} cannot be read (${error.reason})`;
    case 'not-json':
      return `config ${error.path} is not JSON`;
    case 'invalid':
      return `config field "${error.field}" is invalid: ${error.message}`;
  }
}
