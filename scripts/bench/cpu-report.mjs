// Preloaded by the CLI bench (NODE_OPTIONS=--import) into every node process a command starts,
// npm included: each adds its CPU seconds to the file named below. On a shared, loaded machine the
// CPU time of a command is far steadier than its wall time.
import { appendFileSync } from 'node:fs';

const file = process.env.TTHC_BENCH_CPU_FILE;
if (file) {
	process.on('exit', () => {
		const { user, system } = process.cpuUsage();
		appendFileSync(file, `${(user + system) / 1e6}\n`);
	});
}
