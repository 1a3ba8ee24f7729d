// Writes the add-in's PNG icons (assets/icon-{16,32,64,80,128}.png): a white leaf on a green rounded square.
// No dependencies: pixels are drawn with 4×4 supersampling and encoded with node:zlib.
// Run: node scripts/make-icons.mjs
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "assets");
const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x1e, 0x7b, 0x4a];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Shape tests in unit coordinates (0..1, y down). */
function inRoundedSquare(x, y) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function inLeaf(x, y) {
  // A lens (two overlapping circles) along the diagonal from bottom-left to top-right.
  const u = (x - 0.5 + (y - 0.5)) / Math.SQRT2; // across the leaf
  const v = (x - 0.5 - (y - 0.5)) / Math.SQRT2; // along the leaf
  const R = 0.42;
  const d = 0.27;
  return (u - d) ** 2 + v ** 2 <= R * R && (u + d) ** 2 + v ** 2 <= R * R;
}
function inVein(x, y, size) {
  const u = (x - 0.5 + (y - 0.5)) / Math.SQRT2;
  const v = (x - 0.5 - (y - 0.5)) / Math.SQRT2;
  const w = Math.max(0.022, 0.6 / size);
  return Math.abs(u) <= w && v > -0.34 && v < 0.3;
}
function inStem(x, y, size) {
  const w = Math.max(0.03, 0.8 / size);
  const t = x - 0.5 - (y - 0.5);
  const along = (x - 0.5 + (y - 0.5)) / Math.SQRT2;
  void along;
  return Math.abs((x - 0.5) + (y - 0.5)) / Math.SQRT2 <= w && t / Math.SQRT2 < -0.3 && t / Math.SQRT2 > -0.44;
}

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let leaf = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          if (!inRoundedSquare(x, y)) continue;
          bg++;
          const lx = 0.5 + (x - 0.5) * 1.12;
          const ly = 0.5 + (y - 0.5) * 1.12;
          if ((inLeaf(lx, ly) && !inVein(lx, ly, size)) || inStem(lx, ly, size)) leaf++;
        }
      const a = bg / (S * S);
      const t = bg === 0 ? 0 : leaf / bg;
      const i = (py * size + px) * 4;
      for (let k = 0; k < 3; k++) rgba[i + k] = Math.round(GREEN[k] * (1 - t) + WHITE[k] * t);
      rgba[i + 3] = Math.round(a * 255);
    }
  return rgba;
}

fs.mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  const file = path.join(OUT, `icon-${size}.png`);
  fs.writeFileSync(file, png(size, draw(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
