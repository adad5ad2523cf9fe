/**
 * The wattproof consumer wallet: load a signed meter period and a tariff, see the itemized bill
 * and the usage by band, prove the bill in a Web Worker, settle it on chain, and see every
 * settlement's audit. Everything about the bill is computed on this page with the SDK; only the
 * proof and its public signals are sent, in the settle transaction.
 * @packageDocumentation
 */
import { nonActualCount } from '../../core/src/meter/quality.js';
import './style.css';
import { JsonRpcProvider, Network, parseUnits } from 'ethers';
import { computeBill, type Bill } from '../../core/src/bill/compute.js';
import { settlementDomain } from '../../core/src/bill/signals.js';
import { duration, gas, localTime, money, short, zoneName } from '../../core/src/format.js';
import { parseSignedPeriodJson } from '../../core/src/meter/document.js';
import { verifySignedPeriod, type SignedPeriod } from '../../core/src/meter/sign.js';
import { parseTariffJson } from '../../core/src/tariff/document.js';
import { tariffCommitment } from '../../core/src/tariff/encode.js';
import type { Tariff } from '../../core/src/tariff/schema.js';
import type { SettledBill } from '../../sdk/src/chain/settlement.js';
import { describeVisibility, tariffVisibility } from '../../sdk/src/roles/tariff-visibility.js';
import { handToCollector } from '../../sdk/src/collector/handoff.js';
import { decodeBillSignals, toSettlementArgs, type BillProof, type ProveProgress } from '../../prover/src/browser.js';
import { billTable } from './bill-view.js';
import { connectDevelopment, connectInjected, injectedWallet, onInjectedChange, type WalletChain } from './chain.js';
import { usageChart } from './chart.js';
import { byId, fill, h, status } from './dom.js';
import { artifacts, chooseCircuit, progressOf, proveInWorker } from './prover.js';
import { auditTable, loadAudit } from './regulator.js';
import { disclosedTable, disclosureChart, hourChart, parseRegulatorSecrets, parseTariffs, readDisclosures, summaryLine } from './disclosure.js';
import { DisclosedSettlementClient } from '../../sdk/src/chain/disclosed-settlement.js';
import { WattproofConnection } from '../../sdk/src/roles/connection.js';
import { explainRejection, type RejectionContext } from './rejections.js';
import { WALLET_SESSION_FORMAT, type WalletSession } from './session.js';
import { type MarketTermsDocument, parseMarketTerms } from '../../sdk/src/market/terms-document.js';
import { centsText } from '../../sdk/src/market/price-file.js';
import { dayDate } from '../../sdk/src/chain/market.js';
import { proveSpotInWorker, settleSpot, spotContext } from './market.js';

interface State {
  session?: WalletSession;
  period?: SignedPeriod;
  periodFile?: string;
  tariff?: Tariff;
  tariffFile?: string;
  bill?: Bill;
  proof?: BillProof;
  chain?: WalletChain;
  /** The spot-indexed meter's signed period and its terms (the market side). */
  spotPeriod?: SignedPeriod;
  spotTerms?: MarketTermsDocument;
  busy: number;
}

const state: State = { busy: 0 };

// ------------------------------------------------------------------ the live clock
// It ticks on the main thread: if proving blocked the page, it would visibly stop.
let lastTick = performance.now();
/** Longest gap between ticks while the worker computes (witness and Groth16); undefined when not measuring. */
let longestPause: number | undefined;
function tick(): void {
  const now = performance.now();
  if (longestPause !== undefined) longestPause = Math.max(longestPause, now - lastTick);
  lastTick = now;
  const d = new Date();
  byId('clock').textContent = `${d.toTimeString().slice(0, 8)}.${Math.floor(d.getMilliseconds() / 100)}`;
}
setInterval(tick, 100);
tick();

async function busy<T>(fn: () => Promise<T>): Promise<T> {
  state.busy++;
  document.body.classList.add('busy');
  try {
    return await fn();
  } finally {
    if (--state.busy === 0) document.body.classList.remove('busy');
  }
}

function message(e: unknown): string {
  return explainRejection(e, rejectionContext()).sentence;
}

function rejectionContext(): RejectionContext {
  return {
    ...(state.tariff ? { tzOffsetSeconds: state.tariff.tzOffsetSeconds } : {}),
    ...(state.chain ? { token: state.chain.token } : {}),
  };
}

