/**
 * Deploy a wattproof set (test ERC-20, registries, one circuit's verifier, Settlement) with roles.
 *
 *   npm run deploy -- [--circuit bill_1d_30m] [--rpc http://127.0.0.1:8545] [--out deployment.json]
 *                     [--authority 0x..] [--regulator 0x..] [--retailer 0x..]...
 *
 * Without --rpc it deploys on Hardhat's in-process network (a dry run that prints addresses and
 * gas); with --rpc it deploys from the node's first unlocked account (e.g. `npx hardhat node`).
 * Programmatic use: `deployWattproof(signer, { verifierName })` from sdk/src/chain.
 */
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { BrowserProvider, JsonRpcProvider, type Eip1193Provider, type Signer } from 'ethers';
import { deployWattproof, type DeployOptions, type WattproofDeployment } from '../sdk/src/chain/deploy.js';
import { isWattproofError } from '../core/src/errors.js';

export { deployWattproof, type DeployOptions, type WattproofDeployment };

/** A signer on Hardhat's in-process network (first account), through plain ethers v6. */
export async function hardhatSigner(index = 0): Promise<Signer> {
  const { default: hre } = await import('hardhat');
  // No request cache: ethers would otherwise replay identical reads for 250 ms, stale on a local chain.
  const provider = new BrowserProvider(hre.network.provider as unknown as Eip1193Provider, undefined, { cacheTimeout: -1 });
  return provider.getSigner(index);
}

const USAGE = 'usage: npm run deploy -- [--circuit NAME] [--rpc URL] [--out FILE] [--authority ADDR] [--regulator ADDR] [--retailer ADDR]...';

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      circuit: { type: 'string', default: 'bill_1d_30m' },
      rpc: { type: 'string' },
      out: { type: 'string' },
      authority: { type: 'string' },
      regulator: { type: 'string' },
      retailer: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const signer = values.rpc === undefined ? await hardhatSigner() : await new JsonRpcProvider(values.rpc).getSigner(0);
  const d = await deployWattproof(signer, {
    verifierName: values.circuit,
    ...(values.authority === undefined ? {} : { authority: values.authority }),
    ...(values.regulator === undefined ? {} : { regulator: values.regulator }),
    ...(values.retailer === undefined ? {} : { retailers: values.retailer }),
  });
  const network = await signer.provider!.getNetwork();
  const record = {
    chainId: network.chainId.toString(),
    circuit: values.circuit,
    admin: await signer.getAddress(),
    ...d.addresses,
    gas: Object.fromEntries(Object.entries(d.gas).map(([k, v]) => [k, Number(v)])),
  };
  const json = JSON.stringify(record, null, 2);
  if (values.out !== undefined) await writeFile(values.out, `${json}\n`);
  console.log(json);
  if (values.rpc === undefined) console.error('(deployed on the in-process Hardhat network, which ends with this process; pass --rpc to deploy to a node)');
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(isWattproofError(e) || (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `deploy: ${(e as Error).message}` : e);
      if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) console.error(USAGE);
      process.exit(1);
    },
  );
}
