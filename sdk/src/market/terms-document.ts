/**
 * The market terms document: a spot-indexed tariff, PPA or CfD as the parties keep it (private:
 * it holds the salt that hides the terms in their on-chain commitment).
 * @packageDocumentation
 */
import { ValidationError } from '../../../core/src/errors.js';
import { checkMarketTerms, type MarketTerms, marketTermsCommitment } from '../../../core/src/market/terms.js';
import type { IntervalsPerDay } from '../../../core/src/market/feed.js';
import { parseJsonText } from '../../../core/src/schema-util.js';
import type { AgreementKind } from '../chain/market.js';

/** Format tag of a terms document. */
export const MARKET_TERMS_FORMAT = 'wattproof.market-terms.v1';

/** A terms document: the terms and what kind of agreement they are for. */
export interface MarketTermsDocument {
  kind: AgreementKind;
  terms: MarketTerms;
}

/** The document's JSON text (bigints as decimal strings). */
export function serializeMarketTerms(doc: MarketTermsDocument): string {
  const t = doc.terms;
  checkMarketTerms(t);
  return `${JSON.stringify(
    {
      format: MARKET_TERMS_FORMAT,
      kind: doc.kind,
      intervalsPerDay: t.intervalsPerDay,
      multiplier: t.multiplier,
      adders: t.adders,
      standingPerDay: t.standingPerDay.toString(),
      taxBps: t.taxBps,
      bands: t.bands,
      salt: t.salt.toString(),
    },
    null,
    2,
  )}\n`;
}

function big(v: unknown, field: string): bigint {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  if (typeof v === 'string' && /^\d+$/.test(v.trim())) return BigInt(v.trim());
  throw new ValidationError(field, 'must be a non-negative integer (a decimal string)');
}

/**
 * Parses a terms document, checking every field (spec §4 widths).
 * @throws ImportError on bad JSON; ValidationError naming the field
 */
export function parseMarketTerms(text: string, file = 'terms'): MarketTermsDocument {
  const doc = parseJsonText(text, file) as Record<string, unknown> | null;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new ValidationError(file, 'must hold a JSON object');
  if (doc.format !== MARKET_TERMS_FORMAT) throw new ValidationError(`${file}: format`, `must be '${MARKET_TERMS_FORMAT}' (is it a market terms document?)`);
  const kind = doc.kind;
  if (kind !== 'spot' && kind !== 'fixed' && kind !== 'indexed' && kind !== 'cfd')
    throw new ValidationError(`${file}: kind`, 'must be spot, fixed, indexed or cfd');
  const arr = (v: unknown, f: string): number[] => {
    if (!Array.isArray(v)) throw new ValidationError(`${file}: ${f}`, 'must be an array of integers');
    return v as number[];
  };
  const terms: MarketTerms = {
    intervalsPerDay: doc.intervalsPerDay as IntervalsPerDay,
    multiplier: doc.multiplier as number,
    adders: arr(doc.adders, 'adders'),
    standingPerDay: big(doc.standingPerDay, `${file}: standingPerDay`),
    taxBps: doc.taxBps as number,
    bands: arr(doc.bands, 'bands'),
    salt: big(doc.salt, `${file}: salt`),
  };
  checkMarketTerms(terms, file);
  return { kind, terms };
}

/** The on-chain commitment of a document's terms. */
export function termsDocumentCommitment(doc: MarketTermsDocument): Promise<bigint> {
  return marketTermsCommitment(doc.terms);
}