/** A time in the tariff's zone once a tariff is loaded, else in UTC. */
function when(t: number | bigint): string {
  const tz = state.tariff?.tzOffsetSeconds;
  return tz === undefined ? `${localTime(t)} UTC` : `${localTime(t, tz)} ${zoneName(tz)}`;
}

const tokenMoney = (v: bigint): string =>
  state.chain
    ? money(v, state.chain.token.decimals, state.chain.token.symbol)
    : state.tariff
      ? money(v, state.tariff.currency.decimals, state.tariff.currency.symbol)
      : String(v);

// ------------------------------------------------------------------ session
async function loadSession(): Promise<void> {
  try {
    const res = await fetch('/wallet-session.json', { cache: 'no-store' });
    if (!res.ok) return;
    const s = (await res.json()) as WalletSession;
    if (s.format !== WALLET_SESSION_FORMAT) return;
    state.session = s;
    byId('session-folder').textContent = s.folder;
    fill(
      byId('session-file-list'),
      s.files.map((f) => h('li', {}, h('code', {}, f.name), ` — ${f.description}`)),
    );
    byId('session-files').hidden = false;
  } catch {
    // No session: a static deployment of the page; local bills and browser wallets still work.
  }
}

// ------------------------------------------------------------------ documents and the bill
async function readFile(input: HTMLInputElement): Promise<{ name: string; text: string } | undefined> {
  const file = input.files?.[0];
  if (file === undefined) return undefined;
  return { name: file.name, text: await file.text() };
}

async function onPeriodFile(): Promise<void> {
  const f = await readFile(byId<HTMLInputElement>('period-file'));
  if (f === undefined) return;
  state.period = undefined;
  try {
    const period = parseSignedPeriodJson(f.text, f.name);
    // The meter's signature is checked here, before anything else is done with the readings.
    if (!(await verifySignedPeriod(period))) throw new Error(`${f.name}: the meter's signature does not match these readings`);
    state.period = period;
    state.periodFile = f.name;
  } catch (e) {
    status(byId('doc-status'), 'error', message(e));
    updateBill();
    return;
  }
  updateBill();
}

async function onTariffFile(): Promise<void> {
  const f = await readFile(byId<HTMLInputElement>('tariff-file'));
  if (f === undefined) return;
  state.tariff = undefined;
  try {
    state.tariff = parseTariffJson(f.text, f.name);
    state.tariffFile = f.name;
    void refreshTariffVisibility();
  } catch (e) {
    status(byId('doc-status'), 'error', message(e));
    updateBill();
    return;
  }
  updateBill();
}

function docSummary(): (string | Node)[] {
  const out: (string | Node)[] = [];
  const p = state.period;
  const t = state.tariff;
  if (p)
    out.push(
      h(
        'div',
        { id: 'period-summary' },
        `✓ ${state.periodFile}: meter ${p.meterId}, ${p.imports.length} intervals of ${p.intervalSeconds / 60} min from ${when(p.periodStart)}, ${nonActualCount(p.quality)} not actual reads (estimated, substituted or filled); the meter's signature is valid.`,
      ),
    );
  if (t) {
    const line = h(
      'div',
      { id: 'tariff-summary' },
      `✓ ${state.tariffFile}: “${t.name}”, ${t.bandPrices.length} bands, ${t.tiers.length} tiers, ${zoneName(t.tzOffsetSeconds)}; commitment …`,
    );
    out.push(line);
    void tariffCommitment(t).then((c) => {
      if (state.tariff === t) line.textContent = line.textContent!.replace('commitment …', `commitment ${short(c, 8)}`);
    });
  }
  return out;
}

function updateBill(): void {
  state.bill = undefined;
  setProof(undefined);
  const section = byId('bill-section');
  const { period, tariff } = state;
  if (period === undefined || tariff === undefined) {
    section.hidden = true;
    byId('prove-section').hidden = true;
    if (period || tariff)
      status(byId('doc-status'), 'info', ...docSummary(), h('div', {}, `Now load the ${period ? 'tariff document' : 'signed meter period'}.`));
    return;
  }
  try {
    state.bill = computeBill(tariff, period);
  } catch (e) {
    section.hidden = true;
    byId('prove-section').hidden = true;
    status(byId('doc-status'), 'error', ...docSummary(), h('div', {}, message(e)));
    return;
  }
  status(byId('doc-status'), 'ok', ...docSummary());
  fill(byId('bill'), billTable(state.bill, tariff, period.periodStart));
  fill(byId('chart'), usageChart(state.bill, tariff, period));
  section.hidden = false;
  byId('prove-section').hidden = false;
  status(byId('prove-status'), 'info', 'Ready to prove.');
}

