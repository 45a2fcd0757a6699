// The page: a canvas to draw on, the 8x8 image the net receives, ten probability bars and the
// predicted digit, from the hand-written forward pass (forward.js) and from onnxruntime-web.
// For tests: window.classify(pixels) -> 10 probabilities, window.classifyOnnx(pixels) -> a
// promise of them, window.toDigitPixels(ink, width, height), window.appReady (model loaded).
import { AppError, checkModel, forward, toDigitPixels } from './forward.js';
import { say } from './strings.js';

const $ = (id) => document.getElementById(id);
let lang = localStorage.getItem('bpkit-lang') || 'ko';     // Korean first, English a tap away
let model = null;
let status = { key: 'loading', params: {} };                // what the status line says
let agreement = null;                                        // JS <-> ONNX line, or null

function showStatus(key, params = {}, isError = false) {
  status = { key, params, isError };
  $('status').textContent = say(lang, key, params);
  $('status').classList.toggle('error', isError);
}

function showError(err) {
  if (err instanceof AppError) showStatus(err.key, err.params, true);
  else showStatus('error', { detail: String(err && err.message ? err.message : err) }, true);
}

function render() {                                          // (re)write every string
  document.documentElement.lang = lang;
  document.title = say(lang, 'title');
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = say(lang, el.dataset.t);
  pad.ariaLabel = say(lang, 'pad');
  $('preview').ariaLabel = say(lang, 'seen');
  showStatus(status.key, status.params, status.isError);
  $('agree').textContent = agreement ? say(lang, agreement.key, agreement.params) : '';
}

// ---- the model: hand-written JS, and onnxruntime-web ----------------------------------------
async function loadModel(url = 'model.json') {
  let response;
  try { response = await fetch(url); } catch (e) { throw new AppError('model_missing', { detail: `${url} (${e.message})` }); }
  if (!response.ok) throw new AppError('model_missing', { detail: `${url} (HTTP ${response.status})` });
  let doc;
  try { doc = JSON.parse(await response.text()); } catch (e) { throw new AppError('model_corrupt', { detail: `${url}: ${e.message}` }); }
  return checkModel(doc);
}

