import { ServiceDefinition, type ServiceDefinitionInput } from './definition';

export interface RefusedDefinition {
  readonly id: string;
  /** Where in the definition the first error is, e.g. "steps.2.fields.0.pattern". */
  readonly path: string;
  readonly message: string;
}

/**
 * Validates every definition; the valid ones are kept, the invalid ones reported with the
 * path of their first error so the kiosk can start with the rest (issue: services as data).
 */
export function loadDefinitions(inputs: readonly unknown[]): { services: ServiceDefinition[]; refused: RefusedDefinition[] } {
  const services: ServiceDefinition[] = [];
  const refused: RefusedDefinition[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const id = typeof input === 'object' && input && 'id' in input ? String((input as { id: unknown }).id) : '(no id)';
    const parsed = ServiceDefinition.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      refused.push({ id, path: issue?.path.join('.') || '(root)', message: issue?.message ?? 'invalid' });
    } else if (seen.has(parsed.data.id)) {
      refused.push({ id, path: 'id', message: 'duplicate service id' });
    } else {
      seen.add(parsed.data.id);
      services.push(parsed.data);
    }
  }
  return { services, refused };
}

export function defineService(input: ServiceDefinitionInput): ServiceDefinitionInput {
  return input;
}
