/**
 * The regulator's view: every settlement of the deployment with its audit result. The audit is
 * the SDK's `audit` (every proof re-verified off-chain with the published verification key, every
 * event checked against its public signals, the deployed verifier regenerated from that key and
 * compared), run by the wallet server in Node: regenerating the verifier needs solc-js.
 * @packageDocumentation
 */
import { localDate, money, short } from '../../core/src/format.js';
import type { WalletChain } from './chain.js';
import { h } from './dom.js';
import type { WalletSession } from './session.js';

/** One row of the view. */
export interface AuditRow {
  txHash: string;
  blockNumber: number;
  meterId: string;
  periodStart?: number;
  charge?: bigint;
  credit?: bigint;
  /** `verified` / `not verified` by the audit, or `not audited` when no audit service is reachable. */
  result: 'verified' | 'not verified' | 'not audited';
  reasons: string[];
}

/** The view's content. */
export interface AuditView {
  rows: AuditRow[];
  /** One line on the verifier and the key. */
  summary: string;
  audited: boolean;
}

interface AuditJson {
  circuit?: string;
  insecureKey?: boolean;
  ok: boolean;
  verified: number;
  failed: number;
  verifier: { address: string; matches: boolean; reason?: string };
  settlements: {
    txHash: string;
    blockNumber: number;
    meterId?: string;
    periodStart?: string;
    charge?: string;
    credit?: string;
    verified: boolean;
    reasons: string[];
  }[];
}

/** Whether the server's audit covers the deployment `chain` is connected to. */
function serverAudits(chain: WalletChain, session: WalletSession | undefined): boolean {
  return (
    session?.auditApi === true &&
    BigInt(session.chainId) === chain.conn.chainId &&
    session.settlement.toLowerCase() === chain.conn.addresses.settlement.toLowerCase()
  );
}

/** Loads the settlements and their audit. */
export async function loadAudit(chain: WalletChain, session: WalletSession | undefined): Promise<AuditView> {
  if (serverAudits(chain, session)) {
    const res = await fetch('/api/audit', { cache: 'no-store' });
    const body = (await res.json()) as AuditJson | { error: string };
    if (!res.ok || 'error' in body) throw new Error(`the audit failed: ${'error' in body ? body.error : res.statusText}`);
    const v = body.verifier;
    const summary = v.matches
      ? `Verifier ${short(v.address, 4)} is the one generated from the published ${body.circuit} key${body.insecureKey ? ' (a development key from an insecure local setup)' : ''}. ${body.verified} of ${body.settlements.length} settlements verified.`
      : `Verifier mismatch: ${v.reason ?? 'the deployed verifier is not the published one'}.`;
    return {
      audited: true,
      summary,
      rows: body.settlements.map((s) => ({
        txHash: s.txHash,
        blockNumber: s.blockNumber,
        meterId: s.meterId ?? '?',
        ...(s.periodStart === undefined ? {} : { periodStart: Number(s.periodStart) }),
        ...(s.charge === undefined ? {} : { charge: BigInt(s.charge) }),
        ...(s.credit === undefined ? {} : { credit: BigInt(s.credit) }),
        result: s.verified ? 'verified' : 'not verified',
        reasons: s.reasons,
      })),
    };
  }
  const bills = await chain.conn.settlements();
  return {
    audited: false,
    summary: 'No audit service for this deployment here: run `wattproof audit --rpc <url> --settlement <address>` to re-verify these settlements.',
    rows: bills.map((b) => ({
      txHash: b.txHash,
      blockNumber: b.blockNumber,
      meterId: b.meterId.toString(),
      periodStart: Number(b.periodStart),
      charge: b.charge,
      credit: b.credit,
      result: 'not audited',
      reasons: [],
    })),
  };
}

/** The table of settlements. */
export function auditTable(view: AuditView, chain: WalletChain, tzOffsetSeconds: number): HTMLElement {
  const m = (v: bigint | undefined): string => (v === undefined ? '?' : money(v, chain.token.decimals, chain.token.symbol));
  if (view.rows.length === 0) return h('p', { class: 'muted', id: 'audit-table' }, 'No settlements yet.');
  return h(
    'table',
    { id: 'audit-table', class: 'audit' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, 'Block'),
        h('th', {}, 'Meter'),
        h('th', {}, 'Period'),
        h('th', { class: 'num' }, 'Charge'),
        h('th', { class: 'num' }, 'Credit'),
        h('th', {}, 'Transaction'),
        h('th', {}, 'Audit'),
      ),
    ),
    h(
      'tbody',
      {},
      view.rows.map((r) =>
        h(
          'tr',
          { 'data-tx': r.txHash },
          h('td', {}, r.blockNumber),
          h('td', {}, r.meterId),
          h('td', {}, r.periodStart === undefined ? '?' : localDate(r.periodStart, tzOffsetSeconds)),
          h('td', { class: 'num' }, m(r.charge)),
          h('td', { class: 'num' }, m(r.credit)),
          h('td', { class: 'mono', title: r.txHash }, short(r.txHash, 8)),
          h(
            'td',
            {},
            h('span', { class: `badge ${r.result.replace(' ', '-')}`, title: r.reasons.join('; ') || undefined }, r.result),
            r.reasons.length > 0 ? h('div', { class: 'reasons' }, r.reasons.join('; ')) : null,
          ),
        ),
      ),
    ),
  );
}
