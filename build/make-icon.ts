// Draws the app icon (build/icons/icon.png, 512×512): a card entering a slot, on the
// ministry's green. Run once with `npx tsx build/make-icon.ts`; the PNG is committed and
// electron-builder derives every other size (and the Windows .ico) from it.
import { createCanvas } from '@napi-rs/canvas';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const size = 512;
const canvas = createCanvas(size, size);
const g = canvas.getContext('2d');

g.fillStyle = '#0b6e4f';
g.beginPath();
g.roundRect(16, 16, size - 32, size - 32, 96);
g.fill();

// the card
g.fillStyle = '#ffffff';
g.beginPath();
g.roundRect(136, 120, 240, 300, 28);
g.fill();
// its chip
g.fillStyle = '#d4a72c';
g.beginPath();
g.roundRect(176, 170, 72, 56, 10);
g.fill();
// the slot it goes into
g.fillStyle = '#073d2c';
g.fillRect(96, 330, 320, 36);
g.fillStyle = '#0b6e4f';
g.fillRect(96, 366, 320, 60);

writeFileSync(fileURLToPath(new URL('./icons/icon.png', import.meta.url)), canvas.toBuffer('image/png'));
