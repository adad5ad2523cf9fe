/**
 * `npx vite --config wallet/vite.config.ts`: the wallet page alone (local bills and proofs, and an
 * injected wallet). `npm run wallet` starts it with a development chain instead (scripts/wallet.ts).
 * Set WATTPROOF_WALLET_SESSION to a session file (deployment.json of a running `npm run wallet`)
 * to attach this server to that chain.
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import type { WalletSession } from './src/session.js';
import { walletViteConfig } from './server/plugin.js';

export default defineConfig(() => {
  const file = process.env.WATTPROOF_WALLET_SESSION;
  const session = file ? ({ ...(JSON.parse(readFileSync(file, 'utf8')) as WalletSession), auditApi: true }) : undefined;
  return walletViteConfig(session === undefined ? {} : { session });
});
