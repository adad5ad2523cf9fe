/**
 * The regulator's audit (Node only: it compiles the regenerated verifier with solc-js and reads
 * the published keys from the build directory).
 * @packageDocumentation
 */
export { audit, auditLogs, settledLogs, auditCursorMoves, proofFromEvent, auditReportToJSON, } from './audit.js';
export { loadPublishedKeys } from './published.js';
export { checkVerifierCode, expectedVerifierCode, renderVerifierSource, stripMetadata, solcVersion, VERIFIER_COMPILER, } from './verifier-code.js';
//# sourceMappingURL=index.js.map