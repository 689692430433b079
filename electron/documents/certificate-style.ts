// The certificate's print stylesheet: A4, logical properties so one sheet serves RTL and LTR.
export function pageStyle(fontFamily: string): string {
  return `
@page { size: A4; margin: 18mm 20mm; }
* { box-sizing: border-box; }
html { font-family: ${fontFamily}; font-size: 11.5pt; color: #111; }
body { margin: 0; line-height: 1.7; }
header { text-align: center; border-bottom: 3px double #1c4b3a; padding-bottom: 4mm; margin-bottom: 8mm; }
header .state { font-size: 13pt; font-weight: 700; }
header .ministry { font-size: 16pt; font-weight: 700; color: #1c4b3a; }
h1 { text-align: center; font-size: 20pt; margin: 0 0 8mm; letter-spacing: 0; }
table.facts { border-collapse: collapse; width: 100%; margin-bottom: 7mm; }
table.facts th, table.facts td { border: 1px solid #9aa; padding: 1.5mm 3mm; text-align: start; vertical-align: top; }
table.facts th { width: 38%; background: #eef3f1; font-weight: 700; }
p { margin: 0 0 4mm; text-align: justify; }
p.addressee { font-weight: 700; }
p.closing { color: #333; }
ul.vehicles { margin: 0 0 4mm; padding-inline-start: 8mm; }
section.verify { display: flex; gap: 6mm; align-items: center; border: 1px solid #9aa; padding: 4mm; margin-top: 8mm; break-inside: avoid; }
section.verify .qr { flex: 0 0 38mm; width: 38mm; height: 38mm; }
section.verify .qr svg { width: 38mm; height: 38mm; display: block; }
section.verify .verify-title { font-weight: 700; }
section.verify p { margin: 0 0 2mm; text-align: start; }
section.verify .code-label { font-size: 9pt; color: #444; }
section.verify .code { font-family: "Kiosk Document Sans"; font-size: 8.5pt; word-break: break-all; text-align: left; }
footer { margin-top: 8mm; font-size: 9pt; color: #444; text-align: center; }
`;
}
