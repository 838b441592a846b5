import { describe, expect, test } from 'vitest';
import { astroBuildArgs, astroCli, buildHeapMegabytes } from '../../../src/lib/build/astro-command';

describe('astroBuildArgs', () => {
	test('runs astro build into the folder with the build’s heap limit', () => {
		expect(astroBuildArgs('/tmp/out', '')).toEqual([
			`--max-old-space-size=${buildHeapMegabytes}`,
			astroCli,
			'build',
			'--outDir',
			'/tmp/out',
		]);
	});

	test('leaves the limit to NODE_OPTIONS when it sets one', () => {
		expect(astroBuildArgs('/tmp/out', '--max-old-space-size=4096')).toEqual([
			astroCli,
			'build',
			'--outDir',
			'/tmp/out',
		]);
	});
});
