// The network's forward pass written by hand, and the drawing -> 8x8 preprocessing: plain
// functions, no libraries. They mirror bpkit: forward() is MLP.predict, toDigitPixels() is
// bpkit.export.to_digit_pixels, line for line.

export class AppError extends Error {
  constructor(key, params = {}) {
    super(`${key}: ${JSON.stringify(params)}`);
    this.key = key;           // a key of strings.js, so the page can say it in both languages
    this.params = params;
  }
}

const ACTIVATIONS = {
  sigmoid: (z) => z.map((v) => 1 / (1 + Math.exp(-v))),
  tanh: (z) => z.map(Math.tanh),
  relu: (z) => z.map((v) => Math.max(v, 0)),
  identity: (z) => z.slice(),
  softmax: (z) => {
    const max = Math.max(...z);
    const e = z.map((v) => Math.exp(v - max));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / sum);
  },
};

// Check a parsed model.json (bpkit.export.to_json, format "bpkit-mlp" version 1).
export function checkModel(doc) {
  const bad = (detail) => { throw new AppError('model_corrupt', { detail }); };
  if (!doc || doc.format !== 'bpkit-mlp') bad('format is not "bpkit-mlp"');
  if (doc.version !== 1) bad(`version ${doc.version}, expected 1`);
  if (!Array.isArray(doc.layers) || doc.layers.length !== doc.sizes.length - 1) bad('layers do not match sizes');
  doc.layers.forEach((layer, l) => {
    const [nIn, nOut] = [doc.sizes[l], doc.sizes[l + 1]];
    if (!(layer.activation in ACTIVATIONS)) bad(`layer ${l + 1}: unknown activation ${layer.activation}`);
    const W = layer.weights;
    if (!Array.isArray(W) || W.length !== nIn || W.some((row) => !Array.isArray(row) || row.length !== nOut
        || row.some((v) => !Number.isFinite(v)))) bad(`layer ${l + 1}: weights are not ${nIn}×${nOut} numbers`);
    const b = layer.bias;
    if (!(b === null || Number.isFinite(b) || (Array.isArray(b) && b.length === nOut && b.every(Number.isFinite)))) {
      bad(`layer ${l + 1}: bias is not a number, ${nOut} numbers or null`);
    }
  });
  if (!(doc.input_scale > 0)) bad('input_scale is not a positive number');
  return doc;
}

function biasOf(layer, k) {
  if (layer.bias === null) return 0;                       // bias="none"
  return Array.isArray(layer.bias) ? layer.bias[k] : layer.bias;   // "unit" : "shared"
}

// pixels: 64 intensities 0-16 (a digits sample) -> the 10 probabilities.
export function forward(model, pixels) {
  if (pixels == null || typeof pixels.length !== 'number' || pixels.length !== model.sizes[0]) {
    throw new AppError('error', { detail: `classify needs ${model.sizes[0]} numbers, got ${pixels && pixels.length}` });
  }
  if (!Array.from(pixels).every(Number.isFinite)) {
    throw new AppError('error', { detail: 'classify needs finite numbers (intensities 0–16)' });
  }
  let x = Array.from(pixels, (v) => v * model.input_scale);
  for (const layer of model.layers) {
    const W = layer.weights;
    const z = new Array(W[0].length);
    for (let k = 0; k < z.length; k++) {
      let s = 0;
      for (let q = 0; q < x.length; q++) s += x[q] * W[q][k];   // net = inp @ W
      z[k] = s + biasOf(layer, k);                               //       + b
    }
    x = ACTIVATIONS[layer.activation](z);                        // out = g(net)
  }
  return x;
}

// ink: height*width numbers in [0, 1], row by row -> 64 intensities 0-16.
// As bpkit.export.to_digit_pixels: crop to the ink, centre it in a square, sample a 32x32
// bitmap at the cells' centres, count the inked pixels in each 4x4 block.
export function toDigitPixels(ink, width, height, threshold = 0.5, minFraction = 1 / 8) {
  const GRID = 32, BLOCK = 4;
  let r0 = Infinity, r1 = -Infinity, c0 = Infinity, c1 = -Infinity;
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      if (ink[r * width + c] >= threshold) {
        r0 = Math.min(r0, r); r1 = Math.max(r1, r + 1); c0 = Math.min(c0, c); c1 = Math.max(c1, c + 1);
      }
    }
  }
  if (r0 === Infinity) throw new AppError('empty');
  const side = Math.max(r1 - r0, c1 - c0);
  const need = Math.max(2, Math.ceil(Math.min(height, width) * minFraction));
  if (side < need) throw new AppError('too_small', { side, need });
  const top = (r0 + r1) / 2 - side / 2, left = (c0 + c1) / 2 - side / 2;
  const counts = new Array((GRID / BLOCK) ** 2).fill(0);
  for (let i = 0; i < GRID; i++) {
    const r = Math.floor(top + ((i + 0.5) * side) / GRID);
    if (r < 0 || r >= height) continue;                     // outside the canvas is blank
    for (let j = 0; j < GRID; j++) {
      const c = Math.floor(left + ((j + 0.5) * side) / GRID);
      if (c < 0 || c >= width) continue;
      if (ink[r * width + c] >= threshold) counts[Math.floor(i / BLOCK) * (GRID / BLOCK) + Math.floor(j / BLOCK)] += 1;
    }
  }
  return counts;
}
