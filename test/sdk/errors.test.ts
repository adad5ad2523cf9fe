import { describe, expect, it } from 'vitest';
import { ArtifactError, ChainError, ImportError, isWattproofError, ProofError, ValidationError, WattproofError } from '../../core/src/errors.js';

describe('error hierarchy', () => {
  it('gives every error a code, a name and a message naming the field or file', () => {
    const v = new ValidationError('tariff.bandPrices[3]', 'must be < 2^64');
    expect(v).toBeInstanceOf(WattproofError);
    expect(v).toBeInstanceOf(Error);
    expect(v.message).toBe('tariff.bandPrices[3]: must be < 2^64');
    expect([v.code, v.field, v.reason, v.name]).toEqual(['VALIDATION', 'tariff.bandPrices[3]', 'must be < 2^64', 'ValidationError']);
    expect(v.toJSON()).toEqual({ name: 'ValidationError', code: 'VALIDATION', message: v.message, field: 'tariff.bandPrices[3]' });

    const i = new ImportError('usage.csv', 12, 'gap in interval readings');
    expect([i.message, i.code, i.file, i.line]).toEqual(['usage.csv:12: gap in interval readings', 'IMPORT', 'usage.csv', 12]);
    expect(new ImportError('x.xml', undefined, 'empty').message).toBe('x.xml: empty');

    const a = new ArtifactError('build/circuits/x/x.zkey', 'sha256 mismatch');
    expect([a.code, a.file, a.message]).toEqual(['ARTIFACT', 'build/circuits/x/x.zkey', 'build/circuits/x/x.zkey: sha256 mismatch']);
    expect(new ProofError('no witness').code).toBe('PROOF');
    const c = new ChainError('timeout', { retryable: true, code: 'CHAIN_RPC', cause: new Error('x') });
    expect([c.code, c.retryable, c.cause instanceof Error]).toEqual(['CHAIN_RPC', true, true]);
    expect(new ChainError('reverted').retryable).toBe(false);
    expect(isWattproofError(c)).toBe(true);
    expect(isWattproofError(new Error('x'))).toBe(false);
  });
});
