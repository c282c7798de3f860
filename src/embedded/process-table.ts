import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** A running (not zombie) process: its parent and its command line, arguments joined by spaces. */
export interface ProcessInfo {
  ppid: number;
  command: string;
}

/**
 * The process `pid` if it is running. A zombie counts as gone: an orphaned
 * postmaster that exits is reparented to PID 1, which in containers often never
 * reaps it, and `kill(pid, 0)` alone would call it alive forever.
 */
export function runningProcess(pid: number): ProcessInfo | undefined {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return existsSync('/proc/self/stat') ? fromProc(pid) : fromPs(pid);
}

function fromProc(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid ...": comm may contain spaces and parentheses.
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (state === 'Z' || state === 'X') return undefined;
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
    return { ppid: Number(ppid), command };
  } catch {
    return undefined;
  }
}

// macOS and other systems without /proc.
function fromPs(pid: number): ProcessInfo | undefined {
  try {
    const [ppid, stat, ...command] = execFileSync('ps', ['-o', 'ppid=,stat=,args=', '-p', String(pid)], { encoding: 'utf8' }).trim().split(/\s+/);
    if (stat.startsWith('Z')) return undefined;
    return { ppid: Number(ppid), command: command.join(' ') };
  } catch {
    return undefined;
  }
}

/** Sends each signal in turn, waiting up to its grace for the process to be gone; false if it survived them all. */
export async function signalUntilGone(pid: number, steps: [NodeJS.Signals, number][]): Promise<boolean> {
  for (const [signal, graceMs] of steps) {
    try {
      process.kill(pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
      throw error;
    }
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline) {
      if (!runningProcess(pid)) return true;
      await sleep(50);
    }
  }
  return !runningProcess(pid);
}
