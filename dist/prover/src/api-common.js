export { verifyBill, decodeBillSignals, toSettlementArgs, assertPlainProof, assertBillSignals, BILL_SIGNAL_COUNT, } from './verify-bill.js';
export { buildBillInput, expectedPublicSignals } from './bill-input.js';
//# sourceMappingURL=api-common.js.map