// ------------------------------------------------------------------ proving
const PHASE_TEXT: Record<ProveProgress['phase'], string> = {
  artifacts: 'loading and checking the circuit files',
  validate: 'checking the inputs',
  witness: 'computing the witness',
  proving: 'computing the Groth16 proof',
  check: 'checking the public signals against the bill',
};

function setProof(proof: BillProof | undefined): void {
  state.proof = proof;
  byId('proof-facts').hidden = proof === undefined;
  if (proof === undefined) byId<HTMLProgressElement>('prove-progress').value = 0;
  updateSettle();
}

function proofDomain(): bigint {
  if (state.chain) return state.chain.conn.domain();
  const s = state.session;
  if (s) return settlementDomain(BigInt(s.chainId), s.settlement);
  throw new Error('Connect to a chain first: a proof is bound to the chain and the settlement contract it is settled on.');
}

async function onProve(): Promise<void> {
  const { tariff, period, bill } = state;
  if (!tariff || !period || !bill) return;
  const button = byId<HTMLButtonElement>('prove');
  const bar = byId<HTMLProgressElement>('prove-progress');
  const phase = byId('prove-phase');
  const out = byId('prove-status');
  button.disabled = true;
  setProof(undefined);
  const done = new Set<ProveProgress['phase']>();
  let phaseStart = performance.now();
  let current: ProveProgress['phase'] | undefined;
  const elapsed = setInterval(() => {
    if (current) phase.textContent = `${PHASE_TEXT[current]}… ${((performance.now() - phaseStart) / 1000).toFixed(1)} s`;
  }, 100);
  let workerPause = 0;
  try {
    await busy(async () => {
      const domain = proofDomain();
      const circuit = await chooseCircuit(tariff, bill.dayCount);
      status(out, 'busy', `Proving with circuit ${circuit}; the page stays usable meanwhile.`);
      const proof = await proveInWorker({
        tariff,
        signedPeriod: period,
        circuit,
        domain,
        onProgress: (e) => {
          if (e.state === 'start') {
            current = e.phase;
            phaseStart = performance.now();
            // The worker's phases: measure how long the main thread ever waits meanwhile.
            if (e.phase === 'witness') {
              longestPause = 0;
              lastTick = performance.now();
            }
          } else {
            if (e.phase === 'proving') {
              workerPause = longestPause ?? 0;
              longestPause = undefined;
            }
            done.add(e.phase);
            bar.value = progressOf(done);
          }
        },
      });
      bar.value = 1;
      setProof(proof);
      showProof(proof);
      status(
        out,
        'ok',
        h('span', { id: 'prove-done' }, `Proof ready in ${duration(proof.timings.totalMs)}; its public signals match the bill.`),
        ' ',
        h(
          'span',
          { class: 'muted', id: 'responsiveness' },
          `While the worker proved, the clock above kept ticking (longest gap between ticks: ${Math.round(workerPause)} ms).`,
        ),
      );
    });
  } catch (e) {
    status(out, 'error', message(e));
  } finally {
    longestPause = undefined;
    clearInterval(elapsed);
    phase.textContent = '';
    button.disabled = false;
  }
}

