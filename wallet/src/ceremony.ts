/**
 * The contribution page of a wattproof trusted-setup ceremony, for a participant without Node:
 * load the zkey the coordinator sent, contribute with fresh randomness from the browser's CSPRNG
 * (crypto.getRandomValues, plus a hash of optional typed text) in a Web Worker, see the progress,
 * then download the new zkey and publish the contribution hash. The coordinator records the file
 * with `wattproof ceremony accept`. Nothing is sent anywhere.
 * @packageDocumentation
 */
import './style.css';
import { byId, status } from './dom.js';
import type { ContributeMessage, ContributeRequest } from './ceremony-worker.js';

const file = byId<HTMLInputElement>('zkey-file');
const nameInput = byId<HTMLInputElement>('name');
const textInput = byId<HTMLInputElement>('text');
const button = byId<HTMLButtonElement>('contribute');
const progress = byId<HTMLProgressElement>('progress');
let zkey: { name: string; data: Uint8Array } | undefined;

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const SECTIONS = ['IC', 'L', 'H'];

function ready(): void {
  button.disabled = zkey === undefined || nameInput.value.trim() === '';
}

file.addEventListener('change', () => {
  void (async () => {
    const f = file.files?.[0];
    zkey = undefined;
    if (f === undefined) return ready();
    const data = new Uint8Array(await f.arrayBuffer());
    if (new TextDecoder().decode(data.subarray(0, 4)) !== 'zkey') {
      status(byId('zkey-status'), 'error', `${f.name} is not a zkey file`);
      return ready();
    }
    zkey = { name: f.name, data };
    status(byId('zkey-status'), 'ok', `${f.name}: ${(data.length / 2 ** 20).toFixed(1)} MiB loaded`);
    ready();
  })();
});
nameInput.addEventListener('input', ready);

/** 64 random bytes from the browser, then SHA-512 of the typed text: used once, never stored. */
async function entropy(): Promise<string> {
  const os = hex(crypto.getRandomValues(new Uint8Array(64)));
  const text = textInput.value;
  textInput.value = '';
  if (text === '') return os;
  return os + hex(new Uint8Array(await crypto.subtle.digest('SHA-512', new TextEncoder().encode(text))));
}

function nextName(input: string): string {
  const m = /^(.*)_(\d{4})\.zkey$/.exec(input);
  return m ? `${m[1]}_${String(Number(m[2]) + 1).padStart(4, '0')}.zkey` : input.replace(/\.zkey$/, '') + '_contributed.zkey';
}

button.addEventListener('click', () => {
  if (zkey === undefined) return;
  const current = zkey;
  button.disabled = true;
  progress.hidden = false;
  progress.value = 0;
  const st = byId('contribute-status');
  status(st, 'busy', 'contributing… (this tab computes; keep it open)');
  document.body.dataset.contributing = 'true';
  const started = performance.now();
  void entropy().then((e) => {
    const worker = new Worker(new URL('./ceremony-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (ev: MessageEvent<ContributeMessage>) => {
      const m = ev.data;
      if (m.type === 'progress') {
        const i = Math.max(0, SECTIONS.indexOf(m.section));
        progress.value = (i + m.done / Math.max(1, m.total)) / SECTIONS.length;
        status(st, 'busy', `contributing… ${m.section} section ${m.done}/${m.total}`);
        return;
      }
      worker.terminate();
      delete document.body.dataset.contributing;
      if (m.type === 'error') {
        status(st, 'error', `the contribution failed: ${m.message}`);
        button.disabled = false;
        return;
      }
      progress.value = 1;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      status(st, 'ok', `contributed in ${seconds} s`);
      byId('hash').textContent = (m.hash.match(/.{1,32}/g) ?? [m.hash]).join('\n');
      byId('hash').dataset.hash = m.hash;
      const a = byId<HTMLAnchorElement>('download');
      a.href = URL.createObjectURL(new Blob([m.zkey as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }));
      a.download = nextName(current.name);
      byId('result').hidden = false;
      document.body.dataset.done = 'true';
    });
    const req: ContributeRequest = { zkey: current.data, name: nameInput.value.trim(), entropy: e };
    worker.postMessage(req);
  });
});

document.body.dataset.ready = 'true';