let onnx = null;   // a promise of { ort, session }
function loadOnnx() {
  onnx ??= (async () => {
    const ort = await import('./vendor/ort.wasm.bundle.min.mjs');
    ort.env.wasm.numThreads = 1;                             // no cross-origin isolation needed
    // the wasm loader is bundled into the .mjs; it finds ort-wasm-simd-threaded.wasm beside itself
    const response = await fetch('model.onnx');
    if (!response.ok) throw new Error(`model.onnx (HTTP ${response.status})`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'] });
    return { ort, session };
  })();
  return onnx;
}

window.classify = (pixels) => {
  if (!model) throw new Error('the model is not loaded yet (await window.appReady)');
  return forward(model, pixels);
};

window.classifyOnnx = async (pixels) => {
  const { ort, session } = await loadOnnx();
  const input = new ort.Tensor('float32', Float32Array.from(pixels), [1, pixels.length]);
  const result = await session.run({ [session.inputNames[0]]: input });
  return Array.from(result[session.outputNames[0]].data);
};

window.toDigitPixels = (ink, width, height) => toDigitPixels(ink, width, height);

// ---- drawing ---------------------------------------------------------------------------------
const pad = $('pad');
const ctx = pad.getContext('2d', { willReadFrequently: true });
let drawing = false;

function sizePad() {                                         // canvas pixels = CSS pixels × DPR
  const css = pad.getBoundingClientRect().width;
  pad.width = pad.height = Math.round(css * (window.devicePixelRatio || 1));
  ctx.lineCap = ctx.lineJoin = 'round';
  ctx.lineWidth = pad.width / 14;                            // strokes as thick as the digits'
  ctx.strokeStyle = '#111';
}

function point(event) {
  const box = pad.getBoundingClientRect();
  return [(event.clientX - box.left) * pad.width / box.width, (event.clientY - box.top) * pad.height / box.height];
}

pad.addEventListener('pointerdown', (event) => {
  event.preventDefault();
  pad.setPointerCapture(event.pointerId);
  drawing = true;
  const [x, y] = point(event);
  ctx.beginPath();                                           // a dot where the finger lands
  ctx.arc(x, y, ctx.lineWidth / 2, 0, 2 * Math.PI);
  ctx.fillStyle = ctx.strokeStyle;
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(x, y);
});
pad.addEventListener('pointermove', (event) => {
  if (!drawing) return;
  const [x, y] = point(event);
  ctx.lineTo(x, y);
  ctx.stroke();
});
const endStroke = () => { if (drawing) { drawing = false; update(); } };
pad.addEventListener('pointerup', endStroke);
pad.addEventListener('pointercancel', endStroke);

$('clear').addEventListener('click', () => {
  ctx.clearRect(0, 0, pad.width, pad.height);
  showResults(null, null);
  agreement = null;
  showStatus('ready');
  render();
});
$('lang').addEventListener('click', () => {
  lang = lang === 'ko' ? 'en' : 'ko';
  localStorage.setItem('bpkit-lang', lang);
  render();
});

// ---- from the drawing to the prediction ---------------------------------------------------------
function inkOf() {
  const rgba = ctx.getImageData(0, 0, pad.width, pad.height).data;
  const ink = new Float64Array(pad.width * pad.height);
  for (let i = 0; i < ink.length; i++) ink[i] = rgba[4 * i + 3] / 255;   // alpha: how much ink
  return ink;
}

function showResults(pixels, probs) {
  const preview = $('preview').getContext('2d');
  preview.fillStyle = '#fff';
  preview.fillRect(0, 0, 8, 8);
  const best = probs ? probs.indexOf(Math.max(...probs)) : -1;
  for (let i = 0; pixels && i < 64; i++) {
    const g = Math.round(255 * (1 - pixels[i] / 16));          // 0 white … 16 black
    preview.fillStyle = `rgb(${g},${g},${g})`;
    preview.fillRect(i % 8, Math.floor(i / 8), 1, 1);
  }
  $('prediction').textContent = probs ? String(best) : '–';
  for (let k = 0; k < 10; k++) {
    const p = probs ? probs[k] : 0;
    $(`bar${k}`).style.width = `${(100 * p).toFixed(1)}%`;
    $(`bar${k}`).classList.toggle('best', k === best);
    $(`pct${k}`).textContent = probs ? `${(100 * p).toFixed(1)}%` : '';
  }
}

async function update() {
  if (!model) return;
  let pixels;
  try {
    pixels = toDigitPixels(inkOf(), pad.width, pad.height);
  } catch (err) {
    showResults(null, null);
    agreement = null;
    render();
    showError(err);
    return;
  }
  const probs = forward(model, pixels);
  showResults(pixels, probs);
  showStatus('ready');
  try {
    const fromOnnx = await window.classifyOnnx(pixels);
    const diff = Math.max(...probs.map((p, k) => Math.abs(p - fromOnnx[k])));
    agreement = { key: diff < 1e-5 ? 'agree' : 'disagree', params: { diff: diff.toExponential(1) } };
  } catch (err) {
    agreement = { key: 'onnx_failed', params: { detail: String(err.message || err) } };
  }
  render();
}

// ---- start ---------------------------------------------------------------------------------------
function buildBars() {
  const bars = $('bars');
  for (let k = 0; k < 10; k++) {
    bars.insertAdjacentHTML('beforeend',
      `<div class="row"><span class="digit">${k}</span><div class="track"><div class="bar" id="bar${k}"></div></div>` +
      `<span class="pct" id="pct${k}"></span></div>`);
  }
}

buildBars();
sizePad();
render();
window.appReady = loadModel().then((doc) => {
  model = doc;
  showStatus('ready');
  loadOnnx().catch((err) => { agreement = { key: 'onnx_failed', params: { detail: String(err.message || err) } }; render(); });
  return true;
}).catch((err) => { showError(err); throw err; });
window.appReady.catch(() => {});                             // shown in the page; no unhandled rejection

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').then(() => navigator.serviceWorker.ready).then(() => {
    $('offline').dataset.t = 'offline';
    render();
  }).catch(() => {});
}
