/**
 * Whether a process of this machine still runs: the owner of a lock or a temporary file. A
 * process of another user answers EPERM, which still means it runs.
 */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
