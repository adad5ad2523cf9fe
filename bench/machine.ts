/**
 * What machine the figures come from: absolute times mean little without it.
 * @packageDocumentation
 */
import { availableParallelism, cpus, loadavg, totalmem, platform, arch, release } from 'node:os';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Machine and toolchain facts recorded with every result. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  /** Cores this process may use (cgroup quota or affinity), when the platform tells. */
  availableCores: number;
  totalMemoryGiB: number;
  os: string;
  nodeVersion: string;
  snarkjsVersion: string;
  circom2Version: string;
  /** 1-minute load average when the bench started; above `availableCores` means other work competed. */
  loadAverageAtStart: number;
}

async function cpuModel(): Promise<string> {
  const fromOs = cpus()[0]?.model?.trim();
  if (fromOs && fromOs !== 'unknown') return fromOs;
  const info = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  return /model name\s*:\s*(.*)/.exec(info)?.[1]?.trim() ?? 'unknown';
}

function pkgVersion(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    // snarkjs's `exports` hides its package.json; its CommonJS entry is build/main.cjs.
    try {
      const pkg = JSON.parse(readFileSync(join(dirname(require.resolve(name)), '..', 'package.json'), 'utf8')) as { version: string };
      return pkg.version;
    } catch {
      return 'unknown';
    }
  }
}

/** Collect {@link MachineInfo} now. */
export async function machineInfo(): Promise<MachineInfo> {
  return {
    cpuModel: await cpuModel(),
    cores: cpus().length,
    availableCores: availableParallelism(),
    totalMemoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()} ${arch()}`,
    nodeVersion: process.version,
    snarkjsVersion: pkgVersion('snarkjs'),
    circom2Version: pkgVersion('circom2'),
    loadAverageAtStart: Math.round(loadavg()[0]! * 100) / 100,
  };
}
