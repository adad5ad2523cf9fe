/**
 * `wattproof regulator disclosure-key new | rotate | list`: the regulator's disclosure keys by epoch
 * (docs/disclosure-spec.md §3, contracts/DisclosureKeys.sol).
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { appendFile, chmod, stat } from 'node:fs/promises';
import { ChainError, ValidationError } from '../../../core/src/errors.js';
import { generateDisclosureKey } from '../../../core/src/crypto/disclosure.js';
import { localTime, table } from '../../../core/src/format.js';
import { DisclosedSettlementClient } from '../../../sdk/src/chain/disclosed-settlement.js';
import { chainCall } from '../../../sdk/src/chain/errors.js';
import { DisclosureKeysClient } from '../../../sdk/src/chain/disclosure-keys.js';
import { connectRole, type RoleChain } from '../chain.js';
import { flag, need, parseTz, str, type RunContext } from '../command.js';
import { toJson, writeText } from '../files.js';
import { UsageError } from '../output.js';
import { parseInstant, reportTx } from '../role-args.js';
import { readRegulatorKey } from './bill-disclose.run.js';
import { readRegulatorSecrets } from './audit-disclose.run.js';

/** The DisclosureKeys registry of the deployment's settlement contract. @throws ChainError if it has none */
async function registryOf(chain: RoleChain): Promise<DisclosureKeysClient> {
  const settlement = chain.conn.addresses.settlement;
  const address = await new DisclosedSettlementClient(settlement, chain.conn.provider).disclosureKeys().catch((e: unknown) => {
    throw new ChainError(
      `Settlement ${settlement} is not a DisclosedSettlement (it has no disclosure key registry; deploy one with "wattproof deploy --disclosure"): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
    );
  });
  return new DisclosureKeysClient(address, chain.conn.runner ?? chain.conn.provider);
}

/** `disclosure-key new`: see the command's help in ./regulator.ts. */
export async function keyNew({ values, out }: RunContext): Promise<void> {
  const cmd = 'regulator disclosure-key new';
  const secretsFile = need(values, 'secrets', cmd);
  const publicFile = need(values, 'public', cmd);
  // An existing secrets file must be one the audit can read (so the new line does not land in a wrong file).
  const existing = await stat(secretsFile).catch(() => undefined);
  if (existing !== undefined) {
    if (!existing.isFile()) throw new ValidationError('--secrets', `${secretsFile} is not a file`);
    if (existing.size > 0)
      await readRegulatorSecrets(secretsFile).catch((e: unknown) => {
        throw new ValidationError('--secrets', `${secretsFile} is not a secrets file (${e instanceof Error ? e.message : String(e)}); nothing was written`);
      });
  }
  const key = generateDisclosureKey();
  // Proofs and the chain name a disclosure key by its y (construction v3, docs/disclosure-spec.md §10).
  const keyY = key.publicKey.y;
  // The public key first: if it cannot be written, no orphan secret is appended.
  await writeText(publicFile, toJson({ x: key.publicKey.x.toString(), y: keyY.toString() }), {
    exclusive: flag(values, 'force') !== true,
  });
  await appendFile(secretsFile, `# key y ${keyY} (made ${new Date().toISOString()})\n${key.secret}\n`, { mode: 0o600 });
  await chmod(secretsFile, 0o600);
  out.line(`disclosure key made: key y ${keyY}`);
  out.line(`  secret appended to ${secretsFile} (mode 0600; keep it offline: it reads every settlement of its epoch)`);
  out.line(`  public key written to ${publicFile}`);
  out.result({
    keyY: keyY.toString(),
    publicKey: { x: key.publicKey.x.toString(), y: key.publicKey.y.toString() },
    secrets: secretsFile,
    public: publicFile,
  });
}

/** `disclosure-key rotate`: see the command's help in ./regulator.ts. */
export async function keyRotate({ values, out }: RunContext): Promise<void> {
  const cmd = 'regulator disclosure-key rotate';
  const key = await readRegulatorKey(need(values, 'public', cmd), '--public');
  const tzText = str(values, 'tz');
  const validFrom = parseInstant(need(values, 'valid-from', cmd), 'valid-from', tzText === undefined ? undefined : parseTz(tzText));
  const chain = await connectRole(values, out, cmd, true);
  try {
    const keys = await registryOf(chain);
    const c = keys.contract;
    if (!(await chainCall('DisclosureKeys.hasRole', async () => c.hasRole(await c.REGULATOR_ROLE(), chain.account!)))) {
      throw new ChainError(`account ${chain.account} does not hold REGULATOR_ROLE on DisclosureKeys ${c.target}; nothing was sent`);
    }
    // The contract's rule, checked first so the command explains it instead of reverting.
    const count = Number(await chainCall('DisclosureKeys.epochCount', () => c.epochCount()));
    const last = await chainCall('DisclosureKeys.epochAt', () => c.epochAt(count - 1));
    const block = await chainCall('latest block', () => chain.conn.provider.getBlock('latest'));
    const now = BigInt(block?.timestamp ?? 0);
    if (validFrom <= last.validFrom)
      throw new ValidationError(
        '--valid-from',
        `must be after the last epoch's start (epoch ${count - 1} from ${localTime(last.validFrom)} UTC); nothing was sent`,
      );
    if (validFrom < now)
      throw new ValidationError(
        '--valid-from',
        `${localTime(validFrom)} UTC is in the past (chain time ${localTime(now)} UTC): no retroactive keys; nothing was sent`,
      );
    if (key.y === last.y) throw new ValidationError('--public', `is already the key of epoch ${count - 1} (or its negation); nothing was sent`);
    const tx = await keys.setKey(key, validFrom);
    reportTx(
      out,
      'rotate',
      tx,
      { registry: String(c.target), epoch: count, keyY: key.y.toString(), validFrom: validFrom.toString() },
      `disclosure key epoch ${count} scheduled: key y ${key.y}, periods from ${localTime(validFrom)} UTC`,
    );
  } finally {
    chain.close();
  }
}

/** `disclosure-key list`: see the command's help in ./regulator.ts. */
export async function keyList({ values, out }: RunContext): Promise<void> {
  const cmd = 'regulator disclosure-key list';
  if (values['key-file'] !== undefined) throw new UsageError(`${cmd} reads only: it takes no --key-file`, cmd);
  const chain = await connectRole(values, out, cmd, false);
  try {
    const keys = await registryOf(chain);
    const epochs = await keys.epochs();
    const block = await chainCall('latest block', () => chain.conn.provider.getBlock('latest'));
    const now = BigInt(block?.timestamp ?? 0);
    const inForce = [...epochs].reverse().find((e) => e.validFrom <= now)?.epoch ?? 0;
    out.line(`DisclosureKeys ${String(keys.contract.target)}: ${epochs.length} epoch(s); epoch ${inForce} in force now`);
    out.line(
      table(
        ['epoch', 'valid from (UTC)', 'key y', 'state'],
        epochs.map((e) => [
          e.epoch,
          e.validFrom === 0n ? 'the start' : localTime(e.validFrom),
          e.key.y,
          e.epoch === inForce ? 'in force' : e.epoch > inForce ? 'scheduled' : 'past',
        ]),
      ),
    );
    out.result({
      registry: String(keys.contract.target),
      inForce,
      epochs: epochs.map((e) => ({
        epoch: e.epoch,
        keyY: e.key.y.toString(),
        x: e.key.x.toString(),
        y: e.key.y.toString(),
        validFrom: e.validFrom.toString(),
      })),
    });
  } finally {
    chain.close();
  }
}