function showProof(proof: BillProof): void {
  const d = decodeBillSignals(proof.publicSignals);
  const t = proof.timings;
  const facts: [string, string | Node][] = [
    ['Circuit', proof.circuit],
    [
      'Time',
      h(
        'span',
        { id: 'prove-time', 'data-proving-ms': Math.round(t.provingMs), 'data-witness-ms': Math.round(t.witnessMs), 'data-total-ms': Math.round(t.totalMs) },
        `witness ${duration(t.witnessMs)}, Groth16 ${duration(t.provingMs)}, total ${duration(t.totalMs)}`,
      ),
    ],
    ['Period', `meter ${d.meterId}, from ${when(d.periodStart)}, ${d.intervalCount} × ${d.intervalSeconds / 60} min, ${d.nonActualCount} not actual reads`],
    ['Charge / credit', `${tokenMoney(d.charge)} / ${tokenMoney(d.credit)}`],
    ['Tariff commitment', short(d.tariffCommitment, 10)],
    ['Meter key hash', short(d.keyHash, 10)],
    ['Bound to', `chain ${d.chainId}, settlement contract ${d.contract}`],
  ];
  fill(
    byId('proof-facts'),
    facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
}

// ------------------------------------------------------------------ chain
function updateSettle(): void {
  byId<HTMLButtonElement>('settle').disabled = !(state.proof && state.chain);
  // A hand-off needs no connection: the proof already names its chain and contract.
  byId<HTMLButtonElement>('hand-to-collector').disabled = !state.proof;
}

function meterOfInterest(): bigint | undefined {
  if (state.period) return state.period.meterId;
  return state.session ? BigInt(state.session.meterId) : undefined;
}

async function refreshLedger(): Promise<void> {
  const chain = state.chain;
  if (!chain) return;
  const meter = meterOfInterest();
  const [pos, tokens, arrears] = await Promise.all([
    chain.conn.settlement.position(chain.account),
    chain.conn.tokenBalance(chain.account),
    meter === undefined ? Promise.resolve(undefined) : chain.conn.settlement.arrearsOf(meter),
  ]);
  byId('escrow').textContent = tokenMoney(pos.balance);
  byId('free').textContent = tokenMoney(pos.free);
  byId('arrears-meter').textContent = meter === undefined ? '' : String(meter);
  byId('arrears').textContent = arrears === undefined ? '–' : tokenMoney(arrears);
  byId('wallet-tokens').textContent = tokenMoney(tokens);
  byId('ledger').hidden = false;
  byId('ledger-actions').hidden = false;
}

/**
 * Whether the loaded tariff is public on chain (its document published and checked against the
 * commitment here, in the page) or private (only its commitment is on chain).
 */
async function refreshTariffVisibility(): Promise<void> {
  const { chain, tariff } = state;
  const out = byId('tariff-visibility');
  if (!chain || !tariff) {
    out.hidden = true;
    return;
  }
  try {
    const commitment = await tariffCommitment(tariff);
    const info = await chain.conn.tariffs.getTariff(commitment);
    const text =
      info === undefined
        ? `Tariff “${tariff.name}” is not registered on this chain.`
        : `Tariff “${tariff.name}” (${info.status}) is ${describeVisibility(await tariffVisibility(chain.conn.tariffs, info.retailer, commitment))}.`;
    if (state.tariff === tariff) {
      out.textContent = text;
      out.hidden = false;
    }
  } catch (e) {
    out.textContent = `Tariff visibility: ${message(e)}`;
    out.hidden = false;
  }
}

async function connect(kind: 'injected' | 'development'): Promise<void> {
  const out = byId('chain-status');
  try {
    await busy(async () => {
      status(out, 'busy', 'Connecting…');
      const typed = byId<HTMLInputElement>('settlement-address').value.trim();
      const chain = kind === 'injected' ? await connectInjected(state.session, typed === '' ? undefined : typed) : await connectDevelopment(state.session);
      state.chain = chain;
      const acct = byId('account');
      acct.className = `account ${chain.kind}`;
      fill(
        acct,
        h('span', { class: 'tag' }, chain.kind === 'development' ? 'Development account' : 'Browser wallet'),
        h('span', { class: 'mono', id: 'account-address' }, chain.account),
        h('div', { class: 'muted' }, chain.label),
        h('div', { class: 'muted' }, `Settlement ${chain.conn.addresses.settlement} on chain ${chain.conn.chainId}; token ${chain.token.symbol}`),
      );
      acct.hidden = false;
      byId('connect').textContent = kind === 'injected' ? 'Reconnect browser wallet' : 'Reconnect';
      status(out, 'ok', 'Connected.');
      updateSettle();
      updateSpot();
      byId<HTMLButtonElement>('audit-refresh').disabled = false;
      await refreshLedger();
    });
    void refreshAudit();
    void refreshTariffVisibility();
  } catch (e) {
    status(out, 'error', message(e));
  }
}

function eventFacts(b: SettledBill & { gasUsed?: bigint }): HTMLElement {
  const tz = state.tariff?.tzOffsetSeconds ?? 0;
  const rows: [string, string][] = [
    ['meterId', String(b.meterId)],
    ['period', `${localTime(b.periodStart, tz)} → ${localTime(b.periodEnd, tz)} (${zoneName(tz)})`],
    ['tariffCommitment', short(b.tariffCommitment, 10)],
    ['charge', tokenMoney(b.charge)],
    ['credit', tokenMoney(b.credit)],
    ['paid from escrow', tokenMoney(b.paid)],
    ['added to arrears', tokenMoney(b.arrearsAdded)],
    ['refunded', tokenMoney(b.refunded)],
    ['arrears cleared', tokenMoney(b.arrearsCleared)],
    ['retailer', b.retailer],
    ['consumer', b.consumer],
  ];
  return h(
    'dl',
    { class: 'facts', id: 'settled-event' },
    rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
}

/** The other way to settle: post the proof to a collector's HTTP inbox; no transaction, no gas. */
async function onHandToCollector(): Promise<void> {
  const { proof } = state;
  if (!proof) return;
  const errorBox = byId('settle-error');
  const result = byId('settle-result');
  errorBox.hidden = true;
  result.hidden = true;
  const url = byId<HTMLInputElement>('collector-url').value.trim() || 'http://127.0.0.1:8547';
  const button = byId<HTMLButtonElement>('hand-to-collector');
  button.disabled = true;
  try {
    await busy(async () => {
      status(byId('chain-status'), 'busy', `Handing the proof to the collector at ${url}…`);
      const receipt = await handToCollector(url, proof);
      fill(
        result,
        h('strong', { id: 'handoff-headline' }, 'Handed to the collector'),
        h('div', {}, 'Filed as ', h('span', { class: 'mono', id: 'handoff-id' }, receipt.id), ` at ${receipt.url}`),
        h(
          'div',
          {},
          'The collector verifies it and settles it in its next batch; the BatchSettled event of that batch then logs it, and it appears in the audit below.',
        ),
      );
      result.hidden = false;
      status(byId('chain-status'), 'ok', 'Handed to the collector.');
    });
  } catch (e) {
    fill(errorBox, h('strong', {}, 'Not handed over. '), h('span', { id: 'handoff-error' }, message(e)));
    errorBox.hidden = false;
    status(byId('chain-status'), 'error', 'The collector did not take the proof.');
  } finally {
    updateSettle();
  }
}

async function onSettle(): Promise<void> {
  const { chain, proof } = state;
  if (!chain || !proof) return;
  const errorBox = byId('settle-error');
  const result = byId('settle-result');
  errorBox.hidden = true;
  result.hidden = true;
  const button = byId<HTMLButtonElement>('settle');
  button.disabled = true;
  try {
    await busy(async () => {
      const claim = decodeBillSignals(proof.publicSignals);
      if (claim.chainId !== chain.conn.chainId || claim.contract.toLowerCase() !== chain.conn.addresses.settlement.toLowerCase()) {
        throw new Error(
          `This proof was made for chain ${claim.chainId} and contract ${claim.contract}, but you are connected to chain ${chain.conn.chainId} and contract ${chain.conn.addresses.settlement}. Prove the bill again while connected here.`,
        );
      }
      status(byId('chain-status'), 'busy', 'Sending the settle transaction…');
      const settled = await chain.conn.settlement.settle(toSettlementArgs(proof));
      fill(
        result,
        h('strong', { id: 'settled-headline' }, `Settled: Settled event in block ${settled.blockNumber}`),
        h('div', {}, 'Transaction ', h('span', { class: 'mono', id: 'settle-tx' }, settled.txHash)),
        h('div', {}, 'Gas used ', h('span', { id: 'settle-gas', 'data-gas': settled.gasUsed.toString() }, gas(settled.gasUsed))),
        eventFacts(settled),
      );
      result.hidden = false;
      status(byId('chain-status'), 'ok', 'Settled.');
    });
  } catch (e) {
    const ex = explainRejection(e, rejectionContext());
    const extra = await replayDetail(e).catch(() => undefined);
    fill(
      errorBox,
      h('strong', {}, 'Rejected. '),
      h('span', { id: 'rejection-sentence' }, ex.sentence),
      extra ? h('div', {}, extra) : null,
      ex.technical ? h('span', { class: 'technical', id: 'rejection-technical' }, ex.technical) : null,
    );
    errorBox.hidden = false;
    status(byId('chain-status'), 'error', 'The settlement was rejected; no money moved.');
  } finally {
    updateSettle();
  }
  await refreshLedger().catch(() => undefined);
  void refreshAudit();
}

// ------------------------------------------------------------------ the spot-indexed bill
function updateSpot(): void {
  byId<HTMLButtonElement>('spot-prove-settle').disabled = !(state.spotPeriod && state.spotTerms && state.chain && state.session?.market);
}

async function onSpotFile(which: 'period' | 'terms'): Promise<void> {
  const f = await readFile(byId<HTMLInputElement>(which === 'period' ? 'spot-period-file' : 'spot-terms-file'));
  if (f === undefined) return;
  try {
    if (which === 'period') {
      const period = parseSignedPeriodJson(f.text, f.name);
      if (!(await verifySignedPeriod(period))) throw new Error(`${f.name}: the meter's signature does not match these readings`);
      state.spotPeriod = period;
    } else {
      state.spotTerms = parseMarketTerms(f.text, f.name);
    }
    status(byId('spot-status'), 'info', `${f.name} loaded.`);
  } catch (e) {
    if (which === 'period') state.spotPeriod = undefined;
    else state.spotTerms = undefined;
    status(byId('spot-status'), 'error', message(e));
  }
  updateSpot();
}

async function onSpotProveSettle(): Promise<void> {
  const { chain, spotPeriod, spotTerms } = state;
  const m = state.session?.market;
  if (!chain || !spotPeriod || !spotTerms || !m) return;
  const out = byId('spot-status');
  const facts = byId('spot-facts');
  facts.hidden = true;
  try {
    await busy(async () => {
      const runner = chain.conn.runner;
      status(out, 'busy', 'Reading the agreement and the published prices…');
      const ctx = await spotContext(runner, m, spotPeriod, spotTerms);
      const all = ctx.prices.flat();
      status(out, 'busy', `Proving ${dayDate(ctx.firstDay)} in the Web Worker (${m.circuit})…`);
      const p = await proveSpotInWorker(m, spotPeriod, spotTerms, ctx);
      status(out, 'busy', 'Sending the settle transaction…');
      const tx = await settleSpot(runner, m, p);
      const fmt = (v: bigint) => money(v, chain.token.decimals, chain.token.symbol);
      fill(
        facts,
        h('dt', {}, 'Delivery day'),
        h('dd', {}, dayDate(ctx.firstDay)),
        h('dt', {}, 'Published prices'),
        h('dd', {}, `${centsText(Math.min(...all))} .. ${centsText(Math.max(...all))} per MWh (agreement ${ctx.agreement.id}, zone ${ctx.agreement.zone})`),
        h('dt', {}, p.amount.credit > 0n ? 'Credited to you' : 'Charged'),
        h(
          'dd',
          { id: 'spot-amount', 'data-charge': p.amount.charge.toString(), 'data-credit': p.amount.credit.toString() },
          fmt(p.amount.credit > 0n ? p.amount.credit : p.amount.charge),
        ),
        h('dt', {}, 'Proof'),
        h('dd', {}, duration(p.provingMs)),
        h('dt', {}, 'Transaction'),
        h('dd', { class: 'mono', id: 'spot-tx' }, tx.hash),
        h('dt', {}, 'Gas used'),
        h('dd', {}, gas(tx.gasUsed)),
      );
      facts.hidden = false;
      status(out, 'ok', `Settled: MarketSettled in block ${tx.blockNumber}.`);
    });
  } catch (e) {
    status(out, 'error', message(e));
  }
  await refreshLedger().catch(() => undefined);
}

/** For a replay, where the earlier settlement of the period is. */
async function replayDetail(e: unknown): Promise<string | undefined> {
  const { chain, proof } = state;
  if (!chain || !proof || (e as { errorName?: string }).errorName !== 'PeriodOverlap') return undefined;
  const claim = decodeBillSignals(proof.publicSignals);
  const earlier = (await chain.conn.settlements({ meterId: claim.meterId })).find((s) => s.periodStart === BigInt(claim.periodStart));
  return earlier ? `It was settled in transaction ${earlier.txHash} (block ${earlier.blockNumber}).` : undefined;
}

async function onDeposit(): Promise<void> {
  const chain = state.chain;
  if (!chain) return;
  const out = byId('chain-status');
  try {
    await busy(async () => {
      const amount = parseUnits(byId<HTMLInputElement>('deposit-amount').value || '0', chain.token.decimals);
      status(out, 'busy', `Depositing ${tokenMoney(amount)}…`);
      const tx = await chain.conn.settlement.deposit(amount);
      status(out, 'ok', `Deposited ${tokenMoney(amount)} (tx ${short(tx.hash, 8)}, ${gas(tx.gasUsed)}).`);
      await refreshLedger();
    });
  } catch (e) {
    status(out, 'error', message(e));
  }
}

async function onPayArrears(): Promise<void> {
  const chain = state.chain;
  const meter = meterOfInterest();
  if (!chain || meter === undefined) return;
  const out = byId('chain-status');
  try {
    await busy(async () => {
      const arrears = await chain.conn.settlement.arrearsOf(meter);
      if (arrears === 0n) {
        status(out, 'info', `Meter ${meter} has no arrears.`);
        return;
      }
      const tx = await chain.conn.settlement.payArrears(meter, arrears);
      status(out, 'ok', `Paid ${tokenMoney(arrears)} of arrears (tx ${short(tx.hash, 8)}, ${gas(tx.gasUsed)}).`);
      await refreshLedger();
    });
  } catch (e) {
    status(out, 'error', message(e));
  }
}

// ------------------------------------------------------------------ regulator
let auditRun = 0;
async function refreshAudit(): Promise<void> {
  const chain = state.chain;
  if (!chain) return;
  const run = ++auditRun;
  const out = byId('audit-status');
  status(out, 'busy', 'Auditing…');
  try {
    const view = await loadAudit(chain, state.session);
    if (run !== auditRun) return;
    byId('audit-summary').textContent = view.summary;
    const setupEl = document.getElementById('audit-setup');
    if (setupEl !== null) {
      setupEl.replaceChildren(...view.setup.map((l) => h('div', { class: /INSECURE|NOT|problem/.test(l) ? 'warn' : undefined }, l)));
      setupEl.hidden = view.setup.length === 0;
    }
    fill(byId('audit'), auditTable(view, chain, state.tariff?.tzOffsetSeconds ?? 0));
    status(out, 'ok', view.audited ? `Audited ${view.rows.length} settlement${view.rows.length === 1 ? '' : 's'}.` : '');
  } catch (e) {
    if (run === auditRun) status(out, 'error', message(e));
  }
}

// ------------------------------------------------------------------ the regulator's disclosed view
/** A block number typed in, or undefined for an empty field. @throws Error naming the field */
function blockField(id: string, label: string): number | undefined {
  const v = byId<HTMLInputElement>(id).value.trim();
  if (v === '') return undefined;
  if (!/^\d+$/.test(v)) throw new Error(`${label}: '${v}' is not a block number`);
  return Number(v);
}

async function onReadDisclosures(): Promise<void> {
  const out = byId('disclosure-status');
  const button = byId<HTMLButtonElement>('disclosure-read');
  button.disabled = true;
  status(out, 'busy', 'Reading and decrypting…');
  try {
    const keyFile = await readFile(byId<HTMLInputElement>('regulator-key-file'));
    if (keyFile === undefined) throw new Error("load the regulator's key file first");
    const secrets = parseRegulatorSecrets(keyFile.text, keyFile.name);
    const tariffFiles = [...(byId<HTMLInputElement>('disclosure-tariff-files').files ?? [])];
    const tariffs = parseTariffs(await Promise.all(tariffFiles.map(async (f) => ({ name: f.name, text: await f.text() }))));
    const settlement = byId<HTMLInputElement>('disclosure-settlement').value.trim();
    if (!/^0x[0-9a-fA-F]{40}$/.test(settlement)) throw new Error('DisclosedSettlement: give the contract address (0x + 40 hex digits)');
    const fromBlock = blockField('disclosure-from', 'From block');
    const toBlock = blockField('disclosure-to', 'To block');
    // Reading needs no account: the connected chain's provider, or the development node.
    const session = state.session;
    const provider =
      state.chain?.conn.provider ??
      (session === undefined ? undefined : new JsonRpcProvider(session.rpcUrl, Network.from(BigInt(session.chainId)), { staticNetwork: true }));
    if (provider === undefined) throw new Error('connect to a chain first (no development node here)');
    const disclosureKeys = await new DisclosedSettlementClient(settlement, provider).disclosureKeys().catch(() => {
      throw new Error(`${settlement} is not a DisclosedSettlement on this chain (it has no disclosure key registry)`);
    });
    const token = await (await WattproofConnection.connect(provider, settlement)).token();
    // Construction v3 has no authentication element: each proof is re-verified with the words read (the
    // ciphertext's integrity, docs/disclosure-spec.md §10), under the circuit the development world names.
    const known = session?.disclosure?.settlement.toLowerCase() === settlement.toLowerCase() ? session.disclosure.circuit : undefined;
    const verificationKey = known === undefined ? undefined : ((await artifacts(known)).vkey as Record<string, unknown>);
    const report = await readDisclosures({
      provider,
      settlement,
      disclosureKeys,
      secrets,
      tariffs,
      ...(verificationKey === undefined ? {} : { verificationKey }),
      ...(fromBlock === undefined ? {} : { fromBlock }),
      ...(toBlock === undefined ? {} : { toBlock }),
    });
    byId('disclosure-summary').textContent = summaryLine(report, settlement);
    fill(byId('disclosure-chart-box'), report.summary.settlements > 0 ? disclosureChart(report, tariffs) : null);
    fill(byId('disclosure-hour-chart-box'), report.summary.hourlySettlements > 0 ? hourChart(report, tariffs) : null);
    fill(byId('disclosed'), disclosedTable(report, tariffs, token, tariffs[0]?.tzOffsetSeconds ?? 0));
    status(
      out,
      report.flagged === 0 ? 'ok' : 'error',
      report.flagged === 0
        ? `Decrypted ${report.summary.settlements} of ${report.settlements.length}: every charge and credit matches.`
        : `${report.flagged} of ${report.settlements.length} settlements flagged.`,
    );
  } catch (e) {
    status(out, 'error', message(e));
  } finally {
    button.disabled = false;
  }
}

// ------------------------------------------------------------------ wiring
async function init(): Promise<void> {
  byId('period-file').addEventListener('change', () => void onPeriodFile());
  byId('tariff-file').addEventListener('change', () => void onTariffFile());
  byId('prove').addEventListener('click', () => void onProve());
  byId('settle').addEventListener('click', () => void onSettle());
  byId('hand-to-collector').addEventListener('click', () => void onHandToCollector());
  byId('deposit').addEventListener('click', () => void onDeposit());
  byId('pay-arrears').addEventListener('click', () => void onPayArrears());
  byId('audit-refresh').addEventListener('click', () => void refreshAudit());
  byId('spot-period-file').addEventListener('change', () => void onSpotFile('period'));
  byId('spot-terms-file').addEventListener('change', () => void onSpotFile('terms'));
  byId('spot-prove-settle').addEventListener('click', () => void onSpotProveSettle());
  byId('disclosure-read').addEventListener('click', () => void onReadDisclosures());
  await loadSession();
  byId('spot-section').hidden = state.session?.market === undefined;
  const disclosed = state.session?.disclosure;
  if (disclosed !== undefined) {
    byId<HTMLInputElement>('disclosure-settlement').value = disclosed.settlement;
    byId<HTMLInputElement>('disclosure-from').value = String(disclosed.fromBlock);
  }
  const connectBtn = byId<HTMLButtonElement>('connect');
  const devBtn = byId<HTMLButtonElement>('connect-dev');
  if (injectedWallet()) {
    connectBtn.textContent = 'Connect browser wallet';
    connectBtn.addEventListener('click', () => void connect('injected'));
    onInjectedChange(() => {
      if (state.chain?.kind !== 'injected') return;
      state.chain = undefined;
      byId('account').hidden = true;
      updateSettle();
      status(byId('chain-status'), 'info', 'Your wallet switched account or chain: connect again (and prove again if the chain changed).');
    });
    byId('settlement-label').hidden = false;
    if (state.session) {
      byId<HTMLInputElement>('settlement-address').value = state.session.settlement;
      devBtn.hidden = false;
      devBtn.addEventListener('click', () => void connect('development'));
    }
  } else if (state.session) {
    connectBtn.textContent = 'Connect the development account';
    connectBtn.addEventListener('click', () => void connect('development'));
    status(
      byId('chain-status'),
      'info',
      `No browser wallet found: the page uses the local development node ${state.session.rpcUrl} and its development account.`,
    );
  } else {
    connectBtn.disabled = true;
    status(
      byId('chain-status'),
      'info',
      'No browser wallet found and no development chain: install a wallet, or start the page with `npm run wallet`. Bills can still be computed and proven here.',
    );
  }
  document.body.dataset['ready'] = 'true';
}

void init();
