/**
 * The process groups of the children still running. Each child leads a group of its own (so a
 * kill reaches its workers too), which takes it out of the terminal's foreground group: Ctrl-C
 * and a SIGTERM or SIGHUP sent to this process no longer reach it by themselves. So while any
 * child runs, this process forwards those signals to every group, then lets the signal act on
 * itself as it would have (unless someone else here listens for it).
 */
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const live = new Set<number>();
const forwarders = new Map<NodeJS.Signals, () => void>(FORWARDED.map((signal) => [signal, () => forward(signal)]));

/** Sends the signal to the whole group led by pid; a group already gone is no error. */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Counts the group as live until the returned function is called (when the child has closed). */
export function track(pid: number): () => void {
  if (live.size === 0) for (const [signal, forwarder] of forwarders) process.on(signal, forwarder);
  live.add(pid);
  return () => {
    live.delete(pid);
    if (live.size === 0) stopForwarding();
  };
}

function stopForwarding(): void {
  for (const [signal, forwarder] of forwarders) process.off(signal, forwarder);
}

function forward(signal: NodeJS.Signals): void {
  for (const pid of live) signalGroup(pid, signal);
  // Our listener alone has replaced the signal's default action (termination): restore it, raise again.
  if (process.listenerCount(signal) === 1) {
    stopForwarding();
    process.kill(process.pid, signal);
  }
}
