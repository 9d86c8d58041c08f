/** A progress bar on stderr, redrawn in place on a terminal and printed at the end otherwise. */
export function progressBar(label: string) {
  const width = 30;
  let last = -1;
  return (done: number, total: number) => {
    const filled = total === 0 ? width : Math.round((done / total) * width);
    if (filled === last && done !== total) return;
    last = filled;
    const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (done === total) process.stderr.write(`${line}\n`);
  };
}
