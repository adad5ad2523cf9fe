/**
 * What `npm run wallet` tells the page about its development chain (served as
 * `/wallet-session.json`). Without it, the page still computes and proves bills locally and
 * connects to an injected wallet.
 * @packageDocumentation
 */

/** Format tag of the session document. */
export const WALLET_SESSION_FORMAT = 'wattproof.wallet-session.v1';

/** One file the wallet's setup wrote for the user to load. */
export interface SessionFile {
  /** File name inside the session folder. */
  name: string;
  /** What it is, one line. */
  description: string;
}

/** The development chain and deployment the page connects to when no injected wallet is present. */
export interface WalletSession {
  format: typeof WALLET_SESSION_FORMAT;
  /** Decimal chain id. */
  chainId: string;
  /** JSON-RPC endpoint of the Hardhat node (loopback). */
  rpcUrl: string;
  /** The Settlement contract of the demo deployment. */
  settlement: string;
  /** The deployment block (event scans start here). */
  fromBlock: number;
  /** The circuit the deployed verifier checks. */
  circuit: string;
  /** The consumer account: one of the node's unlocked development accounts. */
  devAccount: { address: string; label: string };
  /** The demo meter (decimal). */
  meterId: string;
  /** Where the files are, and what they are. */
  folder: string;
  files: SessionFile[];
  /** The market contracts, when the setup deployed them (a spot-indexed meter of the household). */
  market?: import('./market.js').MarketSession;
  /** The DisclosedSettlement beside the Settlement, when the setup deployed one (the regulator's disclosed view). */
  disclosure?: DisclosureSession;
  /** True when the server answers `/api/audit` (the regulator's audit, run with the SDK in Node). */
  auditApi: boolean;
}

/** A DisclosedSettlement of the development world (docs/disclosure-spec.md). */
export interface DisclosureSession {
  /** The DisclosedSettlement contract. */
  settlement: string;
  /** The DisclosureKeys registry it checks keys against. */
  disclosureKeys: string;
  /** The disclosure circuit its verifier checks. */
  circuit: string;
  /** The block it was deployed at (the default start of the view's block range). */
  fromBlock: number;
}
