import { useMemo, type ReactElement } from 'react';
import { create } from 'qrcode';

/**
 * A QR code drawn as SVG rects from the module matrix: no canvas, no data: URL (the CSP
 * allows neither inline images from strings nor scripts), crisp at any size.
 */
export function QrCode({ text, label, sizePx = 420 }: { readonly text: string; readonly label: string; readonly sizePx?: number }): ReactElement {
  const { size, path } = useMemo(() => {
    const modules = create(text, { errorCorrectionLevel: 'M' }).modules;
    let d = '';
    for (let row = 0; row < modules.size; row += 1) {
      for (let col = 0; col < modules.size; col += 1) if (modules.data[row * modules.size + col]) d += `M${col} ${row}h1v1h-1z`;
    }
    return { size: modules.size, path: d };
  }, [text]);
  const quiet = 4; // the quiet zone scanners need around the code
  return (
    <svg className="qr" role="img" aria-label={label} width={sizePx} height={sizePx} viewBox={`${-quiet} ${-quiet} ${size + 2 * quiet} ${size + 2 * quiet}`} shapeRendering="crispEdges">
      <rect x={-quiet} y={-quiet} width={size + 2 * quiet} height={size + 2 * quiet} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
