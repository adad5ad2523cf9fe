/**
 * Role facades: what each actor of wattproof does, over one {@link WattproofConnection}.
 * @packageDocumentation
 */
export { WattproofConnection } from './connection.js';
export { Meter, METER_KEY_FORMAT } from './meter.js';
export { MeteringAuthority } from './authority.js';
export { TariffAuthoring } from './tariff-authoring.js';
export { Retailer, commitmentOf } from './retailer.js';
export { Regulator } from './regulator.js';
export { Consumer, AlreadySettledError, } from './consumer.js';
export { chooseCircuit, builtBillCircuits } from './circuits.js';
//# sourceMappingURL=index.js.map