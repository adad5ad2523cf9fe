/**
 * `wattproof market …`: the wholesale side (docs/market-spec.md). The market operator publishes
 * each delivery day's prices; generators, wholesalers and retailers agree terms (a PPA, a CfD or a
 * spot-indexed tariff) as commitments; a generator or consumer proves and settles its days against
 * the published prices; the regulator audits every market settlement.
 * @packageDocumentation
 */
import { lazyRun, type Command } from '../command.js';
import { ROLE_HELP, ROLE_OPTIONS } from '../chain-options.js';

const CHAIN = '--deployment FILE --rpc URL --key-file FILE [--json]';
const READ = '--deployment FILE --rpc URL [--json]';
const EX = '--deployment market.json --rpc http://127.0.0.1:8545';
const run = (name: string) => lazyRun(() => import('./market.run.js'), name as 'deploy');

const deploy: Command = {
  path: ['market', 'deploy'],
  summary: 'deploy the price feed, agreement registry and market settlement beside a deployment',
  help: `usage: wattproof market deploy --circuit NAME[,NAME] --out FILE ${CHAIN}

Deploys, beside the bill deployment of --deployment, the market contracts: the PriceFeed (with
the Poseidon(6) contract it hashes with), the PpaRegistry, and for each market circuit its
verifier and a MarketSettlement that books through the deployment's escrow ledger. The key must
be the deployment's admin: it grants each MarketSettlement the ledger's MARKET_SETTLEMENT_ROLE
and the meter registry's SETTLEMENT_ROLE, and becomes the feed's zone admin. Writes a record
(the bill deployment's, plus a "market" section) that every market command, and every bill
command, takes as --deployment.

Options:
  --circuit NAMES   market circuits (circuits/market/instances.json), e.g.
                    mkt_spot_1d_60m,mkt_cfd_1d_60m (spot bills imports, cfd exports)
  --out FILE        the market deployment record (not overwritten without --force)
  --force           overwrite --out
  --disclosure-keys ADDRESS
                    the regulator's DisclosureKeys registry: a circuit with disclosure ("disclose": 1,
                    e.g. mkt_spot_1d_60m_disclose) gets a DisclosedMarketSettlement checking the key
                    in force (docs/disclosure-spec.md §11); required for such a circuit

${ROLE_HELP}

Example:
  wattproof market deploy --circuit mkt_spot_1d_60m,mkt_cfd_1d_60m --out market.json \\
    --deployment deployment.json --rpc http://127.0.0.1:8545 --key-file admin.key`,
  options: {
    circuit: { type: 'string', multiple: true },
    out: { type: 'string' },
    force: { type: 'boolean' },
    'disclosure-keys': { type: 'string' },
    ...ROLE_OPTIONS,
  },
  run: run('deploy'),
};

const openZone: Command = {
  path: ['market', 'open-zone'],
  summary: 'open a market zone in the price feed and name its market operator',
  help: `usage: wattproof market open-zone --zone ID --operator ADDRESS --intervals 24|48|96 --tz OFFSET
                                --first-day YYYY-MM-DD ${CHAIN}

Opens a market zone (the feed's zone admin only): its id (< 2^64), the market operator that
publishes its prices, the number of intervals of each delivery day, its fixed UTC offset (a
delivery day is local midnight to midnight) and the first delivery day it will publish.

${ROLE_HELP}

Example:
  wattproof market open-zone --zone 1001 --operator 0x… --intervals 24 --tz +01:00 \\
    --first-day 2026-03-01 ${EX} --key-file admin.key`,
  options: {
    zone: { type: 'string' },
    operator: { type: 'string' },
    intervals: { type: 'string' },
    tz: { type: 'string' },
    'first-day': { type: 'string' },
    ...ROLE_OPTIONS,
  },
  run: run('openZone'),
};

