/** A one-line progress bar on stderr, redrawn in place when stderr is a terminal. */
export function progressBar(label: string, total: number) {
  const width = 30;
  return (done: number) => {
    const filled = Math.round((done / total) * width);
    const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (done === total) process.stderr.write(`${line}\n`);
  };
}
