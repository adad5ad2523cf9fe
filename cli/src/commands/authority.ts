/**
 * `wattproof authority register-meter | rotate-key | revoke-key`: the metering authority's
 * commands (METERING_AUTHORITY_ROLE on the MeterRegistry).
 * @packageDocumentation
 */
import { lazyRun, type Command } from '../command.js';
import { ROLE_HELP, ROLE_OPTIONS } from '../chain-options.js';

const INSTANTS = `Instants: unix seconds, YYYY-MM-DD (local midnight; needs --tz), or an ISO date-time with
its zone (2026-06-04T00:00:00+01:00).`;

const registerMeter: Command = {
  path: ['authority', 'register-meter'],
  summary: 'register a meter: its id, public key, consumer, retailer and first billing instant',
  help: `usage: wattproof authority register-meter --meter-key FILE [--meter-id N] --consumer ADDRESS
                                        --retailer ADDRESS --first-period-start WHEN [--tz OFFSET]
                                        --deployment FILE --rpc URL --key-file FILE [--json]

Registers a meter in the MeterRegistry with its first key, the consumer account it bills, the
retailer that supplies it, and the instant its first billing period starts (the local midnight of
the tariffs it will use). The meter's key signs periods from that instant on.

Options:
  --meter-key FILE            the meter's public key: the key file of "wattproof meter keygen", or
                              JSON {"publicKey": {"x", "y"}} (only the public key is read)
  --meter-id N                the meter's id (default: the one the key file names)
  --consumer ADDRESS          the consumer account
  --retailer ADDRESS          the retailer account
  --first-period-start WHEN   where the first billing period starts
  --tz OFFSET                 time zone of a bare date (+01:00, -05:00, 3600)

${INSTANTS}

${ROLE_HELP}

Example:
  wattproof authority register-meter --meter-key meter.pub.json --consumer 0x90F7…b906 \\
    --retailer 0x15d3…6A65 --first-period-start 2026-06-04 --tz +01:00 \\
    --deployment deployment.json --rpc http://127.0.0.1:8545 --key-file authority.key`,
  options: {
    'meter-key': { type: 'string' },
    'meter-id': { type: 'string' },
    consumer: { type: 'string' },
    retailer: { type: 'string' },
    'first-period-start': { type: 'string' },
    tz: { type: 'string' },
    ...ROLE_OPTIONS,
  },
  run: lazyRun(() => import('./authority.run.js'), 'registerMeter'),
};

const rotateKey: Command = {
  path: ['authority', 'rotate-key'],
  summary: "replace a meter's key from an instant on",
  help: `usage: wattproof authority rotate-key --meter-id N --meter-key FILE --at WHEN [--tz OFFSET]
                                    --deployment FILE --rpc URL --key-file FILE [--json]

Closes the meter's current key at --at and opens the new key there: periods ending up to --at
settle with the old key, periods starting at or after it with the new one. Pick a billing-period
boundary (local midnight), or a period that straddles it cannot settle with either key.

Options:
  --meter-id N       the meter
  --meter-key FILE   the new public key (key file of "wattproof meter keygen" or {"publicKey"})
  --at WHEN          the instant the new key takes over
  --tz OFFSET        time zone of a bare date

${INSTANTS}

${ROLE_HELP}

Example:
  wattproof authority rotate-key --meter-id 4100230017 --meter-key new-meter.key.json \\
    --at 2026-07-01 --tz +01:00 --deployment deployment.json --rpc http://127.0.0.1:8545 \\
    --key-file authority.key`,
  options: { 'meter-id': { type: 'string' }, 'meter-key': { type: 'string' }, at: { type: 'string' }, tz: { type: 'string' }, ...ROLE_OPTIONS },
  run: lazyRun(() => import('./authority.run.js'), 'rotateKey'),
};

const revokeKey: Command = {
  path: ['authority', 'revoke-key'],
  summary: "revoke a meter's current key from an instant on (a compromised key)",
  help: `usage: wattproof authority revoke-key --meter-id N --at WHEN [--tz OFFSET]
                                    --deployment FILE --rpc URL --key-file FILE [--json]

Closes the meter's current key at --at: periods ending after it can no longer settle with that
key; they need a new key ("wattproof authority rotate-key").

Options:
  --meter-id N   the meter
  --at WHEN      the instant the key stops
  --tz OFFSET    time zone of a bare date

${INSTANTS}

${ROLE_HELP}

Example:
  wattproof authority revoke-key --meter-id 4100230017 --at 2026-07-01T00:00:00+01:00 \\
    --deployment deployment.json --rpc http://127.0.0.1:8545 --key-file authority.key`,
  options: { 'meter-id': { type: 'string' }, at: { type: 'string' }, tz: { type: 'string' }, ...ROLE_OPTIONS },
  run: lazyRun(() => import('./authority.run.js'), 'revokeKey'),
};

/** The `authority` commands. */
export const authorityCommands: Command[] = [registerMeter, rotateKey, revokeKey];