const publishPrices: Command = {
  path: ['market', 'publish-prices'],
  summary: "market operator: publish a zone's delivery-day prices (or --correct one)",
  help: `usage: wattproof market publish-prices --zone ID --prices FILE [--correct] ${CHAIN}

Publishes the interval prices of one or more consecutive delivery days of a zone (its market
operator only). Days are published strictly in order: the first day of FILE must be the day
after the zone's last published one. Each day is one transaction; the contract extends the
zone's Poseidon chain, which proofs bind to.

--correct republishes already published days as an explicit correction (allowed for the last
8 published days): the feed emits PricesCorrected with the old and new links, and every proof
made against the old prices of those days (or of later ones) is refused as stale.

FILE is CSV with the header date,interval,price (one row per interval) or JSON
{"days": [{"date": "2026-03-04", "prices": [85.32, …]}]}. Prices are in currency per MWh with at
most two decimals, signed (prices go negative); the feed stores them exactly in cents per MWh.

Options:
  --zone ID        the market zone
  --prices FILE    the prices (CSV or JSON)
  --correct        correct published days instead of publishing new ones

${ROLE_HELP}

Example:
  wattproof market publish-prices --zone 1001 --prices day-ahead-2026-03-04.csv ${EX} --key-file operator.key`,
  options: { zone: { type: 'string' }, prices: { type: 'string' }, correct: { type: 'boolean' }, ...ROLE_OPTIONS },
  run: run('publishPrices'),
};

const prices: Command = {
  path: ['market', 'prices'],
  summary: "show a zone's published prices of a day or range, with their chain links",
  help: `usage: wattproof market prices --zone ID [--day YYYY-MM-DD [--days N]] ${READ}

Shows a zone (operator, intervals, UTC offset, published extent) and, for each day of the range,
the prices in force (min, mean, max; every interval with --json), its version (1 = as published,
more = corrected) and its link L[day] in the feed's Poseidon chain: a market proof for a period
carries L[day before] and L[last day], and settles only while both are the feed's.

Options:
  --zone ID           the market zone
  --day YYYY-MM-DD    first delivery day (default: the last published)
  --days N            number of days (default 1)

${ROLE_HELP}

Example:
  wattproof market prices --zone 1001 --day 2026-03-04 --days 7 ${EX}`,
  options: { zone: { type: 'string' }, day: { type: 'string' }, days: { type: 'string' }, ...ROLE_OPTIONS },
  run: run('prices'),
};

