// The gallery's index.html: one section per language, the screens first, then each service,
// each picture a thumbnail linking to the full 1920×1080 PNG. Plain HTML, no script, so it
// opens from the disk in any browser.
import type { Shot } from './service-shots';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface GalleryLanguage {
  readonly language: string;
  readonly selfName: string;
  readonly direction: 'ltr' | 'rtl';
}

export function galleryIndex(languages: readonly GalleryLanguage[], shots: readonly Shot[], failures: readonly string[], summary: string): string {
  const nav = languages.map((l) => `<a href="#${l.language}" lang="${l.language}">${escape(l.selfName)}</a>`).join(' · ');
  const sections = languages.map((l) => {
    const own = shots.filter((shot) => shot.language === l.language);
    const groups = [...new Set(own.map((shot) => shot.section))];
    const body = groups
      .map((group) => {
        const figures = own
          .filter((shot) => shot.section === group)
          .map((shot) => {
            const warning = shot.overflows.length > 0 ? `<br><span class="overflow" title="${escape(shot.overflows.join('\n'))}">⚠ ${shot.overflows.length} text overflow${shot.overflows.length > 1 ? 's' : ''}</span>` : '';
            return `<figure${shot.overflows.length > 0 ? ' class="has-overflow"' : ''}><a href="${escape(shot.file)}"><img src="${escape(shot.file)}" width="384" height="216" loading="lazy" alt="${escape(`${group}: ${shot.name} (${l.language})`)}"></a><figcaption>${escape(shot.name)}${warning}</figcaption></figure>`;
          })
          .join('\n');
        return `<h3>${escape(group)}</h3>\n<div class="grid">\n${figures}\n</div>`;
      })
      .join('\n');
    return `<section id="${l.language}"><h2 lang="${l.language}" dir="${l.direction}">${escape(l.selfName)} <small>(${l.language}, ${l.direction})</small></h2>\n${body}\n</section>`;
  });
  const problems = failures.length > 0 ? `<h2>Walks that stopped early</h2><ul>${failures.map((f) => `<li>${escape(f)}</li>`).join('')}</ul>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kiosk screen gallery</title>
<style>
body { font-family: sans-serif; margin: 24px; background: #f5f2ee; color: #1b1b1f; }
nav { position: sticky; top: 0; background: #f5f2ee; padding: 8px 0; font-size: 20px; }
.grid { display: flex; flex-wrap: wrap; gap: 16px; }
figure { margin: 0; }
img { border: 1px solid #b9b2aa; background: #fff; }
figcaption { font-size: 14px; color: #4a4a55; }
.has-overflow img { outline: 4px solid #a4161a; }
.overflow { color: #a4161a; font-weight: bold; }
</style>
</head>
<body>
<h1>Kiosk screen gallery</h1>
<p>${escape(summary)}</p>
<nav>${nav}</nav>
${problems}
${sections.join('\n')}
</body>
</html>
`;
}
