/**
 * Role facades: what each actor of wattproof does, over one {@link WattproofConnection}.
 * @packageDocumentation
 */
export { WattproofConnection, type ConnectionOptions, type TokenInfo } from './connection.js';
export { Meter, METER_KEY_FORMAT, type MeterKeyFile } from './meter.js';
export { MeteringAuthority, type MeterRegistration } from './authority.js';
export { TariffAuthoring, type TariffValidation } from './tariff-authoring.js';
export { Retailer, commitmentOf, type TariffRef } from './retailer.js';
export { Regulator, type RegulatorAuditOptions } from './regulator.js';
export {
  Consumer,
  AlreadySettledError,
  type BillProofData,
  type SettleOptions,
  type SettleReceipt,
  type ConsumerProveOptions,
} from './consumer.js';
export { chooseCircuit, builtBillCircuits, type BillCircuitInfo } from './circuits.js';
export {
  type AcceptResult,
  Generator,
  MarketOperator,
  type MarketAddresses,
  type MarketDisclosureOptions,
  MarketParty,
  Wholesaler,
  type ZoneRef,
} from './market.js';
export {
  addPendingYearToDate,
  type ConfirmOutcome,
  confirmYearToDate,
  openingForNextBill,
  pendingPathOf,
  pendingYearToDates,
  readYearToDate,
  writeYearToDate,
  YTD_FORMAT,
  YTD_PENDING_FORMAT,
} from './ytd-store.js';
