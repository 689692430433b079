// Every locales/<lang>/<namespace>.json, bundled at build time: adding a language is adding
// a folder (and its font), nothing in the renderer.
import type { Resource, ResourceLanguage } from 'i18next';

export const namespaces = ['screens', 'services', 'central', 'accessibility', 'technician'] as const;

const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { eager: true, import: 'default' });

export function bundledResources(): Resource {
  const resources: Record<string, ResourceLanguage> = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    resources[language] = { ...resources[language], [namespace]: content };
  }
  return resources;
}
