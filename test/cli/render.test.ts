// The CLI's tariff and bill renderings say what spec v2 added: per-period blocks and demand charges.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderBill, renderTariff } from '../../cli/src/render.js';
import { computeBill } from '../../core/src/bill/index.js';
import { localMidnight, parseTariffJson } from '../../core/src/tariff/index.js';

const gallery = (file: string) => parseTariffJson(readFileSync(`examples/tariffs/${file}`, 'utf8'), file);

describe('renderings of spec v2 tariffs', () => {
  it('a demand tariff shows its price per kW and windows; its bill shows the peak', () => {
    const t = gallery('au-qld-demand-solar.json');
    expect(renderTariff(t)).toContain(
      "demand charge 9.00 AUD/kW on the period's highest interval; window on work days: 16:00-21:00; on rest days: 16:00-21:00",
    );
    const start = localMidnight(Date.parse('2026-12-01T00:00:00Z') / 86_400_000, t.tzOffsetSeconds);
    const imports = Array.from({ length: 2 * 48 }, (_, i) => (i === 36 ? 1500 : 100));
    const bill = computeBill(t, { meterId: 1n, periodStart: start, intervalSeconds: 1800, imports, exports: imports.map(() => 0) });
    expect(renderBill(bill, t, start)).toMatch(/demand charge\s+peak 3 kW\s+9\.00 AUD\/kW\s+27\.00 AUD/);
  });

  it('per-period blocks are labelled as such; per-day ones as before', () => {
    expect(renderTariff(gallery('cn-guangdong-monthly-blocks.json'))).toContain('tier (import per period)');
    expect(renderTariff(gallery('us-pge-e-tou-c-baseline.json'))).toContain('tier (daily import)');
    expect(renderTariff(gallery('uk-economy7.json'))).not.toContain('demand charge');
  });
});
