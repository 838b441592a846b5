// Plain `tsc` does not resolve `.astro` files (only `astro check` does), so tests that render
// components with the Container API would not type-check without this.
declare module '*.astro' {
	import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
	const component: AstroComponentFactory;
	export default component;
}