const terms: Command = {
  path: ['market', 'terms'],
  summary: 'write a market terms document: spot-indexed tariff, fixed or indexed PPA, CfD',
  help: `usage: wattproof market terms --kind spot|fixed|indexed|cfd --intervals 24|48|96 --out FILE [options]

Writes the private terms document of a market agreement, with a fresh random salt: only its
commitment goes on chain ("wattproof market ppa register"). Give it to the other party over a
private channel. Prices in currency per MWh (two decimals at most).

Options:
  --kind KIND         spot (a retailer's spot-indexed tariff), fixed, indexed or cfd
  --intervals N       intervals per day of the zone (24, 48 or 96)
  --strike P          cfd: the strike price
  --price P           fixed: the price
  --share PERMILLE    indexed: the share of the market price (1000 = all of it)
  --premium P         indexed: the premium per MWh
  --adder P           spot: the retailer's adder per MWh (all hours)
  --standing A        spot: standing charge per day, in token smallest units
  --tax-bps N         spot: tax in basis points (1900 = 19 %)
  --out FILE          the document (mode 0600; not overwritten without --force)
  --force             overwrite --out

Example:
  wattproof market terms --kind cfd --strike 70.00 --intervals 24 --out cfd-terms.json`,
  options: {
    kind: { type: 'string' },
    intervals: { type: 'string' },
    strike: { type: 'string' },
    price: { type: 'string' },
    share: { type: 'string' },
    premium: { type: 'string' },
    adder: { type: 'string' },
    standing: { type: 'string' },
    'tax-bps': { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
  },
  run: run('terms'),
};

const ppaRegister: Command = {
  path: ['market', 'ppa', 'register'],
  summary: 'propose an agreement (PPA, CfD, spot tariff) for a meter as a terms commitment',
  help: `usage: wattproof market ppa register --meter-id N --zone ID --terms FILE --valid-from WHEN
                                   --valid-until WHEN ${CHAIN}

Registers the commitment of the terms document as an agreement for the meter, proposed (and so
accepted) by the caller, who must be one of the meter's parties: its registered consumer pays
(a consumer; a wholesaler buying a generator's export; a retailer buying from a wholesaler) and
its registered retailer is paid (a retailer; a generator; a wholesaler). The other party accepts
with "market ppa accept". The chain then shows who sells to whom, under which commitment, in
which zone; the terms and the volumes stay private.

Options:
  --meter-id N         the meter (a generator's export meter, a consumer's meter)
  --zone ID            the market zone whose prices the terms use
  --terms FILE         the terms document ("wattproof market terms")
  --valid-from WHEN    first instant it covers (unix seconds, YYYY-MM-DD = the zone's midnight,
                       or an ISO date-time with its zone)
  --valid-until WHEN   end of what it covers

${ROLE_HELP}

Example:
  wattproof market ppa register --meter-id 7001 --zone 1001 --terms cfd-terms.json \\
    --valid-from 2026-03-01 --valid-until 2027-03-01 ${EX} --key-file generator.key`,
  options: {
    'meter-id': { type: 'string' },
    zone: { type: 'string' },
    terms: { type: 'string' },
    'valid-from': { type: 'string' },
    'valid-until': { type: 'string' },
    ...ROLE_OPTIONS,
  },
  run: run('ppaRegister'),
};

const ppaAccept: Command = {
  path: ['market', 'ppa', 'accept'],
  summary: 'accept an agreement the other party proposed (after checking its terms)',
  help: `usage: wattproof market ppa accept --id N [--terms FILE] ${CHAIN}

Accepts agreement N as its other party. With --terms (the document the proposer gave you), first
checks that its commitment is the agreement's, so you never accept terms you have not read.

${ROLE_HELP}

Example:
  wattproof market ppa accept --id 1 --terms cfd-terms.json ${EX} --key-file wholesaler.key`,
  options: { id: { type: 'string' }, terms: { type: 'string' }, ...ROLE_OPTIONS },
  run: run('ppaAccept'),
};

const ppaShow: Command = {
  path: ['market', 'ppa', 'show'],
  summary: 'show agreements: parties, kind, zone, validity, acceptance, settled days',
  help: `usage: wattproof market ppa show [--id N | --meter-id N] ${READ}

Shows one agreement, a meter's, or all: who pays whom for which meter, the kind, the zone, the
terms commitment, the validity, who accepted, and the days settled under it. What the public
sees: no volume or price term appears anywhere on chain.

${ROLE_HELP}

Example:
  wattproof market ppa show --meter-id 7001 ${EX}`,
  options: { id: { type: 'string' }, 'meter-id': { type: 'string' }, ...ROLE_OPTIONS },
  run: run('ppaShow'),
};

const prove: Command = {
  path: ['market', 'prove'],
  summary: "prove a generator's or consumer's market period against the published prices",
  help: `usage: wattproof market prove --period FILE --terms FILE --out FILE [--circuit NAME] ${READ}

Proves the market bill of a meter-signed period (a day with the one-day circuits) under the
terms document, at the prices the feed publishes for its days: the meter's export series for a
generator (a PPA or CfD: the agreement's payee is the meter's retailer), its import series for a
consumer or a retailer buying from a wholesaler. The agreement (meter, terms commitment) is read
from the registry, its zone's prices and link from the feed, the domain from the deployment's
MarketSettlement for the circuit. The circuit is the deployed one that fits (series, intervals,
days) unless --circuit names one. Refused before proving when a day's prices are not published
or the agreement is not accepted by both parties.

Options:
  --period FILE    a signed period ("wattproof meter import" writes them)
  --terms FILE     the terms document of the agreement
  --series S       import or export (default: export for cfd/fixed/indexed terms, import for spot)
  --circuit NAME   a market circuit of the deployment
  --out FILE       the market proof file
  --regulator-key FILE
                   for a circuit with disclosure: the regulator's key in force for the period,
                   {"x": "...", "y": "..."} (checked against DisclosureKeys before proving); the
                   proof encrypts the settlement's details to it (docs/disclosure-spec.md §11) and
                   settles on the DisclosedMarketSettlement
  --disclosure-secret FILE
                   with it: the prover's disclosure secret (one integer; each period's ephemeral
                   key is derived from it, so the prover can reopen its own copy)

${ROLE_HELP}

Example:
  wattproof market prove --period periods/7001-2026-03-04.signed.json --terms cfd-terms.json \\
    --out day.proof.json ${EX}`,
  options: {
    period: { type: 'string' },
    terms: { type: 'string' },
    series: { type: 'string' },
    circuit: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    'regulator-key': { type: 'string' },
    'disclosure-secret': { type: 'string' },
    ...ROLE_OPTIONS,
  },
  run: run('prove'),
};

const settle: Command = {
  path: ['market', 'settle'],
  summary: 'submit a market proof to its MarketSettlement (anyone may)',
  help: `usage: wattproof market settle PROOF ${CHAIN}

Submits the market proof file to the deployment's MarketSettlement of its circuit (a proof with
the regulator's disclosure, fifteen signals, to its DisclosedMarketSettlement: settleDisclosed). The contract
checks the meter, key and continuity (no day is billed twice), the agreement, that the proof's
prices are the feed's current publication of every day, and the proof; then the escrow ledger
books charge (payer to payee) or credit (payee to payer).

${ROLE_HELP}

Example:
  wattproof market settle day.proof.json ${EX} --key-file generator.key`,
  options: { ...ROLE_OPTIONS },
  positionals: { min: 1, max: 1 },
  run: run('settle'),
};

const audit: Command = {
  path: ['market', 'audit'],
  summary: 'regulator: re-verify every market settlement and check every price it used',
  help: `usage: wattproof market audit ${READ}

For each MarketSettlement of the deployment: re-verifies every settled proof from its event
against the circuit's verification key, and replays the price feed from its events (every
publication and correction) to check that the links each proof carried were the feed's when it
settled, i.e. every price it used is the published one. Then prints the trade trail: which meter
sold to whom under which agreement, days and money, with no volume anywhere. Exit 1 on a finding.

With --disclose (the regulator, docs/disclosure-spec.md §11): for each DisclosedMarketSettlement,
decrypts every settlement's details with the regulator's secrets, recomputes charge and credit from
them and the approved terms, re-verifies the proof over all its signals, reports each mismatch, and
prints the market per hour of day and its volume-weighted price. Exit 1 on a mismatch.

Options:
  --disclose        the regulator's disclosed view (needs --key and --terms)
  --key FILE        the regulator's disclosure secrets, one per line ("regulator disclosure-key new")
  --terms FILES     the approved terms documents, comma-separated (matched by commitment)

${ROLE_HELP}

Example:
  wattproof market audit ${EX}
  wattproof market audit --disclose --key regulator.secrets --terms spot-terms.json ${EX}`,
  options: { disclose: { type: 'boolean' }, key: { type: 'string' }, terms: { type: 'string' }, ...ROLE_OPTIONS },
  run: run('audit'),
};

/** The market group. */
export const marketCommands: Command[] = [deploy, openZone, publishPrices, prices, terms, ppaRegister, ppaAccept, ppaShow, prove, settle, audit];
