/** What the numbers were measured on, printed with every run so they can be compared. */
import * as os from 'node:os';

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly node: string;
  readonly platform: string;
  readonly memoryGB: number;
  /** 1, 5 and 15 minute load averages when the run started. */
  readonly loadStart: readonly number[];
  /** The same when the run ended (set by the caller). */
  loadEnd?: readonly number[];
  /** Wall time of the whole run in seconds (set by the caller). */
  totalSeconds?: number;
}

/** Describe the machine now. */
export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    loadStart: loadAverage(),
  };
}

/** Current 1/5/15 minute load averages, rounded. */
export function loadAverage(): number[] {
  return os.loadavg().map((x) => Math.round(x * 100) / 100);
}
