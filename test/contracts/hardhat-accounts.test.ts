// hardhat.config.cjs lists Hardhat's default accounts as keys (a provider no longer derives them from
// the mnemonic at every start): they must be exactly the ones Hardhat derives from its default
// mnemonic, with its default balance, or every address the tests and the demo use would move.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadHardhat } from '../../cli/src/devchain.js';

const require = createRequire(import.meta.url);

describe('the Hardhat network accounts', () => {
  it("are Hardhat's defaults: the keys of its mnemonic, in order, each with its default balance", async () => {
    const defaults = require('hardhat/internal/core/config/default-config') as {
      defaultHardhatNetworkHdAccountsConfigParams: {
        mnemonic: string;
        path: string;
        initialIndex: number;
        count: number;
        passphrase: string;
        accountsBalance: string;
      };
    };
    const { derivePrivateKeys } = require('hardhat/internal/core/providers/util') as {
      derivePrivateKeys(mnemonic: string, path: string, initialIndex: number, count: number, passphrase: string): Buffer[];
    };
    const d = defaults.defaultHardhatNetworkHdAccountsConfigParams;
    const expected = derivePrivateKeys(d.mnemonic, d.path, d.initialIndex, d.count, d.passphrase).map((k) => ({
      privateKey: `0x${k.toString('hex')}`,
      balance: d.accountsBalance,
    }));
    const hre = (await loadHardhat()) as unknown as { config: { networks: { hardhat: { accounts: unknown } } } };
    expect(hre.config.networks.hardhat.accounts).toEqual(expected);
  });
});
